"""Rows for a long list of ids: one ``WHERE … IN (…)`` query per chunk of ids.

SQLite allows 32,766 parameters a statement; a list of a few hundred stays fast. Used wherever a
screen needs the records of many ids at once (companies, their figures, sources).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

Rows = Callable[..., list]  # Repository._rows: (sql, params) -> rows
CHUNK = 500  # ids per IN (...) list


def rows_for_ids(rows: Rows, sql: str, ids: Iterable[str]) -> Iterator:
    """The rows of ``sql`` (``{ids}`` where the list of placeholders goes) for these ids, each id
    asked once, a chunk at a time (empty ids, which match nothing, are not asked)."""
    wanted = sorted({i for i in ids if i})
    for i in range(0, len(wanted), CHUNK):
        chunk = wanted[i:i + CHUNK]
        yield from rows(sql.format(ids=",".join("?" * len(chunk))), tuple(chunk))
