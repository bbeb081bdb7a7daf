"""Build step: per-entity indices and the derived list tables the large on-screen tables read.

``figure_list`` and ``company_list`` hold one row per figure / company, in the order the app lists
them (rowid: id order for figures, data order for companies). Each column's rank in its sort order,
per language (worded by the same functions as the screen: :mod:`figure_text`, :mod:`company_text`),
is stored as a packed int32 array in ``list_columns`` (:func:`write_column`). The bilingual search
texts sit in narrow side tables: ``figure_search`` (a figure's own words, with a trigram FTS index
and a gram index for words of one or two characters), ``figure_shared_search`` and
``figure_source_search`` (words many figures share, stored once), ``company_search``. Filtering and
sorting then never scan rows in Python (:mod:`list_query`)."""

from __future__ import annotations

import dataclasses
import sqlite3
import string
import sys
from array import array
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain
from typing import Any, Callable

from etown_desktop.core.db import fts_fill
from etown_desktop.core.queries import company_text, figure_text, source_sql
from etown_desktop.core.records import Cluster, Company, Figure, Source, Unit

FIGURE_LIST = "figure_list"
COMPANY_LIST = "company_list"
# The layout of the derived tables below, stored in ``metadata`` as ``list_layout``: a database
# built with another layout is rebuilt from its own data tables (core/editions/upgrade.py).
LIST_LAYOUT = "4"  # 4: search_alias (alias classes)


def stored_layout(conn: sqlite3.Connection) -> str | None:
    """The layout a database was built with (None: before layouts were recorded)."""
    row = conn.execute("SELECT value FROM metadata WHERE key = 'list_layout'").fetchone()
    return str(row[0]) if row else None


LIST_COLUMNS = "list_columns"  # (name "table.column", data BLOB): one int32 per row, see write_column
LANGS = ("en", "zh")

# (table, column, *more columns): index ``idx_{table}_{column}``. The extra columns let a start-up
# question be answered from the index alone (tests/core/test_startup_queries.py checks the plans):
# a tab's figures of one topic and no company, in id order, without some metrics (Clusters tab);
# the sources in reference order with their ids (the Sources tab's featured sources); the figures,
# topics and sources of a profile's companies and the companies' ids and sources by cluster
# (core/profiles/outline.py).
INDICES = (
    ("figures", "metric"), ("figures", "topic", "company_id", "id", "metric"),
    ("figures", "company_id", "id", "topic", "source_id"), ("figures", "source_id"), ("sources", "ref", "id"),
    ("companies", "cluster_id", "id", "source_id"), ("companies", "source_id"),
    (FIGURE_LIST, "figure_id"), (FIGURE_LIST, "source_id"), (FIGURE_LIST, "topic"),
    (COMPANY_LIST, "company_id"), (COMPANY_LIST, "cluster_id"),
)


def sort_column(key: str, lang: str, lang_free: frozenset[str] | set[str] = frozenset()) -> str:
    """The name of the stored column holding each row's rank of ``key`` in ``lang``."""
    return f"r_{key}" if key in lang_free else f"r_{key}_{'zh' if lang == 'zh' else 'en'}"


@lru_cache(maxsize=None)
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(cls))


def record(cls: type, row: dict, **extra: Any):
    """A ``cls`` record of a build row (its keys that are not fields of ``cls`` are left out)."""
    names = _field_names(cls)  # once per class, not once per row
    return cls(**{k: v for k, v in row.items() if k in names}, **extra)


