"""Build ``etown.db`` from the reviewed, human-readable files under ``data/``.

The build is deterministic: the same data files always give the same table contents, and the
edition stored in ``metadata`` is derived from a hash of those files.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from operator import itemgetter
from pathlib import Path

from etown_desktop.core.db import forked, fts_fill, schema
from etown_desktop.core.editions.articles import paragraph_rows
from etown_desktop.core.editions.build_hooks import check_folder
from etown_desktop.core.editions.folder import read_toml
from etown_desktop.core.errors import SourceDataInvalid
from etown_desktop.core.export.atomic import atomic_path
from etown_desktop.core.queries.list_tables import figure_ranks, figure_records, write_list_tables
from etown_desktop.core.search.build_index import precompute as precompute_search
from etown_desktop.core.search.build_index import write_search_index
from etown_desktop.core.search.aliases import validate_aliases
from etown_desktop.core.stories.validate import validate_stories

log = logging.getLogger(__name__)

DATASET_FILE = "dataset.toml"
# The FTS5 index of ``search_index`` (the SQL sqlite-utils' ``enable_fts`` wrote, kept verbatim).
SEARCH_FTS_SQL = f"""CREATE VIRTUAL TABLE "{schema.SEARCH_TABLE}_fts" USING FTS5 (
    "text_en", "text_zh",
    tokenize='trigram',
    content="{schema.SEARCH_TABLE}"
)"""


def data_files(src_dir: Path) -> list[Path]:
    """Every file that feeds the build, in a stable order."""
    files = [src_dir / DATASET_FILE] + [src_dir / spec[0] for name, spec in schema.TABLES.items()
                                        if name not in schema.ARTICLE_TABLES]
    missing = [f.name for f in files if not f.is_file()]
    if missing:
        raise SourceDataInvalid(f"missing data files in {src_dir}: {', '.join(missing)}")
    return files


def edition_of(src_dir: Path, tables: dict[str, list[dict]] | None = None) -> tuple[str, str]:
    """(edition, data_date): the data date plus a short hash of the tables' contents.

    The hash is of the typed rows (not the files' bytes), so the same facts written by another
    tool (an Excel workbook, an edition pack) give the same edition."""
    if tables is None:
        tables = load(src_dir)
    data_date = _data_date(src_dir)
    return _edition(data_date, _tables_digest(tables)), data_date


def _data_date(src_dir: Path) -> str:
    meta = read_toml(src_dir / DATASET_FILE)
    data_date = str(meta.get("data_date", ""))
    if not data_date:
        raise SourceDataInvalid(f"{DATASET_FILE}: data_date is missing")
    return data_date


def _edition(data_date: str, digest: str) -> str:
    return f"{data_date.replace('-', '.')}-{digest[:8]}"


def _tables_digest(tables: dict[str, list[dict]]) -> str:
    """The hex SHA-256 of every table's typed rows (see :func:`edition_of`)."""
    digest = hashlib.sha256()
    for name in schema.TABLES:
        digest.update(name.encode() + b"\0")
        _hash_json_list(digest, tables[name])
        digest.update(b"\0")
    return digest.hexdigest()


def _hash_json_list(digest, rows: list[dict], chunk: int = 5000) -> None:
    """Feed ``digest`` the bytes of ``json.dumps(rows, sort_keys=True, ensure_ascii=False,
    default=str)``, a chunk of rows at a time (the same bytes, without one string of the whole table)."""
    digest.update(b"[")
    for start in range(0, len(rows), chunk):
        text = json.dumps(rows[start:start + chunk], sort_keys=True, ensure_ascii=False, default=str)
        digest.update(((", " if start else "") + text[1:-1]).encode("utf-8"))
    digest.update(b"]")


def _convert(table: str, column: str, raw: str, kind: type, where: str):
    if raw == "":
        if column in schema.NULLABLE.get(table, set()):
            return None
        raise SourceDataInvalid(f"{where}: column '{column}' must not be empty")
    try:
        return kind(raw)
    except ValueError as exc:
        raise SourceDataInvalid(f"{where}: column '{column}' value {raw!r} is not a {kind.__name__}") from exc


def read_table(src_dir: Path, table: str) -> list[dict]:
    """Read and type-check one CSV file; raise SourceDataInvalid with file, line and column."""
    filename, columns, _pk, _fks = schema.TABLES[table]
    derived = schema.DERIVED.get(table, set())
    nullable = schema.NULLABLE.get(table, set())
    path = src_dir / filename
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader, None) or []
            expected = [c for c in columns if c not in derived]
            if header != expected:
                raise SourceDataInvalid(
                    f"{filename}: header is {header}, expected {expected}"
                )
            typed = [(col, columns[col]) for col in expected if columns[col] is not str]
            rows = []
            line_no = 1
            for cells in reader:
                if not cells:  # a blank line is skipped and not counted (as csv.DictReader did)
                    continue
                line_no += 1
                if len(cells) != len(expected):
                    raise SourceDataInvalid(f"{filename} line {line_no}: wrong number of fields")
                row = _typed_row(expected, cells, typed, nullable)
                if row is None:  # a problem: the cell by cell check names it
                    where = f"{filename} line {line_no}"
                    row = {col: _convert(table, col, cell.strip(), columns[col], where)
                           for col, cell in zip(expected, cells)}
                rows.append(row)
    except UnicodeDecodeError as exc:
        raise SourceDataInvalid(f"{filename}: not UTF-8 text ({exc})") from exc
    except csv.Error as exc:
        raise SourceDataInvalid(f"{filename}: malformed CSV ({exc})") from exc
    return rows


