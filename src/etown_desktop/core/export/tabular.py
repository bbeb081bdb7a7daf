"""Write a :class:`~etown_desktop.core.tables.Table` to CSV or XLSX, atomically and safely.

- CSV: UTF-8; ``excel=True`` adds a byte-order mark and CRLF line ends so Excel opens the
  Chinese text correctly with a double click.
- XLSX (xlsxwriter): bold frozen header, column widths, numbers as numbers, and a second sheet
  listing the sources of the rows with the database edition.
- Text cells starting with ``= + - @`` (or tab / carriage return) are neutralised so a spreadsheet
  never runs them as formulas: a leading apostrophe in CSV, a quote-prefixed text cell in XLSX.
  Numeric cells are never touched.
"""

from __future__ import annotations

import csv
import io
import logging
import math
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from etown_desktop import __version__
from etown_desktop.core.coverage import SourceCoverage, date_range, format_coverage
from etown_desktop.core.errors import ExportFailed
from etown_desktop.core.export.atomic import atomic_open, check_extension, write_with
from etown_desktop.core.export import xlsx_cells
from etown_desktop.core.export.row_stream import RowStream, from_table, stream_table
from etown_desktop.core.formatting import display_width, format_publisher, format_source_date
from etown_desktop.core.repository import Repository
from etown_desktop.core.tables import Table

if TYPE_CHECKING:
    from etown_desktop.core.records import Metadata, Source

log = logging.getLogger(__name__)

TABLE_EXTENSIONS = (".csv", ".xlsx")
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
WIDTH_SAMPLE_ROWS = 2000  # XLSX column widths are measured on the first rows

_SHEET_TEXT = {
    "en": {"sources": "About and sources", "edition": "Database edition", "data_date": "Data as of",
           "app": "Exported by", "table": "Table", "rows": "Rows",
           "all_rows": "all {n} rows", "some_rows": "{n} of {total} rows (as displayed)",
           "ref": "Ref", "title": "Title", "publisher": "Publisher", "date": "Date",
           "note": "Note", "file": "Archived copy"},
    "zh": {"sources": "说明与来源", "edition": "数据库版本", "data_date": "数据时间",
           "app": "导出程序", "table": "表格", "rows": "行数",
           "all_rows": "全部{n}行", "some_rows": "{total}行中的{n}行（按当前显示）",
           "ref": "编号", "title": "标题", "publisher": "发布机构", "date": "日期",
           "note": "备注", "file": "存档文件"},
}


def is_formula_like(text: str) -> bool:
    return bool(text) and text.startswith(FORMULA_TRIGGERS)


def neutralise(value: object) -> object:
    """Prefix an apostrophe to text that a spreadsheet would run as a formula; numbers unchanged."""
    if isinstance(value, str) and is_formula_like(value):
        return "'" + value
    return value


def _is_missing(value: object) -> bool:
    if value is None:
        return True
    try:
        import pandas as pd

        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def number_text(value: object) -> str:
    """1043.0 → "1043", 650000.0 → "650000", 0.25 → "0.25": whole numbers are written as integers."""
    v = float(value)  # type: ignore[arg-type]
    if v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return f"{v:.15g}"


# -- CSV --------------------------------------------------------------------------------
def _missing(value: object) -> bool:
    """None, NaN or pandas' NA (the cheap checks first: this runs once per cell)."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, (str, int)):
        return False
    return _is_missing(value)


CSV_CHUNK = 2000  # rows converted column by column at a time


def _csv_number(v: object) -> str:
    return "" if _missing(v) else number_text(v)


def _csv_text(v: object) -> object:
    if v is None or _missing(v):
        return ""
    return neutralise(str(v))


def stream_csv_rows(stream: RowStream):
    """The header, then each row's cells as text, converted a chunk of rows at a time column by
    column (the common case of a plain text cell or a whole number costs no function call)."""
    yield list(stream.columns)
    numeric = stream.numeric
    chunk: list[tuple] = []
    rows = iter(stream.rows)
    while True:
        chunk.clear()
        for cells, _ in rows:
            chunk.append(cells)
            if len(chunk) == CSV_CHUNK:
                break
        if not chunk:
            return
        out = []
        for col, num in zip(zip(*chunk), numeric):
            if num:
                out.append([str(int(v)) if v.__class__ is float and v.is_integer() and abs(v) < 1e15
                            else _csv_number(v) for v in col])
            else:
                out.append([v if v.__class__ is str and not v.startswith(FORMULA_TRIGGERS)
                            else _csv_text(v) for v in col])
        yield from zip(*out) if out else ([] for _ in chunk)


def csv_rows(table: Table):
    """The header, then each row's cells as text, one row at a time (nothing held but the frame)."""
    return stream_csv_rows(from_table(table))


