"""The build's faster ways give what the former ways gave, on the shipped and a generated 10x
edition:

* the records the search entries are made of, taken from the loaded tables (:class:`TableCatalog`),
  equal what the :class:`Repository` reads back from the built database (the former way);
* the stored entries, numbers and names, written a chunk at a time, equal the former whole list;
* an FTS5 index filled in bulk (:mod:`core.db.fts_fill`) holds exactly the postings, settings and
  query results of one filled with FTS5's defaults;
* the CSV reader's whole-row fast path gives the former cell-by-cell rows and the same messages;
* the validation engine's cell check (its per-column look-ups hoisted) reports what it reported;
* the database, written in place without a VACUUM, has no free pages;
* the garbage collector, paused while building, is on again afterwards.
"""

from __future__ import annotations

import csv
import io
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from etown_desktop.core.db import build as build_mod
from etown_desktop.core.db import fts_fill, schema
from etown_desktop.core.editions import validation
from etown_desktop.core.editions.folder import read_folder
from etown_desktop.core.editions.raw import file_tables
from etown_desktop.core.errors import SourceDataInvalid
from etown_desktop.core.queries.list_tables import GRAM_TOKENIZER, short_grams
from etown_desktop.core.repository import Repository
from etown_desktop.core.search.index import build_entries
from etown_desktop.core.search.table_catalog import TableCatalog

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", params=["shipped", "10x"])
def edition(request, tmp_path_factory, data_dir):
    """(data folder, loaded tables, Repository of the database built from them)."""
    folder = data_dir
    if request.param == "10x":
        sys.path.insert(0, str(REPO))
        from bench.synthetic_data import write_synthetic_data

        folder = write_synthetic_data(10, tmp_path_factory.mktemp("data10x") / "data", data_dir)
    db = build_mod.build(folder, tmp_path_factory.mktemp("db") / "etown.db")
    repo = Repository(db)
    yield folder, build_mod.load(folder), repo
    repo.close()


@pytest.mark.parametrize("query", ["aliases", "figures", "sources", "companies", "clusters", "reforms",
                                   "targets"])
def test_the_catalog_gives_the_records_the_repository_reads_back(edition, query):
    _folder, tables, repo = edition
    got, want = getattr(TableCatalog(tables), query)(), getattr(repo, query)()
    assert len(want) > 0
    assert got == want  # every record, every field, in order


def test_the_stored_entries_are_those_made_from_the_repository(edition):
    _folder, tables, repo = edition
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
    _folder, _tables, repo = edition
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
    _folder, _tables, repo = edition
    assert repo.read("PRAGMA freelist_count")[0][0] == 0


def _read_table_cell_by_cell(src_dir: Path, table: str) -> list[dict]:
    """The former ``read_table`` (verbatim): csv.DictReader, every cell through ``_convert``."""
    filename, columns, _pk, _fks = schema.TABLES[table]
    derived = schema.DERIVED.get(table, set())
    path = src_dir / filename
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            header = reader.fieldnames or []
            expected = [c for c in columns if c not in derived]
            if header != expected:
                raise SourceDataInvalid(
                    f"{filename}: header is {header}, expected {expected}"
                )
            rows = []
            for line_no, raw in enumerate(reader, start=2):
                where = f"{filename} line {line_no}"
                if None in raw or any(v is None for v in raw.values()):
                    raise SourceDataInvalid(f"{where}: wrong number of fields")
                row = {
                    col: build_mod._convert(table, col, raw[col].strip(), kind, where)
                    for col, kind in columns.items()
                    if col not in derived
                }
                rows.append(row)
    except UnicodeDecodeError as exc:
        raise SourceDataInvalid(f"{filename}: not UTF-8 text ({exc})") from exc
    except csv.Error as exc:
        raise SourceDataInvalid(f"{filename}: malformed CSV ({exc})") from exc
    return rows


def _outcome(fn, folder: Path, table: str):
    try:
        rows = fn(folder, table)
    except SourceDataInvalid as exc:
        return "error", str(exc)
    return "rows", [[(k, type(v).__name__, repr(v)) for k, v in r.items()] for r in rows]


@pytest.mark.parametrize("table", [t for t in schema.TABLES if t not in schema.ARTICLE_TABLES])
def test_the_csv_fast_path_reads_what_the_cell_by_cell_reader_read(edition, table):
    folder, _tables, _repo = edition
    want = _outcome(_read_table_cell_by_cell, folder, table)
    assert want[0] == "rows"
    assert _outcome(build_mod.read_table, folder, table) == want


FIGURE_ROW_EDITS = {  # (column, new cell text) -> the first problem the former reader named
    "empty required": [("label_en", "")], "empty nullable": [("period_en", " ")],
    "bad float": [("value", "12,5")], "bad int": [("paragraph", "2.0")],
    "empty then bad": [("label_zh", ""), ("value", "x")],
    "bad then empty": [("value", "x"), ("qualifier", "")],
    "spaces kept inside": [("label_en", "  a  b  ")], "nan": [("value", "nan")],
}