def figure_records(tables: dict[str, list[dict]]) -> list[Figure]:
    """The build's figure rows as records, in id order (the app's list order)."""
    units = {u["id"]: record(Unit, u) for u in tables["units"]}
    sources = {s["id"]: record(Source, s) for s in tables["sources"]}
    figs = [record(Figure, {k: v for k, v in f.items() if k not in ("unit", "source")},
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


def _ranks(items: list, key: Callable[[Any], Any]) -> list[int]:
    """Dense rank of each item's key (equal keys, equal rank)."""
    keys = [key(x) for x in items]
    order = {k: i for i, k in enumerate(sorted(set(keys)))}
    return [order[k] for k in keys]


def write_column(conn: sqlite3.Connection, table: str, column: str, values: list[int]) -> None:
    """Store one number per row of ``table`` (in rowid order) as a packed little-endian int32
    array in ``list_columns``: the app reads a whole column in one step (a sort key, a side id)."""
    packed = array("i", values)
    if sys.byteorder == "big":
        packed.byteswap()
    conn.execute(f"INSERT INTO [{LIST_COLUMNS}] VALUES (?, ?)", (f"{table}.{column}", packed.tobytes()))


def _write_list(conn: sqlite3.Connection, table: str, key_col: str, extra: tuple[str, ...], items: list,
                key_of: Callable, extra_of: Callable, rank_cols: dict[str, Callable],
                ranks: Iterable[tuple[str, Iterable[int]]] | None = None) -> None:
    """``ranks``: ``(column, ranks)`` of every one of ``rank_cols`` in its order, when computed already."""
    cols = [f"[{key_col}] TEXT NOT NULL", *(f"[{c}] TEXT" for c in extra)]
    conn.execute(f"CREATE TABLE [{table}] ({', '.join(cols)})")
    conn.executemany(f"INSERT INTO [{table}] VALUES ({', '.join('?' * len(cols))})",
                     ((key_of(x), *extra_of(x)) for x in items))
    if ranks is None:
        ranks = ((column, _ranks(items, fn)) for column, fn in rank_cols.items())
    for column, (given, values) in zip(rank_cols, ranks, strict=True):
        if given != column:
            raise ValueError(f"ranks of {given} given for {column}")
        write_column(conn, table, column, values)


def _figure_rank_columns() -> dict[str, Callable[[Figure], Any]]:
    """``figure_list``'s rank columns and each one's sort key, in the order they are written."""
    lf = figure_text.LANG_FREE_SORT
    frank: dict[str, Callable] = {}
    for key in figure_text.FIGURE_COLUMNS:
        for lang in LANGS:
            fn = (lambda f, k=key, lg=lang: figure_text.sort_key(f, k, lg))
            frank.setdefault(sort_column(key, lang, lf),
                             _once_per_part(fn, SHARED_KEY_PART[key]) if key in SHARED_KEY_PART else fn)
    return frank


def figure_ranks(figs: list[Figure]) -> Iterator[tuple[str, array]]:
    """``(column, ranks)`` of every rank column of ``figure_list`` in the order they are written, the
    ranks as an int32 array (what the build's forked child computes ahead, see ``write_list_tables``)."""
    for column, fn in _figure_rank_columns().items():
        yield column, array("i", _ranks(figs, fn))


# Words of one or two characters ("o", 外) cannot use the trigram index. A second, contentless
# index holds each row's distinct one- and two-character pieces of its own words, so a short word
# is looked up instead of scanned. Tokens are separated by spaces; every printable ASCII character
# is a token character (non-ASCII ones always are), so "%" or "(*" are pieces like "ou".
GRAM_TOKENIZER = "ascii tokenchars '" + string.punctuation.replace("'", "''") + "'"


def is_gram_token(term: str) -> bool:
    """True when the gram index's tokenizer keeps ``term`` whole (no ASCII control character):
    only then can a word of one or two characters be looked up there."""
    return all(ch >= " " and ch != "\x7f" for ch in term)


@lru_cache(maxsize=1 << 16)
def _word_grams(word: str) -> frozenset[str]:
    return frozenset(word).union([word[i:i + 2] for i in range(len(word) - 1)])


def short_grams(text: str) -> str:
    """The distinct one- and two-character pieces of ``text``'s words, space-separated (in no set
    order: the index keeps no positions, so its bytes do not depend on it)."""
    out: set[str] = set()
    for word in text.split():
        out |= _word_grams(word)
    return " ".join(out)


def write_gram_index(conn: sqlite3.Connection, index: str, search_table: str,
                     grams: Iterable[list[str]] | None = None) -> None:
    """The gram index of ``search_table``'s ``search`` texts; ``grams``: their :func:`short_grams`
    in rowid order, in chunks, when computed already (by the build's forked child)."""
    conn.execute(f"CREATE VIRTUAL TABLE [{index}] USING fts5(grams, content='', detail='none', "
                 f"tokenize='{GRAM_TOKENIZER.replace(chr(39), chr(39) * 2)}')")
    if grams is None:
        rows = conn.execute(f"SELECT rowid, search FROM [{search_table}] ORDER BY rowid")  # streamed
        values = ((rowid, short_grams(text)) for rowid, text in rows)
    else:
        rows = conn.execute(f"SELECT rowid FROM [{search_table}] ORDER BY rowid")
        values = ((rowid, g) for (rowid,), g in zip(rows, chain.from_iterable(grams), strict=True))
    fts_fill.fill(conn, index, lambda: conn.executemany(
        f"INSERT INTO [{index}] (rowid, grams) VALUES (?, ?)", values))


def figure_grams(figs: list[Figure], chunk: int = 10_000) -> Iterator[list[str]]:
    """:func:`short_grams` of every figure's own search text, in list order, in chunks."""
    for start in range(0, len(figs), chunk):
        yield [short_grams(figure_text.own_search_text(f)) for f in figs[start:start + chunk]]


def write_list_tables(conn: sqlite3.Connection, tables: dict[str, list[dict]],
                      figs: list[Figure] | None = None,
                      grams: Iterable[list[str]] | None = None,
                      ranks: Iterable[tuple[str, Iterable[int]]] | None = None) -> None:
    """Create the list tables, their search tables and the per-entity indices (called by the build).

    ``figs`` is :func:`figure_records` of ``tables`` when the caller has made it already;
    ``grams`` is :func:`figure_grams` of them and ``ranks`` :func:`figure_ranks` of them when
    computed already (by the build's forked child)."""
    conn.execute("INSERT INTO metadata (key, value) VALUES ('list_layout', ?)", (LIST_LAYOUT,))
    conn.execute(f"CREATE TABLE [{LIST_COLUMNS}] (name TEXT PRIMARY KEY, data BLOB NOT NULL)")
    figs = figure_records(tables) if figs is None else figs
    _write_list(conn, FIGURE_LIST, "figure_id", ("source_id", "topic"), figs, lambda f: f.id,
                lambda f: (f.source.id, f.topic), _figure_rank_columns(), ranks)
    # rowid = figure_list rowid. The words a figure shares with many (topic, period, note, unit)
    # are stored once in figure_shared_search, its source's once in figure_source_search; the
    # figure keeps the rowid of each (stored columns figure_search.shared_id / .source_no): a word is looked up in its own words
    # (gram or trigram index) and in those two short tables, never scanned row by row.
    conn.execute("CREATE TABLE figure_source_search (source_no INTEGER PRIMARY KEY, "
                 "source_id TEXT NOT NULL UNIQUE, search TEXT NOT NULL)")
    source_no = {s["id"]: n for n, s in enumerate(tables["sources"], start=1)}
    conn.executemany("INSERT INTO figure_source_search VALUES (?, ?, ?)",
                     ((source_no[s["id"]], s["id"], figure_text.source_search_text(record(Source, s)))
                      for s in tables["sources"]))
    shared: dict[str, int] = {}
    shared_ids = [shared.setdefault(figure_text.shared_search_text(f), len(shared) + 1) for f in figs]
    conn.execute("CREATE TABLE figure_search (search TEXT NOT NULL)")
    conn.executemany("INSERT INTO figure_search (rowid, search) VALUES (?, ?)",
                     ((i, figure_text.own_search_text(f)) for i, f in enumerate(figs, start=1)))
    write_column(conn, "figure_search", "shared_id", shared_ids)
    write_column(conn, "figure_search", "source_no", [source_no[f.source.id] for f in figs])
    conn.execute("CREATE TABLE figure_shared_search (shared_id INTEGER PRIMARY KEY, search TEXT NOT NULL)")
    conn.executemany("INSERT INTO figure_shared_search VALUES (?, ?)", ((n, t) for t, n in shared.items()))
    write_gram_index(conn, "figure_search_grams", "figure_search", grams)
    conn.execute("CREATE VIRTUAL TABLE figure_search_fts USING fts5(search, content='figure_search', "
                 "tokenize='trigram')")
    fts_fill.fill(conn, "figure_search_fts",
                  "INSERT INTO figure_search_fts (figure_search_fts) VALUES ('rebuild')")

    clusters = {c["id"]: record(Cluster, {**c, "group_id": c["cluster_group"]}, target=None)
                for c in tables["clusters"]}
    companies = [record(Company, {**row, "fortune500": None if row["fortune500"] is None
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
    for table, column, *more in INDICES:
        columns = ", ".join(f"[{c}]" for c in (column, *more))
        conn.execute(f"CREATE INDEX [idx_{table}_{column}] ON [{table}] ({columns})")
    conn.execute(f"CREATE INDEX [idx_sources_date] ON [sources] ({source_sql.SOURCE_DATE})")
    table, column = source_sql.FEATURED_COLUMN.split(".")  # the Sources tab's featured sources, in order
    write_column(conn, table, column,
                 source_sql.featured_order(lambda sql, params=(): conn.execute(sql, params).fetchall()))
