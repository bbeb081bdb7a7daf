"""The global search's tables, written by ``db build`` (Qt-free).

Every search entry (:func:`core.search.index.build_entries`) becomes one row of ``search_entry``
(rowid = its position in the former in-memory list, so each kind is one run of rowids, in
``KIND_ORDER``, and ties keep their order; ``search_kind`` holds each kind's first rowid). What a
query looks up is indexed; the tables return rowids only:

* the haystack (NFKC + casefolded text of the entry): ``search_fts``, a case-sensitive trigram
  index for terms of three characters or more (a phrase query there is an exact substring test),
  and ``search_grams``, the one- and two-character pieces of every word (the gram index of the
  figures table, :func:`core.queries.list_tables.write_gram_index`) for shorter terms;
* the numbers: ``search_number`` (number, rowid), keyed by number;
* the names (ranking): ``search_name`` holds an entry's normalized names joined by newlines (a
  normalized text never holds one) with the same two indices (``search_name_fts`` /
  ``search_name_grams``: "a name contains the query"), and ``search_name_each`` every name as
  UTF-8 bytes, keyed (exact name: ``=``; name starts with the query: a byte range);
* the alias classes: ``search_alias`` (normalized name, class), every name of every entity that has
  aliases in ``data/aliases.csv`` (:mod:`core.search.alias_classes`): a query that is one of them is
  answered for all the names of its class.

:class:`core.search.query.SearchIndex` queries them; nothing is loaded at start-up.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from itertools import islice
from typing import Any

from etown_desktop.core.db import fts_fill
from etown_desktop.core.db.forked import Streams
from etown_desktop.core.errors import SourceDataInvalid
from etown_desktop.core.queries.list_tables import figure_grams, short_grams, write_gram_index
from etown_desktop.core.records import Figure
from etown_desktop.core.search.alias_classes import alias_classes
from etown_desktop.core.search.index import KIND_ORDER, SearchEntry, iter_entries
from etown_desktop.core.search.table_catalog import TableCatalog

log = logging.getLogger(__name__)

ENTRY_TABLE = "search_entry"
KIND_TABLE = "search_kind"
NUMBER_TABLE = "search_number"
FTS_TABLE = "search_fts"
GRAM_TABLE = "search_grams"
NAME_TABLE = "search_name"
NAME_FTS_TABLE = "search_name_fts"
NAME_GRAM_TABLE = "search_name_grams"
NAME_EACH_TABLE = "search_name_each"
ALIAS_TABLE = "search_alias"

ENTRY_COLUMNS = ("kind", "ref_id", "title_en", "title_zh", "detail_en", "detail_zh", "tab",
                 "figure_id", "numbers", "search")
NAME_SEPARATOR = "\n"
CHUNK = 10_000  # entries made and written at a time (the whole list is never held)


def _names(e: SearchEntry) -> list[str]:
    """The entry's names in their order (``names_blob`` is each of them after a NUL)."""
    return e.names_blob.split("\0")[1:]


def _trigram_index(conn: sqlite3.Connection, index: str, table: str) -> None:
    conn.execute(f"CREATE VIRTUAL TABLE {index} USING fts5(search, content='', "
                 "tokenize='trigram case_sensitive 1')")
    fts_fill.fill(conn, index, f"INSERT INTO {index} (rowid, search) SELECT rowid, search FROM {table}")


def _create_tables(conn: sqlite3.Connection) -> None:
    conn.execute(f"CREATE TABLE {ENTRY_TABLE} (rowid INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
                 "ref_id TEXT NOT NULL, title_en TEXT NOT NULL, title_zh TEXT NOT NULL, "
                 "detail_en TEXT NOT NULL, detail_zh TEXT NOT NULL, tab TEXT NOT NULL, figure_id TEXT, "
                 "numbers TEXT NOT NULL, search TEXT NOT NULL)")
    conn.execute(f"CREATE TABLE {KIND_TABLE} (kind_no INTEGER PRIMARY KEY, first INTEGER NOT NULL)")
    conn.execute(f"CREATE TABLE {NUMBER_TABLE} (number TEXT NOT NULL, entry INTEGER NOT NULL, "
                 "PRIMARY KEY (number, entry)) WITHOUT ROWID")
    conn.execute(f"CREATE TABLE {NAME_TABLE} (rowid INTEGER PRIMARY KEY, search TEXT NOT NULL)")
    conn.execute(f"CREATE TABLE {NAME_EACH_TABLE} (name BLOB NOT NULL, entry INTEGER NOT NULL, "
                 "PRIMARY KEY (name, entry)) WITHOUT ROWID")
    conn.execute(f"CREATE TABLE {ALIAS_TABLE} (name TEXT PRIMARY KEY NOT NULL, "
                 "class INTEGER NOT NULL) WITHOUT ROWID")
    conn.execute(f"CREATE INDEX {ALIAS_TABLE}_class ON {ALIAS_TABLE} (class)")


