"""Open the fact database read-only, turning every low-level failure into DatabaseInvalid."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from etown_desktop.core.errors import DatabaseInvalid

SQLITE_MAGIC = b"SQLite format 3\x00"


def open_readonly(path: Path) -> sqlite3.Connection:
    """Connect with ``mode=ro`` and ``PRAGMA query_only``: the app can never write the database."""
    path = Path(path)
    if path.is_dir():
        raise DatabaseInvalid(f"{path} is a folder, not a database file. Give the path of the .db file "
                              f"(e.g. {path / 'etown.db'}).")
    if not path.is_file():
        raise DatabaseInvalid(f"The database file {path} does not exist.")
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise DatabaseInvalid(f"The database file {path} cannot be read: {exc.strerror}.") from exc
    if head != SQLITE_MAGIC:
        raise DatabaseInvalid(f"The file {path} is not an SQLite database (it may be damaged).")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               check_same_thread=False)
        conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseInvalid(f"The database {path} is damaged and cannot be opened ({exc}).") from exc
    conn.row_factory = sqlite3.Row
    return conn
