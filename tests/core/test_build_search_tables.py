"""The build's faster way to write the search tables gives what the former way gave, on the shipped
and a generated 10x edition:

* the records the entries are made of, taken from the loaded tables (:class:`TableCatalog`), equal
  what the :class:`Repository` reads back from the built database (the former way);
* the stored entries, numbers and names, written a chunk at a time, equal the former whole list;
* an FTS5 index filled in bulk (:mod:`core.db.fts_fill`) holds exactly the postings, settings and
  query results of one filled with FTS5's defaults.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from etown_desktop.core.db import build as build_mod
from etown_desktop.core.db import fts_fill
from etown_desktop.core.queries.list_tables import GRAM_TOKENIZER, short_grams
from etown_desktop.core.repository import Repository
from etown_desktop.core.search.index import build_entries
from etown_desktop.core.search.table_catalog import TableCatalog

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", params=["shipped", "10x"])
def edition(request, tmp_path_factory, data_dir):
    """(loaded tables, Repository of the database built from them)."""
    folder = data_dir
    if request.param == "10x":
        sys.path.insert(0, str(REPO))
        from bench.synthetic_data import write_synthetic_data

        folder = write_synthetic_data(10, tmp_path_factory.mktemp("data10x") / "data", data_dir)
    db = build_mod.build(folder, tmp_path_factory.mktemp("db") / "etown.db")
    repo = Repository(db)
    yield build_mod.load(folder), repo
    repo.close()


@pytest.mark.parametrize("query", ["aliases", "figures", "sources", "companies", "clusters", "reforms",
                                   "targets"])
def test_the_catalog_gives_the_records_the_repository_reads_back(edition, query):
    tables, repo = edition
    got, want = getattr(TableCatalog(tables), query)(), getattr(repo, query)()
    assert len(want) > 0
    assert got == want  # every record, every field, in order


def test_the_stored_entries_are_those_made_from_the_repository(edition):
    tables, repo = edition
    entries = build_entries(repo)  # the former way: read back from the finished database
    assert build_entries(TableCatalog(tables)) == entries
    rows = repo.read("SELECT rowid, kind, ref_id, title_en, title_zh, detail_en, detail_zh, tab, "
                     "figure_id, numbers, search FROM search_entry ORDER BY rowid")
    assert [tuple(r) for r in rows] == [
        (n, e.kind, e.ref_id, e.title_en, e.title_zh, e.detail_en, e.detail_zh, e.tab, e.figure_id,
         " ".join(sorted(e.numbers)), e.haystack) for n, e in enumerate(entries, start=1)]
    numbers = repo.read("SELECT number, entry FROM search_number")
    assert sorted(tuple(r) for r in numbers) == sorted(
        (num, n) for n, e in enumerate(entries, start=1) for num in e.numbers)
    names = repo.read("SELECT name, entry FROM search_name_each")
    assert sorted(tuple(r) for r in names) == sorted(
        (name.encode("utf-8"), n) for n, e in enumerate(entries, start=1) for name in e.names)
    kinds = repo.read("SELECT kind_no, first FROM search_kind ORDER BY kind_no")
    from etown_desktop.core.search.index import KIND_ORDER

    kind_list = [e.kind for e in entries]
    assert [tuple(r) for r in kinds] == [(k, kind_list.index(kind) + 1) for k, kind in enumerate(KIND_ORDER)
                                         if kind in kind_list]


def _postings(conn: sqlite3.Connection, index: str) -> list[tuple]:
    conn.execute(f"CREATE VIRTUAL TABLE temp.[v_{index}] USING fts5vocab(main, '{index}', 'instance')")
    return conn.execute(f"SELECT * FROM temp.[v_{index}]").fetchall()


@pytest.mark.parametrize("tokenize, grams", [("trigram case_sensitive 1", False), (GRAM_TOKENIZER, True)])
def test_an_index_filled_in_bulk_equals_one_filled_the_default_way(edition, monkeypatch, tokenize, grams):
    _tables, repo = edition
    texts = [(r[0], short_grams(r[1]) if grams else r[1])
             for r in repo.read("SELECT rowid, search FROM search_entry ORDER BY rowid")]
    monkeypatch.setattr(fts_fill, "HASH_SIZE", 64 << 10)  # several segments even at 1x
    conn = sqlite3.connect(":memory:")
    detail = ", detail='none'" if grams else ""
    for index in ("plain", "bulk"):
        conn.execute(f"CREATE VIRTUAL TABLE {index} USING fts5(search, content=''{detail}, "
                     f"tokenize='{tokenize.replace(chr(39), chr(39) * 2)}')")
    conn.executemany("INSERT INTO plain (rowid, search) VALUES (?, ?)", texts)
    conn.execute("INSERT INTO plain (plain) VALUES ('optimize')")
    fts_fill.fill(conn, "bulk", lambda: conn.executemany("INSERT INTO bulk (rowid, search) VALUES (?, ?)",
                                                         texts))
    assert _postings(conn, "bulk") == _postings(conn, "plain")
    assert conn.execute("SELECT * FROM bulk_config").fetchall() == \
        conn.execute("SELECT * FROM plain_config").fetchall()
    for word in ("ou", "外", "semiconductor", "600", "e-town", "o"):
        q = '"' + word + '"'
        assert conn.execute("SELECT rowid FROM bulk WHERE bulk MATCH ? ORDER BY rowid", (q,)).fetchall() == \
            conn.execute("SELECT rowid FROM plain WHERE plain MATCH ? ORDER BY rowid", (q,)).fetchall()


def test_the_database_is_written_once_with_no_free_pages(edition):
    """The build writes in place, without a VACUUM: that holds while it frees no pages."""
    _tables, repo = edition
    assert repo.read("PRAGMA freelist_count")[0][0] == 0