def _typed_row(columns: list[str], cells: list[str], typed: list[tuple[str, type]],
               nullable: set[str]) -> dict | None:
    """One row's typed values, whole-row steps first (the large tables' fast path); None when a
    cell is empty but required or is not of its column's type."""
    row = dict(zip(columns, map(str.strip, cells)))
    if "" in row.values():
        for col, value in row.items():
            if value == "":
                if col not in nullable:
                    return None
                row[col] = None
    try:
        for col, kind in typed:
            value = row[col]
            if value is not None:
                row[col] = kind(value)
    except ValueError:
        return None
    return row


def _validate(tables: dict[str, list[dict]]) -> None:
    known_ids: dict[str, set[str]] = {}

    def ids(name: str) -> set[str]:  # once per table, however many columns refer to it
        if name not in known_ids:
            known_ids[name] = {r["id"] for r in tables[name]}
        return known_ids[name]

    for name, rows in tables.items():
        pk = schema.TABLES[name][2]
        seen: set[tuple] = set()
        dupes = set()
        for r in rows:
            key = tuple(r[c] for c in ((pk,) if isinstance(pk, str) else pk))
            (dupes if key in seen else seen).add(key)
        dupes = sorted(dupes)
        if dupes:
            raise SourceDataInvalid(f"{schema.TABLES[name][0]}: duplicate key(s) {dupes}")
        for col, other, _ in schema.TABLES[name][3]:
            known = ids(other)
            for r in rows:
                if r[col] is not None and r[col] not in known:
                    raise SourceDataInvalid(
                        f"{schema.TABLES[name][0]}: {col}={r[col]!r} does not exist in {other}"
                    )
    units = {u["id"]: u for u in tables["units"]}
    metric_units: dict[str, str] = {}
    for f in tables["figures"]:
        where = f"figures.csv {f['id']}"
        if f["topic"] not in schema.TOPICS:
            raise SourceDataInvalid(f"{where}: unknown topic {f['topic']!r}")
        if f["qualifier"] not in schema.QUALIFIERS:
            raise SourceDataInvalid(f"{where}: unknown qualifier {f['qualifier']!r}")
        if f["paragraph"] < 1:
            raise SourceDataInvalid(f"{where}: paragraph must be 1 or more")
        if metric_units.setdefault(f["metric"], f["unit"]) != f["unit"]:
            raise SourceDataInvalid(f"{where}: metric {f['metric']!r} uses two different units")
        if f["usd_value"] is not None and units[f["unit"]]["style"] not in ("cny_bn", "cny"):
            raise SourceDataInvalid(f"{where}: a USD conversion needs a yuan unit")
    for t in tables["targets"]:
        if (t["actual_figure_id"] is None) != (t["actual_relation"] is None):
            raise SourceDataInvalid(f"targets.csv {t['id']}: actual and relation go together")
        if t["actual_relation"] not in (None, "same", "related"):
            raise SourceDataInvalid(f"targets.csv {t['id']}: relation must be same or related")
    validate_stories(tables)