def _write_chunk(conn: sqlite3.Connection, chunk: list[tuple[int, SearchEntry]]) -> None:
    for _n, e in chunk:  # so a query holding a NUL matches nothing, and names split back whole
        if "\0" in e.haystack:
            raise SourceDataInvalid(f"{e.kind} {e.ref_id}: a text holds a NUL character")
    conn.executemany(
        f"INSERT INTO {ENTRY_TABLE} (rowid, {', '.join(ENTRY_COLUMNS)}) "
        f"VALUES ({', '.join('?' * (len(ENTRY_COLUMNS) + 1))})",
        ((n, e.kind, e.ref_id, e.title_en, e.title_zh, e.detail_en, e.detail_zh, e.tab, e.figure_id,
          " ".join(sorted(e.numbers)), e.haystack) for n, e in chunk))
    # (sets in sorted order: the file's pages, not only its rows, are the same in every build)
    conn.executemany(f"INSERT INTO {NUMBER_TABLE} VALUES (?, ?)",
                     ((num, n) for n, e in chunk for num in sorted(e.numbers)))
    conn.executemany(f"INSERT INTO {NAME_TABLE} VALUES (?, ?)",
                     ((n, NAME_SEPARATOR.join(_names(e))) for n, e in chunk))
    conn.executemany(f"INSERT INTO {NAME_EACH_TABLE} VALUES (?, ?)",
                     ((name.encode("utf-8"), n) for n, e in chunk for name in sorted(e.names)))


def entry_chunks(catalog: TableCatalog) -> Iterator[list[tuple[int, SearchEntry]]]:
    """The search entries with their rowids, :data:`CHUNK` at a time."""
    entries = enumerate(iter_entries(catalog), start=1)
    while chunk := list(islice(entries, CHUNK)):
        yield chunk


def precompute(tables: dict[str, list[dict]], figures: list[Figure],
               emit: Callable[[int, Any], None]) -> None:
    """What the build's forked child computes ahead (:class:`core.db.forked.ForkedStreams`): stream 0
    the figures' grams (:func:`figure_grams`), 1 the entry chunks, 2 and 3 the grams of their
    haystacks and of their names, each in rowid order; the same values the build would compute."""
    for grams in figure_grams(figures):
        emit(0, grams)
    emit(0, None)
    for chunk in entry_chunks(TableCatalog(tables, figures)):
        emit(1, chunk)
        emit(2, [short_grams(e.haystack) for _n, e in chunk])
        emit(3, [short_grams(NAME_SEPARATOR.join(_names(e))) for _n, e in chunk])
    for stream in (1, 2, 3):
        emit(stream, None)


def write_search_index(conn: sqlite3.Connection, tables: dict[str, list[dict]],
                       figures: list[Figure] | None = None, streams: Streams | None = None) -> None:
    """Create and fill the search tables in the database being built on ``conn``.

    The entries are made from the build's loaded ``tables`` (and its :func:`figure_records`,
    ``figures``, when the caller has them) by :class:`TableCatalog`, which gives the records the
    app's :class:`Repository` reads from the finished database; they are written a chunk at a time.
    ``streams``: :func:`precompute`'s results, made by the build's forked child (what it did not
    complete is computed here)."""
    start = time.perf_counter()
    _create_tables(conn)
    first: dict[str, int] = {}  # each kind's first rowid
    count, last = 0, -1
    catalog = TableCatalog(tables, figures)
    aliased = {(kind, ref) for kind, ref, _alias in catalog.aliases()}
    groups: list[list[str]] = []  # the names of each entity with aliases, in entry order
    chunks = streams.stream(1) if streams is not None else None
    for chunk in chunks if chunks is not None else entry_chunks(catalog):
        for n, e in chunk:
            if (e.kind, e.ref_id) in aliased:
                groups.append(_names(e))
            order = KIND_ORDER.index(e.kind)
            if order < last:
                raise ValueError("search entries must come kind by kind, in KIND_ORDER")
            if order > last:
                first[e.kind], last = n, order
        _write_chunk(conn, chunk)
        count = chunk[-1][0]
    conn.executemany(f"INSERT INTO {ALIAS_TABLE} VALUES (?, ?)",
                     sorted(alias_classes(groups).items()))
    conn.executemany(f"INSERT INTO {KIND_TABLE} VALUES (?, ?)",
                     ((k, first[kind]) for k, kind in enumerate(KIND_ORDER) if kind in first))
    _trigram_index(conn, FTS_TABLE, ENTRY_TABLE)
    write_gram_index(conn, GRAM_TABLE, ENTRY_TABLE, streams.stream(2) if streams is not None else None)
    _trigram_index(conn, NAME_FTS_TABLE, NAME_TABLE)
    write_gram_index(conn, NAME_GRAM_TABLE, NAME_TABLE,
                     streams.stream(3) if streams is not None else None)
    log.info("search index: %d entries in %.1f s", count, time.perf_counter() - start)