def _write_csv_text(stream: RowStream, fh, excel: bool) -> None:
    if excel:
        fh.write("\ufeff")
    csv.writer(fh, lineterminator="\r\n" if excel else "\n").writerows(stream_csv_rows(stream))


def _as_stream(table: Table | RowStream) -> RowStream:
    return table if isinstance(table, RowStream) else from_table(table)


def csv_bytes(table: Table | RowStream, excel: bool = False) -> bytes:
    """The table as CSV bytes (UTF-8; with BOM + CRLF when ``excel``)."""
    buf = io.StringIO(newline="")
    _write_csv_text(_as_stream(table), buf, excel)
    return buf.getvalue().encode("utf-8")


def write_csv(table: Table | RowStream, path: Path | str, excel: bool = False) -> Path:
    """Stream the rows into the file (atomically: a temporary file, then rename)."""
    path = check_extension(path, [".csv"])
    stream = _as_stream(table)
    with atomic_open(path) as fh:
        text = io.TextIOWrapper(fh, encoding="utf-8", newline="", write_through=False)
        _write_csv_text(stream, text, excel)
        text.flush()
        text.detach()
    return path


# -- XLSX -------------------------------------------------------------------------------
def write_xlsx(table: Table | RowStream, path: Path | str, meta: Metadata, sources: Sequence[Source],
               total_rows: int | None = None) -> Path:
    """The table on sheet 1, its sources and the database edition on sheet 2."""
    return write_xlsx_stream(_as_stream(table), path, meta, lambda _ids: sources, total_rows)


def write_xlsx_stream(stream: RowStream, path: Path | str, meta: Metadata,
                      sources_of: Callable[[list[str]], Sequence[Source]],
                      total_rows: int | None = None) -> Path:
    """Like :func:`write_xlsx`; the sources sheet lists ``sources_of(ids of the written rows)``."""
    path = check_extension(path, [".xlsx"])
    write_with(path, lambda tmp: _write_workbook(stream, tmp, meta, sources_of, total_rows))
    return path


def xlsx_bytes(table: Table | RowStream, meta: Metadata, sources: Sequence[Source],
               total_rows: int | None = None) -> bytes:
    """The workbook as bytes (for the investor pack)."""
    buf = io.BytesIO()
    _write_workbook(_as_stream(table), buf, meta, lambda _ids: sources, total_rows)
    return buf.getvalue()


