"""Read an edited workbook (.xlsx) into a :class:`RawEdition`.

Cells are read as values: a formula is reported as a problem and never evaluated; a workbook
with macros (``.xlsm``, ``vbaProject.bin``) is refused, and the file passes the ZIP safety
checks before openpyxl opens it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from etown_desktop.core.editions.raw import RawEdition, RawRow, canonical_cell, csv_columns, file_tables
from etown_desktop.core.editions.safezip import open_safe_zip
from etown_desktop.core.editions.workbook_template import ARTICLE_SHEET, EDITION_SHEET
from etown_desktop.core.errors import ImportRejected

MACRO_SUFFIXES = (".xlsm", ".xltm", ".xlsb", ".xls")


def _text(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return value.strip()
    return canonical_cell(value)


def _sheet_rows(ws, origin: str, edition: RawEdition):
    """(row number, [cell texts]) of each non-empty row; formulas become problems."""
    for r, cells in enumerate(ws.iter_rows(), start=1):
        values = []
        for c, cell in enumerate(cells):
            if getattr(cell, "data_type", None) == "f":
                edition.read_problems.append((origin, r, _column_name(ws, c), str(cell.value),
                                              "formula", {}))
                values.append("")
                continue
            values.append(_text(cell.value))
        if any(values):
            yield r, values


def _column_name(ws, index: int) -> str:
    return getattr(ws, "_etown_header", {}).get(index, str(index + 1))


def read_workbook(path: Path) -> RawEdition:
    path = Path(path)
    name = path.name
    if path.suffix.lower() in MACRO_SUFFIXES:
        raise ImportRejected("macros", f"{name}: macros are not accepted", name=name)
    with open_safe_zip(path) as zf:
        if any(n.lower().endswith("vbaproject.bin") for n in zf.namelist()):
            raise ImportRejected("macros", f"{name}: macros are not accepted", name=name)
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except (InvalidFileException, KeyError, ValueError, OSError, TypeError, IndexError,
            AttributeError, EOFError) as exc:
        raise ImportRejected("not_a_workbook", f"{name} is not a workbook ({exc})", name=name,
                             detail=type(exc).__name__) from exc
    except Exception as exc:  # openpyxl raises many kinds on damaged XML  # noqa: BLE001
        raise ImportRejected("not_a_workbook", f"{name} is not a workbook ({exc})", name=name,
                             detail=type(exc).__name__) from exc
    try:
        return _read(wb, name)
    finally:
        wb.close()


def _read(wb, name: str) -> RawEdition:
    edition = RawEdition(origin=name)
    where = {t: f"{name} › {t}" for t in [*file_tables(), EDITION_SHEET, ARTICLE_SHEET]}
    sheets = set(wb.sheetnames)
    if EDITION_SHEET in sheets:
        for _r, values in _sheet_rows(wb[EDITION_SHEET], where[EDITION_SHEET], edition):
            if values and values[0] == "data_date" and len(values) > 1:
                edition.data_date = values[1]
    else:
        edition.read_problems.append((where[EDITION_SHEET], 0, "", "", "missing_file", {}))
    for table in file_tables():
        if table not in sheets:
            edition.read_problems.append((where[table], 0, "", "", "missing_file", {}))
            continue
        edition.tables[table] = _table_rows(wb[table], table, where[table], edition)
    if ARTICLE_SHEET not in sheets:
        edition.read_problems.append((where[ARTICLE_SHEET], 0, "", "", "missing_file", {}))
    else:
        _articles(wb[ARTICLE_SHEET], where[ARTICLE_SHEET], edition)
    return edition


def _table_rows(ws, table: str, origin: str, edition: RawEdition) -> list[RawRow]:
    expected = csv_columns(table)
    rows: list[RawRow] = []
    header: list[str] | None = None
    for r, values in _sheet_rows(ws, origin, edition):
        if header is None:
            header = values
            while header and header[-1] == "":
                header.pop()
            if sorted(header) != sorted(expected):
                edition.read_problems.append((origin, r, "", ", ".join(header), "bad_header",
                                              {"expected": ", ".join(expected)}))
                return rows
            ws._etown_header = dict(enumerate(header))
            continue
        cells = dict(zip(header, values + [""] * (len(header) - len(values))))
        if len(values) > len(header) and any(values[len(header):]):
            edition.read_problems.append((origin, r, "", "", "field_count",
                                          {"found": len(values), "expected": len(header)}))
        rows.append(RawRow(origin, r, {c: cells.get(c, "") for c in expected}))
    if header is None:
        edition.read_problems.append((origin, 1, "", "", "bad_header",
                                      {"expected": ", ".join(expected)}))
    return rows


def _articles(ws, origin: str, edition: RawEdition) -> None:
    seed_of = {row.values.get("id"): row.values.get("seed_file", "") for row in edition.rows("sources")}
    paragraphs: dict[str, list[tuple[int, str]]] = {}
    ws._etown_header = {0: "source_id", 1: "paragraph", 2: "text"}
    for r, values in _sheet_rows(ws, origin, edition):
        if r == 1:
            continue
        values = values + [""] * (3 - len(values))
        source_id, number, text = values[:3]
        try:
            n = int(float(number))
        except ValueError:
            edition.read_problems.append((origin, r, "paragraph", number, "type_int", {}))
            continue
        if source_id not in seed_of:
            edition.read_problems.append((origin, r, "source_id", source_id, "foreign_key",
                                          {"table": "sources"}))
            continue
        paragraphs.setdefault(source_id, []).append((n, " ".join(text.split())))
    for source_id, paras in paragraphs.items():
        paras.sort()
        seed = seed_of[source_id]
        if seed:
            edition.articles[seed] = "\n\n".join(p for _n, p in paras if p) + "\n"