def _derive(tables: dict[str, list[dict]]) -> None:
    for f in tables["figures"]:
        # The source's implied rate in yuan per US dollar (both amounts are in the same scale).
        f["usd_rate"] = round(f["value"] / f["usd_value"], 4) if f["usd_value"] else None


def _search_rows(tables: dict[str, list[dict]]) -> list[dict]:
    rows: list[dict] = []

    def add(kind: str, ref: str, topic: str | None, en: list, zh: list) -> None:
        rows.append({
            "kind": kind, "ref_id": ref, "topic": topic,
            "text_en": " · ".join(x for x in en if x),
            "text_zh": " · ".join(x for x in zh if x),
        })

    for f in tables["figures"]:
        add("figure", f["id"], f["topic"], [f["label_en"], f["note_en"], f["period_en"]],
            [f["label_zh"], f["note_zh"], f["period_zh"]])
    for c in tables["companies"]:
        add("company", c["id"], "clusters", [c["name_en"], c["country_en"], c["description_en"]],
            [c["name_zh"], c["country_zh"], c["description_zh"]])
    for c in tables["clusters"]:
        add("cluster", c["id"], "clusters", [c["name_en"], c["description_en"]],
            [c["name_zh"], c["description_zh"]])
    for r in tables["reforms"]:
        add("reform", r["id"], "reforms", [r["name_en"], r["what_changed_en"]],
            [r["name_zh"], r["what_changed_zh"]])
    for s in tables["sources"]:
        add("source", s["id"], None, [s["title_en"], s["publisher"], s["note_en"]],
            [s["title_zh"], s["note_zh"]])
    return rows


def load(src_dir: Path) -> dict[str, list[dict]]:
    """Read and validate every data file; nothing is written."""
    src_dir = Path(src_dir)
    data_files(src_dir)
    check_folder(src_dir)  # the data editions' validation engine: every problem at once
    return _read_tables(src_dir)


def _read_tables(src_dir: Path) -> dict[str, list[dict]]:
    """:func:`load` after the validation engine: the typed tables, with the builder's own checks."""
    tables = {name: read_table(src_dir, name) for name in schema.TABLES
              if name not in schema.ARTICLE_TABLES}
    tables["source_paragraphs"] = paragraph_rows(src_dir, tables["sources"])
    _validate(tables)
    validate_aliases(tables)
    _derive(tables)
    return tables


def build(src_dir: Path, out_path: Path, tables: dict[str, list[dict]] | None = None) -> Path:
    """Build the database into ``out_path`` atomically (a failed build leaves the old file alone).

    ``tables`` is what :func:`load` returned for ``src_dir`` when the caller has it already."""
    src_dir, out_path = Path(src_dir), Path(out_path)
    with _collector_paused():
        return _build(src_dir, out_path, tables)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while building: the build makes millions of
    long-lived rows, records and strings (no cycles to free), which each collection would walk
    again (7 % of the build at 1,000x, and more the larger the edition)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build(src_dir: Path, out_path: Path, tables: dict[str, list[dict]] | None) -> Path:
    check = None
    if tables is None:
        data_files(src_dir)
        check = _FolderCheck(src_dir)  # the validation engine, beside the steps below
    try:
        tables = _read_tables(src_dir) if check is not None else tables
        figs = figure_records(tables)  # the figures as records, once for the list and search tables
        work = _ForkedWork(tables, figs) if _may_fork(len(figs), FORK_FROM_FIGURES) else None
        try:
            if work is None:
                edition, data_date = edition_of(src_dir, tables)
            else:  # the hash is the child's; the data date is checked here, before anything is written
                data_date = _data_date(src_dir)
                edition = partial(_edition, data_date)  # of the digest, when the metadata is written
            out_path.parent.mkdir(parents=True, exist_ok=True)
            with atomic_path(out_path) as tmp:
                # Written once, in place: the build frees no pages (nothing is deleted; the FTS
                # indices' merged segments are reused by the tables written after them), so a VACUUM
                # would only copy the whole file again (10 s at 5,000x, and growing faster than the data).
                conn = sqlite3.connect(tmp)
                try:
                    edition = _write_tables(conn, tables, edition, data_date, figs, work)
                finally:
                    conn.close()
                if check is not None:
                    check.result()  # a problem it found: the new file is dropped, as before
                    check = None
        finally:
            if work is not None:
                work.discard()
    except Exception:
        if check is not None:
            check.result()  # its problems come first, as when it ran before everything else
        raise
    except BaseException:  # interrupted: the check is not waited for
        if check is not None:
            check.cancel()
        raise
    log.info("built %s: edition %s, %d figures", out_path, edition, len(tables["figures"]))
    return out_path


