"""Filtered, sorted reads of the list tables, for tables that fetch their rows on demand.

A query returns the matching rows' positions (the list table's rowid, 1-based, which is the row's
place in the full list: id order for figures, data order for companies) in display order, as a
NumPy array; the records of a visible slice are then read by key (:func:`keys_of`). Filtering is
literal: every casefolded word must occur in the row's bilingual search text (``instr`` or the
trigram index: no pattern, no wildcard, so ``%``, ``(*[`` or ``'; DROP`` are text like any other).

Cost: one pass of SQLite over the rows' own words per query (words shared by many rows — a
figure's topic, note, unit, source — are searched once in side tables); the matches come back as
one string of numbers parsed in C; sorting uses each column's precomputed rank, read once
(:class:`ListCache`), and a stable NumPy sort, so equal keys keep list order in both directions.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from etown_desktop.core.errors import DatabaseInvalid
from etown_desktop.core.queries import company_text, figure_text
from etown_desktop.core.queries.list_tables import (
    COMPANY_LIST,
    FIGURE_LIST,
    LIST_COLUMNS,
    sort_column,
)
from etown_desktop.core.queries.text_match import containing, rowid_array

if TYPE_CHECKING:
    import numpy as np

    from etown_desktop.core.repository import Repository

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ListSpec:
    table: str
    key_column: str
    columns: tuple[str, ...]
    filter_columns: frozenset[str]
    search_table: str  # rowid-aligned with ``table``: the row's own ``search`` text
    lang_free: frozenset[str] = field(default=frozenset())
    fts_table: str | None = None  # trigram index over ``search_table`` for words of 3+ characters
    gram_table: str | None = None  # index of the one- and two-character pieces, for shorter words
    # (column, table): words shared by many rows, stored once in ``table``; ``search_table.column``
    # holds that table's rowid
    side_search: tuple[tuple[str, str], ...] = ()


FIGURES = ListSpec(FIGURE_LIST, "figure_id", figure_text.FIGURE_COLUMNS, frozenset({"source_id", "topic"}),
                   "figure_search", frozenset(figure_text.LANG_FREE_SORT), "figure_search_fts",
                   "figure_search_grams", (("shared_id", "figure_shared_search"), ("source_no", "figure_source_search")))
COMPANIES = ListSpec(COMPANY_LIST, "company_id", company_text.COMPANY_COLUMNS,
                     frozenset({"cluster_id"}), "company_search")


def search_terms(text: str) -> tuple[str, ...]:
    """The casefolded words of a filter text (all must occur)."""
    return tuple(t.casefold() for t in text.split() if t)


def _own_rows(repo: Repository, spec: ListSpec, term: str) -> np.ndarray:
    """The rows whose own words contain ``term``: looked up in an index where one applies."""
    sql, param = containing(term, spec.search_table, spec.fts_table, spec.gram_table)
    return rowid_array(repo.read(f"WITH t(id) AS ({sql}) SELECT group_concat(id) FROM t", (param,))[0][0])


def matching_rows(repo: Repository, spec: ListSpec, terms: tuple[str, ...] = (),
                  filters: dict[str, str | None] | None = None,
                  cache: ListCache | None = None) -> np.ndarray:
    """Positions (1-based rowids, ascending) of the rows matching every term and filter.

    Each word gives a set of rows: those whose own words contain it, plus those whose shared text
    (side tables, e.g. a figure's source) contains it; the sets and the filters are intersected
    as boolean masks indexed by rowid."""
    import numpy as np

    active = {k: v for k, v in (filters or {}).items() if v is not None}
    for column in active:
        if column not in spec.filter_columns:
            raise ValueError(f"{spec.table} cannot be filtered by {column!r}")
    cache = cache or ListCache(repo, spec)
    total = cache.total
    if not terms and not active:
        return np.arange(1, total + 1, dtype=np.int64)
    mask = np.ones(total + 1, dtype=bool)
    mask[0] = False  # rowids start at 1
    for term in terms:
        hit = np.zeros(total + 1, dtype=bool)
        hit[_own_rows(repo, spec, term)] = True
        for column, table in spec.side_search:
            ids = rowid_array(repo.read(f"SELECT group_concat(rowid) FROM [{table}] WHERE instr(search, ?) > 0",
                                     (term,))[0][0])
            if ids.size:
                hit[1:] |= np.isin(cache.column(column), ids)
        mask &= hit
    for column, value in active.items():
        hit = np.zeros(total + 1, dtype=bool)
        hit[rowid_array(repo.read(f"SELECT group_concat(rowid) FROM [{spec.table}] WHERE [{column}] = ?",
                               (value,))[0][0])] = True
        mask &= hit
    return np.flatnonzero(mask).astype(np.int64)


class ListCache:
    """Per-row numbers a list's queries reuse, read once each from ``list_columns`` (index =
    rowid - 1): every sort column's rank, and the side-table numbers of the search table
    (4 bytes per row: 3 MB a column at 740,000 rows)."""

    def __init__(self, repo: Repository, spec: ListSpec) -> None:
        self.repo, self.spec = repo, spec
        self.total = row_count(repo, spec)
        self._columns: dict[tuple[str, str], np.ndarray] = {}

    def _read(self, table: str, column: str) -> np.ndarray:
        import numpy as np

        if (table, column) not in self._columns:
            rows = self.repo.read(f"SELECT data FROM [{LIST_COLUMNS}] WHERE name = ?", (f"{table}.{column}",))
            values = np.frombuffer(rows[0][0], dtype="<i4") if rows else np.empty(0, dtype="<i4")
            if values.size != self.total:
                raise DatabaseInvalid(f"{self.repo.path}: the stored column {table}.{column} has "
                                      f"{values.size} values for {self.total} rows; rebuild the database.")
            self._columns[(table, column)] = values
        return self._columns[(table, column)]

    def column(self, column: str) -> np.ndarray:
        """A search-table column (a side table's rowid per row)."""
        return self._read(self.spec.search_table, column)

    def ranks(self, sort: str, lang: str) -> np.ndarray:
        if sort not in self.spec.columns:
            raise ValueError(f"{self.spec.table} has no column {sort!r}")
        return self._read(self.spec.table, sort_column(sort, lang, self.spec.lang_free))


def ordered_rows(repo: Repository, spec: ListSpec, terms: tuple[str, ...] = (),
                 filters: dict[str, str | None] | None = None, sort: str | None = None,
                 descending: bool = False, lang: str = "en",
                 cache: ListCache | None = None) -> np.ndarray:
    """Positions (1-based rowids) of the rows matching every term and filter, in display order.

    Sorting is by the column's key in ``lang`` (numbers for numeric columns, casefolded text
    otherwise); rows with equal keys keep list order in both directions."""
    import numpy as np

    if sort is not None and sort not in spec.columns:
        raise ValueError(f"{spec.table} has no column {sort!r}")
    cache = cache or ListCache(repo, spec)
    rows = matching_rows(repo, spec, terms, filters, cache)
    if sort is None or rows.size < 2:
        return rows
    keys = cache.ranks(sort, lang)[rows - 1]
    order = np.argsort(-keys if descending else keys, kind="stable")
    return rows[order]


def row_count(repo: Repository, spec: ListSpec) -> int:
    return int(repo.read(f"SELECT count(*) FROM [{spec.table}]")[0][0])


def keys_of(repo: Repository, spec: ListSpec, rowids) -> dict[int, str]:
    """rowid -> key (figure or company id) for the given positions (ints or a NumPy array)."""
    rowids = [int(r) for r in rowids]
    out: dict[int, str] = {}
    for i in range(0, len(rowids), 500):
        chunk = rowids[i:i + 500]
        sql = (f"SELECT rowid, [{spec.key_column}] FROM [{spec.table}] "
               f"WHERE rowid IN ({', '.join('?' * len(chunk))})")
        out.update((r[0], r[1]) for r in repo.read(sql, tuple(chunk)))
    return out


def rowid_of(repo: Repository, spec: ListSpec, key: str) -> int | None:
    rows = repo.read(f"SELECT rowid FROM [{spec.table}] WHERE [{spec.key_column}] = ?", (key,))
    return int(rows[0][0]) if rows else None


def rowids_of(repo: Repository, spec: ListSpec, keys: list[str]) -> np.ndarray:
    """The 1-based rowids of ``keys`` (ascending, unknown keys left out), e.g. to scope a table
    to one profile section's figures; one indexed query per 500 keys."""
    import numpy as np

    out: list[int] = []
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        out += repo.read_column(f"SELECT rowid FROM [{spec.table}] WHERE [{spec.key_column}] IN "
                                f"({', '.join('?' * len(chunk))})", tuple(chunk))
    return np.unique(np.asarray(out, dtype=np.int64))
