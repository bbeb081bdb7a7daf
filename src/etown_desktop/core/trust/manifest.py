"""The signed manifest of an edition pack and its signature, as ZIP entries of the pack.

``signature/manifest.json``: publisher, key id, edition id, sequence number, creation date, data
schema version, and every other file of the pack with its size and SHA-256. ``signature/
manifest.sig``: the key id and the Ed25519 signature of the manifest's exact bytes.
``signature/keys.json`` (optional): the publisher's key changes (core/trust/rotation.py).
These three entries are the only ones a manifest does not list."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from etown_desktop.core.trust.keys import KEY_ID_DIGITS, SIGNATURE_BYTES, b64, unb64

MANIFEST = "signature/manifest.json"
SIGNATURE = "signature/manifest.sig"
KEYS = "signature/keys.json"
SIGNATURE_ENTRIES = (MANIFEST, SIGNATURE, KEYS)
FORMAT = "etown-signed-manifest"
MAX_MANIFEST_BYTES = 4 << 20
MAX_SIGNATURE_BYTES = 4096


@dataclass(frozen=True)
class FileEntry:
    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    publisher: str
    key_id: str
    edition: str
    sequence: int
    created: str
    schema_version: int
    files: tuple[FileEntry, ...]

    def to_bytes(self) -> bytes:
        data = {"format": FORMAT, "format_version": 1, "publisher": self.publisher,
                "key_id": self.key_id, "edition": self.edition, "sequence": self.sequence,
                "created": self.created, "schema_version": self.schema_version,
                "files": [{"path": f.path, "size": f.size, "sha256": f.sha256}
                          for f in self.files]}
        return json.dumps(data, indent=1, ensure_ascii=False).encode("utf-8")

    def by_path(self) -> dict[str, FileEntry]:
        return {f.path: f for f in self.files}


def file_entries(files: dict[str, bytes]) -> tuple[FileEntry, ...]:
    return tuple(FileEntry(path, len(data), hashlib.sha256(data).hexdigest())
                 for path, data in sorted(files.items()))


def _int(value: object, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"{what} is not a whole number")
    return value


def parse_manifest(raw: bytes) -> Manifest:
    """The manifest in ``raw`` (already verified); ValueError when it is malformed."""
    data = json.loads(raw.decode("utf-8"))
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not an edition manifest")
    files = data.get("files")
    if not isinstance(files, list):
        raise ValueError("no file list")
    entries = []
    for f in files:
        if not isinstance(f, dict) or not isinstance(f.get("path"), str) or \
                not isinstance(f.get("sha256"), str):
            raise ValueError("bad file entry")
        entries.append(FileEntry(f["path"], _int(f.get("size"), "size"), f["sha256"].lower()))
    if len({e.path for e in entries}) != len(entries):
        raise ValueError("a file is listed twice")
    for name in ("publisher", "key_id", "edition", "created"):
        if not isinstance(data.get(name), str):
            raise ValueError(f"no {name}")
    return Manifest(data["publisher"], data["key_id"], data["edition"],
                    _int(data.get("sequence"), "sequence"), data["created"],
                    _int(data.get("schema_version"), "schema_version"), tuple(entries))


def signature_bytes(key_id: str, signature: bytes) -> bytes:
    return json.dumps({"key_id": key_id, "signature": b64(signature)}).encode("ascii")


def parse_signature(raw: bytes) -> tuple[str, bytes]:
    """(key id, 64-byte signature); ValueError when damaged or incomplete."""
    try:
        data = json.loads(raw.decode("ascii"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ValueError("not readable") from exc
    if not isinstance(data, dict):
        raise ValueError("not readable")
    key_id = data.get("key_id")
    if not isinstance(key_id, str) or len(key_id) != KEY_ID_DIGITS:
        raise ValueError("no key id")
    return key_id.upper(), unb64(data.get("signature"), SIGNATURE_BYTES)