# Below these sizes a forked child costs more than it saves (the shipped data builds in 0.3 s).
FORK_FROM_FIGURES = 5_000
FORK_FROM_BYTES = 1_000_000  # of figures.csv, before it is read (the shipped one: 18 kB)


def _may_fork(size: int, enough: int) -> bool:
    """Whether to hand work to a forked child: data of ``size`` ≥ ``enough``, where it is safe."""
    return size >= enough and forked.may_fork()


class _FolderCheck:
    """:func:`check_folder` of a data folder, run beside the rest of the build when it can be.

    The validation engine reads the folder on its own and only says whether it found problems, so
    where a child may be forked (:func:`core.db.forked.may_fork`: the command line) it runs in one
    (:class:`core.db.forked.ForkedStreams`) while this process reads, derives and writes (two cores:
    the engine's time is taken off the build's). Elsewhere (a Qt app's threads, Windows) it runs here,
    first. Either way :meth:`result` raises what :func:`check_folder` raised, and a build whose data
    has problems fails with the engine's message whatever else went wrong with it meanwhile; a child
    that fails some other way leaves the check to this process."""

    def __init__(self, src_dir: Path) -> None:
        self._src_dir, self._child = src_dir, None
        if not _may_fork((src_dir / "figures.csv").stat().st_size, FORK_FROM_BYTES):
            check_folder(src_dir)
            return
        self._child = forked.ForkedStreams(1, partial(_check_in_child, src_dir))

    def cancel(self) -> None:
        if self._child is not None:
            self._child.discard()
            self._child = None

    def result(self) -> None:
        """Wait for the check; raise :class:`SourceDataInvalid` with its problems, if any."""
        if self._child is None:
            return
        child, self._child = self._child, None
        try:
            chunks = child.stream(0)
            (outcome,) = next(chunks) if chunks is not None else (...,)
        except Exception:  # noqa: BLE001 - a broken report
            outcome = ...
        finally:
            child.discard()
        if outcome is ...:  # the child failed some other way: the check runs here, as it would have
            check_folder(self._src_dir)
        elif outcome is not None:
            raise SourceDataInvalid(outcome)


def _check_in_child(src_dir: Path, emit) -> None:
    """:class:`_FolderCheck`'s child: its one chunk is ``(None,)`` or ``(the engine's message,)``."""
    try:
        check_folder(src_dir)
        outcome = None
    except SourceDataInvalid as exc:
        outcome = str(exc)
    emit(0, (outcome,))
    emit(0, None)


class _ForkedWork:
    """What a forked child computes for the build meanwhile (:class:`core.db.forked.ForkedStreams`),
    from the tables as they are when the writing starts, in the order the build needs it: stream 0
    the edition's digest (:func:`_tables_digest`, one chunk), 1 the figure list's ranks
    (:func:`core.queries.list_tables.figure_ranks`), then :func:`core.search.build_index.precompute`'s
    streams (the figures' grams, the search entries and every gram index's pieces), which
    :meth:`stream` gives numbered from 0. The same values the build would compute; what the child did
    not complete is computed here."""

    def __init__(self, tables: dict[str, list[dict]], figs: list) -> None:
        self._tables = tables
        self._streams = forked.ForkedStreams(6, partial(_work_in_child, tables, figs))

    def digest(self) -> str:
        for digest in self._streams.stream(0) or ():
            return digest
        return _tables_digest(self._tables)

    def ranks(self):
        """The figure list's ranks (None: compute them)."""
        return self._streams.stream(1)

    def stream(self, i: int):
        """Stream ``i`` of the search's precomputed values (None: compute them)."""
        return self._streams.stream(i + 2)

    def discard(self) -> None:
        self._streams.discard()


