"""Build step: per-entity indices and the derived list tables the large on-screen tables read.

``figure_list`` and ``company_list`` hold one row per figure / company, in the order the app lists
them (rowid: id order for figures, data order for companies), with, per column and language, the
row's rank in that column's sort order (worded by the same functions as the screen:
:mod:`figure_text`, :mod:`company_text`). Their bilingual search texts sit in narrow side tables
(``figure_search`` with a trigram FTS index, ``figure_source_search`` once per source,
``company_search``). Filtering and sorting then run in SQLite instead of in Python.
"""

from __future__ import annotations

import dataclasses
import functools
import sqlite3
from array import array
from typing import Any, Callable

from etown_desktop.core.queries import company_text, figure_text
from etown_desktop.core.records import Cluster, Company, Figure, Source, Unit

FIGURE_LIST = "figure_list"
COMPANY_LIST = "company_list"
LANGS = ("en", "zh")

INDICES = (
    ("figures", "metric"), ("figures", "topic"), ("figures", "company_id"), ("figures", "source_id"),
    ("companies", "cluster_id"), ("companies", "source_id"),
    (FIGURE_LIST, "figure_id"), (FIGURE_LIST, "source_id"), (FIGURE_LIST, "topic"),
    (COMPANY_LIST, "company_id"), (COMPANY_LIST, "cluster_id"),
)


def sort_column(key: str, lang: str, lang_free: frozenset[str] | set[str] = frozenset()) -> str:
    """The list table's column holding the rank of ``key`` in ``lang``."""
    return f"r_{key}" if key in lang_free else f"r_{key}_{'zh' if lang == 'zh' else 'en'}"


@functools.cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(cls))


def _record(cls: type, row: dict, **extra: Any):
    names = _field_names(cls)  # once per class, not once per row
    return cls(**{k: v for k, v in row.items() if k in names}, **extra)


def figure_records(tables: dict[str, list[dict]]) -> list[Figure]:
    """The build's figure rows as records, in id order (the app's list order)."""
    units = {u["id"]: _record(Unit, u) for u in tables["units"]}
    sources = {s["id"]: _record(Source, s) for s in tables["sources"]}
    figs = [_record(Figure, {k: v for k, v in f.items() if k not in ("unit", "source")},
                    unit=units[f["unit"]], source=sources[f["source_id"]]) for f in tables["figures"]]
    return sorted(figs, key=lambda f: f.id)


# Figure columns whose sort key depends only on a part many figures share (their source, unit …):
# the key is worded once per distinct part instead of once per figure (see figure_text.cell_text).
SHARED_KEY_PART: dict[str, Callable[[Figure], Any]] = {
    "topic": lambda f: f.topic, "unit": lambda f: f.unit.id, "qualifier": lambda f: f.qualifier,
    "period": lambda f: (f.period_en, f.period_zh), "source": lambda f: f.source.id,
    "publisher": lambda f: f.source.id, "date": lambda f: f.source.id,
}


