"""Which stored edition files were checked in full, so a start does not hash them again.

Every start checks the active edition's database against the SHA-256 in its manifest (a file
damaged by a bad copy must not be shown). Hashing is ~1 s per 300 MB: an edition with a bureau's
yearly figures and company register (hundreds of MB, GB at 10,000x the shipped data) would freeze
every start for seconds. After a full check, the file's size, modification time (ns) and inode
are written next to it (``<edition>.checked``); a later start that finds the same file stamp
trusts that check, and any change to the file (a copy, a rewrite, a truncation) hashes it again.
"""

from __future__ import annotations

import logging
from pathlib import Path

from etown_desktop.core.errors import ExportFailed
from etown_desktop.core.export.atomic import write_bytes

log = logging.getLogger(__name__)


def _stamp(db_path: Path, sha256: str) -> dict:
    st = db_path.stat()
    return {"sha256": sha256, "bytes": st.st_size, "mtime_ns": st.st_mtime_ns, "inode": st.st_ino}


def record_path(db_path: Path) -> Path:
    return db_path.with_suffix(".checked")


def still_checked(db_path: Path, sha256: str) -> bool:
    """Whether ``db_path`` was hashed to ``sha256`` and has not changed since."""
    try:
        text = record_path(db_path).read_text(encoding="utf-8")
        import json  # here: only an imported edition has a record to read (issue 22)

        recorded = json.loads(text)
        return recorded == _stamp(db_path, sha256)
    except (OSError, ValueError):
        return False


def remember(db_path: Path, sha256: str) -> None:
    """Note that ``db_path`` was just hashed to ``sha256`` (best effort: a read-only data folder
    only means the next start hashes it again)."""
    try:
        import json

        write_bytes(record_path(db_path), json.dumps(_stamp(db_path, sha256)).encode("utf-8"))
    except (OSError, ExportFailed) as exc:
        log.info("Could not note the check of %s: %s", db_path.name, exc)
