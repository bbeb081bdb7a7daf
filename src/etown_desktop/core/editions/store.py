"""The user's editions: ``<data folder>/editions/<id>.db`` with a manifest ``<id>.json`` each,
and ``state.json`` naming the active edition. The bundled (factory) database is never written.

The switch to another edition is one atomic replace of ``state.json``, written last: a crash
at any earlier moment leaves the previous edition active. An edition whose file is missing,
damaged (checksum) or of another schema is skipped with a message, and the previous one used.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import asdict
from pathlib import Path

from etown_desktop.core.db import schema
from etown_desktop.core.editions import checked
from etown_desktop.core.editions.paths import user_data_folder
from etown_desktop.core.errors import EditionError
from etown_desktop.core.lazy_record import LazyFrozenRecord

log = logging.getLogger(__name__)

FACTORY = "factory"
STATE_FILE = "state.json"
EDITIONS_FOLDER = "editions"


class EditionInfo(metaclass=LazyFrozenRecord):  # a frozen dataclass once used (core/lazy_record.py)
    """One stored edition, as its manifest describes it."""

    edition: str
    origin: str  # the file it was imported from
    imported: str  # ISO date and time (UTC)
    sha256: str
    bytes: int
    schema_version: int
    data_date: str
    figures: int
    sources: int


class Selection(metaclass=LazyFrozenRecord):  # a frozen dataclass once used (core/lazy_record.py)
    """Which database the app opens, and why."""

    path: Path
    edition: EditionInfo | None  # None: the bundled (factory) edition
    messages: tuple[str, ...] = ()

    @property
    def is_factory(self) -> bool:
        return self.edition is None


def sha256_of(path: Path) -> str:
    import hashlib  # OpenSSL: loaded when an edition is checked, not at every start (issue 22)

    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def now_iso() -> str:
    """UTC now, to the microsecond: two imports in one second still sort in order."""
    return dt.datetime.now(dt.timezone.utc).isoformat()


class EditionStore:
    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root) if root is not None else user_data_folder()
        self.folder = self.root / EDITIONS_FOLDER

    # -- files ------------------------------------------------------------------------------
    def db_path(self, edition: str) -> Path:
        return self.folder / f"{edition}.db"

    def manifest_path(self, edition: str) -> Path:
        return self.folder / f"{edition}.json"

    def _write_json(self, path: Path, data: dict) -> None:
        from etown_desktop.core.export.atomic import write_bytes

        path.parent.mkdir(parents=True, exist_ok=True)
        import json  # here: a start without imported editions reads no JSON (issue 22)

        write_bytes(path, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))

    # -- state ------------------------------------------------------------------------------
    def state(self) -> dict:
        try:
            text = (self.root / STATE_FILE).read_text(encoding="utf-8")
            import json

            data = json.loads(text)
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def active_id(self) -> str:
        return str(self.state().get("active") or FACTORY)

    def set_active(self, edition: str) -> None:
        """The atomic switch: ``state.json`` replaced in one step; the activation order kept."""
        if edition != FACTORY and self.info(edition) is None:
            raise EditionError(f"There is no stored edition {edition!r}.")
        state = self.state()
        order = [e for e in state.get("order", []) if e != edition] + [edition]
        self._write_json(self.root / STATE_FILE, {"active": edition, "order": order[-200:],
                                                  "changed": now_iso()})
        log.info("active edition: %s", edition)

    # -- editions ---------------------------------------------------------------------------
    def info(self, edition: str) -> EditionInfo | None:
        try:
            text = self.manifest_path(edition).read_text(encoding="utf-8")
            import json

            data = json.loads(text)
            return EditionInfo(**data)
        except (OSError, ValueError, TypeError):
            return None

    def history(self) -> list[EditionInfo]:
        """Every stored edition, oldest import first."""
        if not self.folder.is_dir():
            return []
        infos = [self.info(p.stem) for p in self.folder.glob("*.json")]
        return sorted((i for i in infos if i is not None), key=lambda i: (i.imported, i.edition))

    def problem(self, info: EditionInfo, verify: bool = True) -> str | None:
        """Why a stored edition cannot be used, or None."""
        path = self.db_path(info.edition)
        if not path.is_file():
            return f"edition {info.edition}: its database file is missing"
        if info.schema_version != schema.SCHEMA_VERSION:
            return (f"edition {info.edition}: made for data schema {info.schema_version}, "
                    f"this app reads {schema.SCHEMA_VERSION}")
        if verify and (path.stat().st_size != info.bytes or not self._hash_matches(path, info.sha256)):
            return f"edition {info.edition}: its database file is damaged (checksum mismatch)"
        return None

    @staticmethod
    def _hash_matches(path: Path, sha256: str) -> bool:
        """The file's SHA-256 is ``sha256``; hashed once, then again only if the file changes
        (core/editions/checked.py)."""
        if checked.still_checked(path, sha256):
            return True
        if sha256_of(path) != sha256:
            return False
        checked.remember(path, sha256)
        return True

    def add(self, built_db: Path, info: EditionInfo) -> None:
        """Move a built, checked database into the store, then write its manifest."""
        import os

        self.folder.mkdir(parents=True, exist_ok=True)
        os.replace(built_db, self.db_path(info.edition))
        try:
            self._write_json(self.manifest_path(info.edition), asdict(info))
        except BaseException:  # no database left in the store without its manifest
            self.db_path(info.edition).unlink(missing_ok=True)
            raise

    def select(self, factory: Path) -> Selection:
        """The database to open: the active edition if valid, else the previously active ones
        (newest first), else the bundled one. Without a state file (lost or unreadable), the
        newest valid imported edition. Messages say what was skipped."""
        state = self.state()
        messages: list[str] = []
        if "active" in state:
            active = str(state.get("active") or FACTORY)
            candidates = [active] + [e for e in reversed(state.get("order", [])) if e != active]
        else:
            candidates = [i.edition for i in reversed(self.history())]
        for edition in candidates:
            if edition == FACTORY:
                return Selection(factory, None, tuple(messages))
            info = self.info(edition)
            reason = "manifest missing" if info is None else self.problem(info)
            if reason is None and info is not None:
                info, reason = self._current_layout(info)
            if reason is None and info is not None:
                return Selection(self.db_path(edition), info, tuple(messages))
            messages.append(reason if info is not None else f"edition {edition}: {reason}")
            log.warning("Skipping edition %s: %s", edition, messages[-1])
        return Selection(factory, None, tuple(messages))

    def _current_layout(self, info: EditionInfo) -> tuple[EditionInfo, str | None]:
        """An edition built by an earlier app (other derived-table layout) is rebuilt first."""
        from etown_desktop.core.editions import upgrade

        if upgrade.is_current(self.db_path(info.edition)):
            return info, None
        try:
            info = upgrade.rebuild(self, info)
        except Exception as exc:  # noqa: BLE001 - any failure: keep the old file, skip the edition
            log.exception("Rebuilding edition %s failed", info.edition)
            return info, f"edition {info.edition}: could not be updated for this version of the app ({exc})"
        return info, None  # same data, same edition: nothing to tell (the log says it)

    def staging_folder(self) -> Path:
        path = self.root / "staging"
        path.mkdir(parents=True, exist_ok=True)
        return path

    def clean_staging(self, older_than_s: float = 3600) -> None:
        """Remove what an interrupted import left in the staging area (never the active files)."""
        import shutil
        import time

        folder = self.root / "staging"
        if not folder.is_dir():
            return
        for path in folder.iterdir():
            try:
                if time.time() - path.stat().st_mtime > older_than_s:
                    shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink()
            except OSError:
                continue


def revert(store: EditionStore, edition: str) -> EditionInfo | None:
    """Make a stored edition active again (after checking its file); "factory" = :func:`reset`."""
    if edition == FACTORY:
        reset(store)
        return None
    info = store.info(edition)
    if info is None:
        matches = [i for i in store.history() if i.edition.startswith(edition)]
        if len(matches) != 1:
            raise EditionError(f"There is no stored edition {edition!r}. See `data history`.")
        info = matches[0]
    reason = store.problem(info)
    if reason:
        raise EditionError(f"Cannot switch to {reason}.")
    store.set_active(info.edition)
    return info


def reset(store: EditionStore) -> None:
    """Back to the edition bundled with the app; imported editions are kept."""
    store.set_active(FACTORY)
