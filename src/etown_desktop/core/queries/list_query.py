"""Filtered, sorted reads of the list tables, for tables that fetch their rows on demand.

A query returns the matching rows' positions (the list table's rowid, 1-based, which is the row's
place in the full list: id order for figures, data order for companies) in display order; the
records of a visible slice are then read by key (:func:`keys_of`). Filtering is literal: every
casefolded word must occur in the row's bilingual search text (``instr``: no pattern, no
wildcard, so ``%``, ``(*[`` or ``'; DROP`` are text like any other).
"""

from __future__ import annotations

import logging
from array import array
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from etown_desktop.core.queries import company_text, figure_text
from etown_desktop.core.queries.list_tables import COMPANY_LIST, FIGURE_LIST, sort_column

if TYPE_CHECKING:
    from etown_desktop.core.repository import Repository

log = logging.getLogger(__name__)


_FTS_MIN_CHARS = 3  # the trigram index cannot match shorter words; they are scanned with instr


@dataclass(frozen=True)
class ListSpec:
    table: str
    key_column: str
    columns: tuple[str, ...]
    filter_columns: frozenset[str]
    search_table: str  # rowid-aligned with ``table``: one ``search`` text per row
    lang_free: frozenset[str] = field(default=frozenset())
    fts_table: str | None = None  # trigram index over ``search_table`` for words of 3+ characters
    outer_search: tuple[str, str] | None = None  # (column, table): text shared by rows, e.g. a source


FIGURES = ListSpec(FIGURE_LIST, "figure_id", figure_text.FIGURE_COLUMNS, frozenset({"source_id", "topic"}),
                   "figure_search", frozenset(figure_text.LANG_FREE_SORT), "figure_search_fts",
                   ("source_id", "figure_source_search"))
COMPANIES = ListSpec(COMPANY_LIST, "company_id", company_text.COMPANY_COLUMNS,
                     frozenset({"cluster_id"}), "company_search")


def _term_condition(spec: ListSpec, term: str) -> tuple[str, list[str]]:
    if spec.fts_table is not None and len(term) >= _FTS_MIN_CHARS:
        cond = f"rowid IN (SELECT rowid FROM [{spec.fts_table}] WHERE [{spec.fts_table}] MATCH ?)"
        params = ['"' + term.replace('"', '""') + '"']
    else:
        cond = f"rowid IN (SELECT rowid FROM [{spec.search_table}] WHERE instr(search, ?) > 0)"
        params = [term]
    if spec.outer_search is not None:
        column, table = spec.outer_search
        cond = f"({cond} OR [{column}] IN (SELECT [{column}] FROM [{table}] WHERE instr(search, ?) > 0))"
        params.append(term)
    return cond, params


def search_terms(text: str) -> tuple[str, ...]:
    """The casefolded words of a filter text (all must occur)."""
    return tuple(t.casefold() for t in text.split() if t)


def ordered_rows(repo: Repository, spec: ListSpec, terms: tuple[str, ...] = (),
                 filters: dict[str, str | None] | None = None, sort: str | None = None,
                 descending: bool = False, lang: str = "en") -> array:
    """Positions (1-based rowids) of the rows matching every term and filter, in display order.

    Sorting is by the column's key in ``lang`` (numbers for numeric columns, casefolded text
    otherwise); rows with equal keys keep list order in both directions."""
    where, params = [], []
    for term in terms:
        cond, term_params = _term_condition(spec, term)
        where.append(cond)
        params += term_params
    for column, value in (filters or {}).items():
        if value is None:
            continue
        if column not in spec.filter_columns:
            raise ValueError(f"{spec.table} cannot be filtered by {column!r}")
        where.append(f"[{column}] = ?")
        params.append(value)
    sql = f"SELECT rowid FROM [{spec.table}]"
    if where:
        sql += " WHERE " + " AND ".join(where)
    if sort is not None:
        if sort not in spec.columns:
            raise ValueError(f"{spec.table} has no column {sort!r}")
        sql += f" ORDER BY [{sort_column(sort, lang, spec.lang_free)}] {'DESC' if descending else 'ASC'}, rowid"
    else:
        sql += " ORDER BY rowid"
    return array("q", repo.read_column(sql, tuple(params)))


def row_count(repo: Repository, spec: ListSpec) -> int:
    return int(repo.read(f"SELECT count(*) FROM [{spec.table}]")[0][0])


def keys_of(repo: Repository, spec: ListSpec, rowids: list[int]) -> dict[int, str]:
    """rowid -> key (figure or company id) for the given positions."""
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