@pytest.mark.parametrize("edit", sorted(FIGURE_ROW_EDITS))
def test_the_csv_fast_path_names_the_same_problem(tmp_path, data_dir, edit):
    lines = (data_dir / "figures.csv").read_text(encoding="utf-8").splitlines()
    header = next(csv.reader([lines[0]]))
    cells = next(csv.reader([lines[3]]))
    for column, text in FIGURE_ROW_EDITS[edit]:
        cells[header.index(column)] = text
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(cells)
    (tmp_path / "figures.csv").write_text("\n".join(lines[:3] + ["", out.getvalue().rstrip("\n")] + lines[4:])
                                          + "\n", encoding="utf-8")
    assert _outcome(build_mod.read_table, tmp_path, "figures") == \
        _outcome(_read_table_cell_by_cell, tmp_path, "figures")


@pytest.mark.parametrize("text", ["", "\n", "id\n", "\n" + "x\n", "id,metric\n1,2\n",
                                  "HEADER\n1,2,3\n", "\ufeffid\n", "a,\"b\n"])
def test_the_csv_fast_path_refuses_broken_files_alike(tmp_path, text):
    (tmp_path / "units.csv").write_text(text, encoding="utf-8")
    assert _outcome(build_mod.read_table, tmp_path, "units") == _outcome(_read_table_cell_by_cell,
                                                                         tmp_path, "units")


@pytest.mark.parametrize("extra", ["", ",extra", ",,"])
def test_the_csv_fast_path_counts_fields_and_lines_alike(tmp_path, data_dir, extra):
    lines = (data_dir / "units.csv").read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2] + extra if extra else lines[2].rsplit(",", 1)[0]
    (tmp_path / "units.csv").write_text("\n".join(lines[:2] + ["", ""] + lines[2:]) + "\n", encoding="utf-8")
    got = _outcome(build_mod.read_table, tmp_path, "units")
    assert got[0] == "error" and "line 3" in got[1]
    assert got == _outcome(_read_table_cell_by_cell, tmp_path, "units")


class _FormerCellChecker(validation._Checker):
    def cells(self) -> None:  # the former per-cell check (verbatim)
        for table in file_tables():
            _file, columns, _pk, _fks = schema.TABLES[table]
            nullable = schema.NULLABLE.get(table, set())
            derived = schema.DERIVED.get(table, set())
            checked = [(col, kind) for col, kind in columns.items() if col not in derived]
            pairs = validation._label_pairs(columns)
            out = []
            for row in self.ed.rows(table):
                typed: dict = {}
                for col, kind in checked:
                    raw = row.values.get(col, "")
                    if raw == "":
                        typed[col] = None
                        if col not in nullable:
                            self.add(row, col, raw, "required")
                        continue
                    try:
                        typed[col] = validation._typed(kind, raw)
                    except (ValueError, OverflowError):
                        typed[col] = None
                        self.add(row, col, raw, "type_int" if kind is int else "type_float")
                        continue
                    allowed = validation.ENUMS.get((table, col))
                    if allowed and raw not in allowed:
                        self.add(row, col, raw, "enum", allowed=", ".join(allowed))
                self._pairs(row, pairs)
                out.append((row, typed))
            self.typed[table] = out


CELL_EDITS = [("figures", "label_en", ""), ("figures", "value", "x"), ("figures", "year", "2021.0"),
              ("figures", "year", "1e999"), ("figures", "paragraph", "nan"), ("figures", "topic", "weather"),
              ("figures", "qualifier", ""), ("figures", "period_en", ""), ("figures", "usd_value", "1e999"),
              ("companies", "fortune500", "yes"), ("units", "zh_factor", "ten"), ("sources", "note_zh", "")]


@pytest.mark.parametrize("edited", [False, True])
def test_the_validation_cells_check_equals_the_former_one(edition, edited):
    folder, _tables, _repo = edition
    ed = read_folder(folder)
    if edited:
        for i, (table, column, text) in enumerate(CELL_EDITS):
            rows = ed.rows(table)
            rows[(7 * i) % len(rows)].values[column] = text
    new, old = validation._Checker(ed), _FormerCellChecker(ed)
    new.cells()
    old.cells()
    assert len(new.report.problems) == len(old.report.problems) >= (8 if edited else 0)
    assert [(p, p.params) for p in new.report.problems] == [(p, p.params) for p in old.report.problems]
    assert new.typed.keys() == old.typed.keys()
    for table in new.typed:
        assert [(r.line, repr(t)) for r, t in new.typed[table]] == \
            [(r.line, repr(t)) for r, t in old.typed[table]]


@pytest.mark.parametrize("rows", [[{"a": 1, "b": None}, {"b": 2, "a": 3}, {"a": 4}],
                                  [{"a": "x"}, {"a": None}, {}], [{"a": 1, "b": 2, "c": "外"}]])
def test_insert_values_are_the_former_get_per_column(rows):
    columns = list(rows[0])
    assert [list(v) for v in build_mod._row_values(rows, columns)] == \
        [[r.get(c) for c in columns] for r in rows]


def test_the_garbage_collector_is_back_on_after_a_build_and_after_a_refused_one(tmp_path, data_dir):
    import gc

    assert gc.isenabled()
    build_mod.build(data_dir, tmp_path / "ok.db")
    assert gc.isenabled()
    bad = tmp_path / "bad"
    shutil.copytree(data_dir, bad, ignore=shutil.ignore_patterns("*.db"))
    (bad / "units.csv").write_text("nonsense\n", encoding="utf-8")
    with pytest.raises(SourceDataInvalid):
        build_mod.build(bad, tmp_path / "bad.db")
    assert gc.isenabled() and not (tmp_path / "bad.db").exists()
    gc.disable()
    try:
        build_mod.build(data_dir, tmp_path / "ok2.db")
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()