def _work_in_child(tables: dict[str, list[dict]], figs: list, emit) -> None:
    emit(0, _tables_digest(tables))
    emit(0, None)
    for column_ranks in figure_ranks(figs):
        emit(1, column_ranks)
    emit(1, None)
    precompute_search(tables, figs, lambda i, chunk: emit(i + 2, chunk))


def _insert_rows(conn: sqlite3.Connection, table: str, rows: list[dict]) -> None:
    """Bulk insert (one prepared statement, no commit per chunk): linear in the number of rows."""
    if not rows:
        return
    columns = list(rows[0])
    sql = (f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
           f"VALUES ({', '.join('?' for _ in columns)})")
    conn.executemany(sql, _row_values(rows, columns))


def _row_values(rows: list[dict], columns: list[str]) -> Iterator[tuple | list]:
    """Each row's values in ``columns`` order (a missing one is NULL), taken in one C call a row."""
    get = itemgetter(*columns)
    single = len(columns) == 1  # itemgetter of one key gives the value, not a tuple
    for r in rows:
        try:
            yield (get(r),) if single else get(r)
        except KeyError:
            yield [r.get(c) for c in columns]


def _write_tables(conn: sqlite3.Connection, tables: dict[str, list[dict]], edition,
                  data_date: str, figs: list, work: _ForkedWork | None) -> str:
    """Create and fill every table; return the edition written. ``edition``: the edition, or a
    function of the tables' digest making it (then ``work``'s child has the digest)."""
    import sqlite_utils  # heavy (imports pandas lazily in some versions); only needed to build

    # A temporary file, fsync'ed and moved into place when complete: no journal needed meanwhile.
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA journal_mode = MEMORY")
    db = sqlite_utils.Database(conn)
    deferred = []  # foreign keys to tables created later (the schema has one cycle)
    for name, (_file, columns, pk, fks) in schema.TABLES.items():
        not_null = {c for c in columns if c not in schema.NULLABLE.get(name, set())
                    and c not in schema.DERIVED.get(name, set())}
        now = [fk for fk in fks if db[fk[1]].exists() or fk[1] == name]
        deferred += [(name, *fk) for fk in fks if fk not in now]
        db[name].create(columns, pk=pk, not_null=not_null, foreign_keys=now)
    if deferred:
        db.add_foreign_keys(deferred)
    for name in schema.TABLES:
        _insert_rows(conn, name, tables[name])  # one transaction for every table (committed below)
    db.create_view(schema.PROVENANCE_VIEW, schema.PROVENANCE_VIEW_SQL)
    search = db[schema.SEARCH_TABLE]
    search.create({"kind": str, "ref_id": str, "topic": str, "text_en": str, "text_zh": str},
                  pk=("kind", "ref_id"))
    _insert_rows(conn, schema.SEARCH_TABLE, _search_rows(tables))
    conn.execute(SEARCH_FTS_SQL)  # the table sqlite-utils' enable_fts made, filled in bulk
    fts_fill.fill(conn, f"{schema.SEARCH_TABLE}_fts", f"INSERT INTO [{schema.SEARCH_TABLE}_fts] "
                  f"(rowid, text_en, text_zh) SELECT rowid, text_en, text_zh FROM [{schema.SEARCH_TABLE}]")
    if callable(edition):  # the forked child's digest (computed meanwhile)
        edition = edition(work.digest())
    db["metadata"].create({"key": str, "value": str}, pk="key")
    db["metadata"].insert_all([
        {"key": "schema_version", "value": str(schema.SCHEMA_VERSION)},
        {"key": "edition", "value": edition},
        {"key": "data_date", "value": data_date},
        {"key": "figure_count", "value": str(len(tables["figures"]))},
    ])
    ranks = work.ranks() if work is not None else None  # (the child's streams are read in order)
    write_list_tables(conn, tables, figs,  # indices and the list tables the large views page through
                      work.stream(0) if work is not None else None, ranks)
    write_search_index(conn, tables, figs, work)  # the global search's tables (core/search/build_index.py)
    problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise SourceDataInvalid(f"foreign key problems: {problems}")
    conn.commit()
    return edition
