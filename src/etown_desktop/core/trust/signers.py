"""Who signed each imported edition: ``<data folder>/signers/<edition>.json``, written when a
signed pack is imported. An edition without a record is "not signed" (bundled, a workbook, or an
unsigned pack accepted under the ``warn`` policy)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

SIGNERS_FOLDER = "signers"


@dataclass(frozen=True)
class Signer:
    publisher: str
    key_id: str
    sequence: int
    created: str  # when the publisher signed the pack
    edition: str
    manifest_sha256: str


def _folder(root: Path | None) -> Path:
    if root is None:
        from etown_desktop.core.editions.paths import user_data_folder

        root = user_data_folder()
    return Path(root) / SIGNERS_FOLDER


def record_signer(signer: Signer, root: Path | None = None) -> Path:
    from etown_desktop.core.export.atomic import write_bytes

    folder = _folder(root)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{signer.edition}.json"
    write_bytes(path, json.dumps(asdict(signer), indent=2, ensure_ascii=False).encode("utf-8"))
    return path


def signer_of(edition: str, root: Path | None = None) -> Signer | None:
    """The signer of ``edition`` on this laptop, or None (not signed)."""
    if not edition or "/" in edition or "\\" in edition:
        return None
    try:
        data = json.loads((_folder(root) / f"{edition}.json").read_text(encoding="utf-8"))
        signer = Signer(**data)
    except (OSError, ValueError, TypeError):
        return None
    return signer if signer.edition == edition else None


TEXT = {
    "en": {"signed": "Signed by {publisher} · key {key}", "unsigned": "not signed"},
    "zh": {"signed": "由 {publisher} 签名 · 密钥 {key}", "unsigned": "未签名"},
}


def signer_line(signer: Signer | None, lang: str = "en") -> str:
    """'Signed by NAME · key 3F2A…' or 'not signed' (status bar, footers, data status)."""
    from etown_desktop.core.trust.keys import short_key_id

    t = TEXT["zh" if lang == "zh" else "en"]
    if signer is None:
        return t["unsigned"]
    return t["signed"].format(publisher=signer.publisher, key=short_key_id(signer.key_id))