def _once_per_part(key: Callable[[Any], Any], part: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``key``, computed once per distinct ``part(item)`` (items with the same part, same key)."""
    cache: dict = {}

    def cached(item: Any) -> Any:
        p = part(item)
        try:
            return cache[p]
        except KeyError:
            cache[p] = value = key(item)
            return value
    return cached


def _ranks(items: list, key: Callable[[Any], Any]) -> array:
    """Dense rank of each item's key (equal keys, equal rank), as a compact array of integers."""
    keys = [key(x) for x in items]
    order = {k: i for i, k in enumerate(sorted(set(keys)))}
    return array("q", [order[k] for k in keys])


def _write_list(conn: sqlite3.Connection, table: str, key_col: str, extra: tuple[str, ...], items: list,
                key_of: Callable, extra_of: Callable, rank_cols: dict[str, Callable]) -> None:
    cols = [f"[{key_col}] TEXT NOT NULL", *(f"[{c}] TEXT" for c in extra),
            *(f"[{c}] INTEGER NOT NULL" for c in rank_cols)]
    conn.execute(f"CREATE TABLE [{table}] ({', '.join(cols)})")
    ranks = [_ranks(items, fn) for fn in rank_cols.values()]
    conn.executemany(f"INSERT INTO [{table}] VALUES ({', '.join('?' * len(cols))})",
                     ((key_of(x), *extra_of(x), *(r[i] for r in ranks)) for i, x in enumerate(items)))
    for column in rank_cols:
        # Both directions, ties in list order: ORDER BY rank [DESC], rowid scans an index, no sort.
        conn.execute(f"CREATE INDEX [idx_{table}_{column}] ON [{table}] ([{column}])")
        conn.execute(f"CREATE INDEX [idx_{table}_{column}_desc] ON [{table}] ([{column}] DESC)")



def write_list_tables(conn: sqlite3.Connection, tables: dict[str, list[dict]]) -> None:
    """Create the list tables, their search tables and the per-entity indices (called by the build)."""
    figs = figure_records(tables)
    lf = figure_text.LANG_FREE_SORT
    frank: dict[str, Callable] = {}
    for key in figure_text.FIGURE_COLUMNS:
        for lang in LANGS:
            fn = (lambda f, k=key, lg=lang: figure_text.sort_key(f, k, lg))
            frank.setdefault(sort_column(key, lang, lf),
                             _once_per_part(fn, SHARED_KEY_PART[key]) if key in SHARED_KEY_PART else fn)
    _write_list(conn, FIGURE_LIST, "figure_id", ("source_id", "topic"), figs, lambda f: f.id,
                lambda f: (f.source.id, f.topic), frank)
    conn.execute("CREATE TABLE figure_search (search TEXT NOT NULL)")  # rowid = figure_list rowid
    conn.executemany("INSERT INTO figure_search (rowid, search) VALUES (?, ?)",
                     ((i, figure_text.search_text(f)) for i, f in enumerate(figs, start=1)))
    conn.execute("CREATE VIRTUAL TABLE figure_search_fts USING fts5(search, content='figure_search', "
                 "tokenize='trigram')")
    conn.execute("INSERT INTO figure_search_fts (figure_search_fts) VALUES ('rebuild')")
    conn.execute("CREATE TABLE figure_source_search (source_id TEXT PRIMARY KEY, search TEXT NOT NULL)")
    conn.executemany("INSERT INTO figure_source_search VALUES (?, ?)",
                     ((s["id"], figure_text.source_search_text(_record(Source, s)))
                      for s in tables["sources"]))

    clusters = {c["id"]: _record(Cluster, {**c, "group_id": c["cluster_group"]}, target=None)
                for c in tables["clusters"]}
    companies = [_record(Company, {**row, "fortune500": None if row["fortune500"] is None
                                   else bool(row["fortune500"])}) for row in tables["companies"]]

    def cluster_of(co: Company) -> Cluster | None:
        return clusters.get(co.cluster_id or "")

    crank = {sort_column(k, lang): (lambda co, k=k, lg=lang:
                                    company_text.cell_text(co, k, lg, cluster_of(co)).casefold())
             for k in company_text.COMPANY_COLUMNS for lang in LANGS}
    _write_list(conn, COMPANY_LIST, "company_id", ("cluster_id",), companies, lambda co: co.id,
                lambda co: (co.cluster_id,), crank)
    conn.execute("CREATE TABLE company_search (search TEXT NOT NULL)")
    conn.executemany("INSERT INTO company_search (rowid, search) VALUES (?, ?)",
                     ((i, company_text.search_text(co, cluster_of(co)))
                      for i, co in enumerate(companies, start=1)))
    for table, column in INDICES:
        conn.execute(f"CREATE INDEX [idx_{table}_{column}] ON [{table}] ([{column}])")
