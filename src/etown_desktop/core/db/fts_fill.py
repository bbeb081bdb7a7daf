"""Fill a new FTS5 index in bulk at build time (Qt-free).

By default FTS5 writes its pending terms to a new segment every 1 MB and merges segments as it
goes, so a large build spends much of its time merging the same postings again and again (it grows
faster than the data). While an index is filled here it keeps up to :data:`HASH_SIZE` of terms in
memory and does not merge; one ``optimize`` at the end writes it as a single segment (a no-op when
the whole index fitted in memory: up to ~5,000x the shipped data for the largest index, ~250 MB).
The two settings are then removed from the index's configuration, so the database carries FTS5's
defaults. Memory: the pending terms, at most :data:`HASH_SIZE`, for one index at a time.

Meanwhile the database file is read through a memory map (:data:`MMAP_SIZE`): a fill reads its
content table and, when it writes more than one segment, every segment back for the ``optimize``,
page by page (the largest index alone at 10,000x: 33.5 → 25.9 CPU s). The map only changes how
pages are read, not what is written (writes go through the file as before), and is closed after.

What a query finds does not depend on how an index was filled: only the segment layout differs.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager

HASH_SIZE = 256 << 20  # bytes of pending terms before a segment is written (FTS5 default: 1 MB)
MMAP_SIZE = 1 << 31  # bytes of the file mapped while filling (SQLite's own limit is just under 2 GB)
_SETTINGS = ("hashsize", "automerge")


@contextmanager
def bulk_filled(conn: sqlite3.Connection, index: str) -> Iterator[None]:
    """Around the statements that fill the (new, empty) FTS5 table ``index``."""
    mapped = conn.execute("PRAGMA mmap_size").fetchone()  # None: no file (an in-memory database)
    if mapped is not None:
        conn.execute(f"PRAGMA mmap_size = {MMAP_SIZE}")
    try:
        conn.execute(f"INSERT INTO [{index}] ([{index}], rank) VALUES ('hashsize', ?)", (HASH_SIZE,))
        conn.execute(f"INSERT INTO [{index}] ([{index}], rank) VALUES ('automerge', 0)")
        yield
        conn.execute(f"INSERT INTO [{index}] ([{index}]) VALUES ('optimize')")
        conn.execute(f"DELETE FROM [{index}_config] WHERE k IN ({', '.join('?' * len(_SETTINGS))})",
                     _SETTINGS)
    finally:
        if mapped is not None:
            conn.execute(f"PRAGMA mmap_size = {int(mapped[0])}")


def fill(conn: sqlite3.Connection, index: str, statement: str | Callable[[], object]) -> None:
    """Run ``statement`` (SQL, or a function doing the inserts) inside :func:`bulk_filled`."""
    with bulk_filled(conn, index):
        if callable(statement):
            statement()
        else:
            conn.execute(statement)