def _write_workbook(stream: RowStream, target: Path | io.BytesIO, meta: Metadata,
                    sources_of: Callable[[list[str]], Sequence[Source]], total_rows: int | None) -> None:
    import xlsxwriter

    text = _SHEET_TEXT[stream.lang]
    options = {"strings_to_formulas": False, "strings_to_urls": False,
               "strings_to_numbers": False, "nan_inf_to_errors": False}
    if isinstance(target, io.BytesIO):
        options["in_memory"] = True
    else:
        options["constant_memory"] = True  # rows are written in order and flushed as they go
    wb = xlsxwriter.Workbook(target if isinstance(target, io.BytesIO) else str(target), options)
    try:
        head = wb.add_format({"bold": True, "bg_color": "#1F3B63", "font_color": "#FFFFFF",
                              "text_wrap": True, "valign": "top", "border": 1})
        cell = wb.add_format({"valign": "top", "text_wrap": True})
        quoted = wb.add_format({"valign": "top", "text_wrap": True, "quote_prefix": True})
        number = wb.add_format({"valign": "top", "num_format": "#,##0.####"})
        whole = wb.add_format({"valign": "top", "num_format": "#,##0"})  # 1,043 not "1,043."
        integer = wb.add_format({"valign": "top", "num_format": "0"})  # years, paragraphs
        bold = wb.add_format({"bold": True})

        ws = wb.add_worksheet(_sheet_name(stream.title))
        xlsx_cells.install(ws)  # large tables: plain cells written without xlsxwriter's per-cell regexes
        columns = stream.columns
        widths = [display_width(c) for c in columns]
        whole_fmt = [integer if is_int else whole for is_int in stream.integer]
        for c, name in enumerate(columns):
            ws.write_string(0, c, name, head)
        # xlsxwriter's public cell methods only add an A1-notation check on top of these (a third
        # of the time per cell at 74,000 rows); fall back to them if a release renames the methods.
        write_string = getattr(ws, "_write_string", ws.write_string)
        write_number = getattr(ws, "_write_number", ws.write_number)
        write_blank = getattr(ws, "_write_blank", ws.write_blank)
        kinds = list(enumerate(stream.numeric))
        seen: dict[str, None] = {}
        n = 0
        for n, (row, row_sources) in enumerate(stream.rows, start=1):
            for sid in row_sources:
                if sid not in seen:
                    seen[sid] = None
            measure = n <= WIDTH_SAMPLE_ROWS  # column widths fit the first rows (all, in small tables)
            for c, num in kinds:
                value = row[c]
                if num:
                    if value is None or _missing(value):
                        write_blank(n, c, None, cell)
                        continue
                    v = float(value)
                    if math.isfinite(v):
                        write_number(n, c, v, whole_fmt[c] if v.is_integer() and abs(v) < 1e15 else number)
                        if measure:
                            widths[c] = max(widths[c], len(f"{v:,.4f}".rstrip("0").rstrip(".")))
                    else:
                        write_blank(n, c, None, cell)
                    continue
                if value.__class__ is not str:
                    if _missing(value):
                        write_blank(n, c, None, cell)
                        continue
                    value = str(value)
                write_string(n, c, value, quoted if value.startswith(FORMULA_TRIGGERS) else cell)
                if measure:
                    widths[c] = max(widths[c], display_width(value))
        for c, w in enumerate(widths):
            ws.set_column(c, c, min(max(w + 2, 8), 60))
        ws.freeze_panes(1, 0)
        if n:
            ws.autofilter(0, 0, n, max(len(columns) - 1, 0))
        if total_rows is None:
            total_rows = stream.total_rows
        sources = sources_of(list(seen))
        table_title, table_lang = stream.title, stream.lang

        src = wb.add_worksheet(_sheet_name(text["sources"]))
        total = total_rows if total_rows is not None else n
        rows_text = (text["all_rows"].format(n=n) if total == n
                     else text["some_rows"].format(n=n, total=total))
        info = [(text["table"], table_title), (text["rows"], rows_text),
                (text["edition"], meta.edition),
                # The facts' own dates (these rows' sources) and our review date, never the latter alone.
                (text["data_date"], format_coverage(SourceCoverage(*date_range(list(sources)), meta.data_date),
                                                    table_lang, label=False)),
                (text["app"], f"E-Town Investor Desktop {__version__}")]
        for r, (k, v) in enumerate(info):
            src.write_string(r, 0, k, bold)
            src.write_string(r, 1, v)
        start = len(info) + 1
        cols = [text["ref"], text["title"], text["publisher"], text["date"], text["file"], text["note"]]
        for c, name in enumerate(cols):
            src.write_string(start, c, name, head)
        for r, s in enumerate(sources, start=start + 1):
            note = (s.note_zh if table_lang == "zh" else s.note_en) or ""
            values = [s.ref, s.title(table_lang), format_publisher(s, table_lang),
                      format_source_date(s, table_lang), s.seed_file, note]
            for c, v in enumerate(values):
                src.write_string(r, c, v, quoted if is_formula_like(v) else cell)
        for c, w in enumerate((18, 50, 22, 22, 28, 60)):
            src.set_column(c, c, w)
    finally:
        wb.close()


def _sheet_name(title: str) -> str:
    bad = set('[]:*?/\\')
    name = "".join(" " if ch in bad else ch for ch in title).strip() or "Sheet"
    return name[:31]


# -- one call for CLI / GUI ---------------------------------------------------------------
def table_sources(repo: Repository, table: Table) -> list[Source]:
    return sorted((repo.source(sid) for sid in table.source_ids()), key=lambda s: s.ref)


def sources_by_ref(repo: Repository, ids: list[str]) -> list[Source]:
    """The sources ``ids``, ordered by their reference (as the XLSX sources sheet lists them)."""
    return sorted((repo.source(sid) for sid in ids), key=lambda s: s.ref)


def export_table(repo: Repository, table_id: str, path: Path | str, lang: str = "en",
                 rows: Sequence[int] | None = None, excel: bool = False) -> Path:
    """Export table ``table_id`` (all rows, or the ``rows`` positions) to .csv or .xlsx, streaming
    the rows from the database to the writer (no DataFrame of the whole table)."""
    path = check_extension(path, TABLE_EXTENSIONS)
    stream = stream_table(repo, table_id, lang, rows)
    if path.suffix.lower() == ".csv":
        return write_csv(stream, path, excel=excel)
    return write_xlsx_stream(stream, path, repo.metadata, lambda ids: sources_by_ref(repo, ids))


__all__ = ["ExportFailed", "RowStream", "csv_bytes", "xlsx_bytes", "table_sources", "export_table", "neutralise",
           "sources_by_ref", "stream_table", "write_csv", "write_xlsx", "write_xlsx_stream"]
