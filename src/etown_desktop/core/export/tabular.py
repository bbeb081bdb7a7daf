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
from typing import TYPE_CHECKING, Sequence

from etown_desktop import __version__
from etown_desktop.core.coverage import SourceCoverage, date_range, format_coverage
from etown_desktop.core.errors import ExportFailed
from etown_desktop.core.export.atomic import atomic_open, check_extension, write_with
from etown_desktop.core.formatting import display_width, format_publisher, format_source_date
from etown_desktop.core.repository import Repository
from etown_desktop.core.tables import Table, build_table

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


def csv_rows(table: Table):
    """The header, then each row's cells as text, one row at a time (nothing held but the frame)."""
    numeric = [c in set(table.numeric_columns) for c in table.frame.columns]
    yield [str(c) for c in table.frame.columns]
    for row in table.frame.itertuples(index=False, name=None):
        yield ["" if _missing(v) else (number_text(v) if num else neutralise(str(v)))
               for v, num in zip(row, numeric)]


def _write_csv_text(table: Table, fh, excel: bool) -> None:
    if excel:
        fh.write("\ufeff")
    csv.writer(fh, lineterminator="\r\n" if excel else "\n").writerows(csv_rows(table))


def csv_bytes(table: Table, excel: bool = False) -> bytes:
    """The table as CSV bytes (UTF-8; with BOM + CRLF when ``excel``)."""
    buf = io.StringIO(newline="")
    _write_csv_text(table, buf, excel)
    return buf.getvalue().encode("utf-8")


def write_csv(table: Table, path: Path | str, excel: bool = False) -> Path:
    """Stream the rows into the file (atomically: a temporary file, then rename)."""
    path = check_extension(path, [".csv"])
    with atomic_open(path) as fh:
        text = io.TextIOWrapper(fh, encoding="utf-8", newline="", write_through=False)
        _write_csv_text(table, text, excel)
        text.flush()
        text.detach()
    return path


# -- XLSX -------------------------------------------------------------------------------
def write_xlsx(table: Table, path: Path | str, meta: Metadata, sources: Sequence[Source],
               total_rows: int | None = None) -> Path:
    """The table on sheet 1, its sources and the database edition on sheet 2."""
    path = check_extension(path, [".xlsx"])
    write_with(path, lambda tmp: _write_workbook(table, tmp, meta, sources, total_rows))
    return path


def xlsx_bytes(table: Table, meta: Metadata, sources: Sequence[Source],
               total_rows: int | None = None) -> bytes:
    """The workbook as bytes (for the investor pack)."""
    buf = io.BytesIO()
    _write_workbook(table, buf, meta, sources, total_rows)
    return buf.getvalue()


def _write_workbook(table: Table, target: Path | io.BytesIO, meta: Metadata,
                    sources: Sequence[Source], total_rows: int | None) -> None:
    import xlsxwriter

    text = _SHEET_TEXT[table.lang]
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

        ws = wb.add_worksheet(_sheet_name(table.title))
        frame = table.frame
        numeric = set(table.numeric_columns)
        widths = [display_width(str(c)) for c in frame.columns]
        is_numeric = [name in numeric for name in frame.columns]
        whole_fmt = [integer if str(frame[name].dtype) == "Int64" else whole for name in frame.columns]
        for c, name in enumerate(frame.columns):
            ws.write_string(0, c, str(name), head)
        for r, row in enumerate(frame.itertuples(index=False, name=None), start=1):
            measure = r <= WIDTH_SAMPLE_ROWS  # column widths fit the first rows (all, in small tables)
            for c, value in enumerate(row):
                if _missing(value):
                    ws.write_blank(r, c, None, cell)
                    continue
                if is_numeric[c]:
                    v = float(value)
                    if math.isfinite(v):
                        fmt = whole_fmt[c] if v.is_integer() and abs(v) < 1e15 else number
                        ws.write_number(r, c, v, fmt)
                        if measure:
                            widths[c] = max(widths[c], len(f"{v:,.4f}".rstrip("0").rstrip(".")))
                    else:
                        ws.write_blank(r, c, None, cell)
                    continue
                s = str(value)
                ws.write_string(r, c, s, quoted if is_formula_like(s) else cell)
                if measure:
                    widths[c] = max(widths[c], display_width(s))
        for c, w in enumerate(widths):
            ws.set_column(c, c, min(max(w + 2, 8), 60))
        ws.freeze_panes(1, 0)
        if len(frame):
            ws.autofilter(0, 0, len(frame), max(len(frame.columns) - 1, 0))

        src = wb.add_worksheet(_sheet_name(text["sources"]))
        total = total_rows if total_rows is not None else len(frame)
        rows_text = (text["all_rows"].format(n=len(frame)) if total == len(frame)
                     else text["some_rows"].format(n=len(frame), total=total))
        info = [(text["table"], table.title), (text["rows"], rows_text),
                (text["edition"], meta.edition),
                # The facts' own dates (these rows' sources) and our review date, never the latter alone.
                (text["data_date"], format_coverage(SourceCoverage(*date_range(list(sources)), meta.data_date),
                                                    table.lang, label=False)),
                (text["app"], f"E-Town Investor Desktop {__version__}")]
        for r, (k, v) in enumerate(info):
            src.write_string(r, 0, k, bold)
            src.write_string(r, 1, v)
        start = len(info) + 1
        cols = [text["ref"], text["title"], text["publisher"], text["date"], text["file"], text["note"]]
        for c, name in enumerate(cols):
            src.write_string(start, c, name, head)
        for r, s in enumerate(sources, start=start + 1):
            note = (s.note_zh if table.lang == "zh" else s.note_en) or ""
            values = [s.ref, s.title(table.lang), format_publisher(s, table.lang),
                      format_source_date(s, table.lang), s.seed_file, note]
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


def export_table(repo: Repository, table_id: str, path: Path | str, lang: str = "en",
                 rows: Sequence[int] | None = None, excel: bool = False) -> Path:
    """Export table ``table_id`` (all rows, or the ``rows`` positions) to .csv or .xlsx."""
    path = check_extension(path, TABLE_EXTENSIONS)
    full = build_table(repo, table_id, lang)
    table = full.subset(rows)
    if path.suffix.lower() == ".csv":
        return write_csv(table, path, excel=excel)
    sources = table_sources(repo, table)
    return write_xlsx(table, path, repo.metadata, sources, total_rows=len(full.frame))


__all__ = ["ExportFailed", "csv_bytes", "xlsx_bytes", "table_sources", "export_table", "neutralise", "write_csv", "write_xlsx"]
