"""The Excel template: one sheet per table with explained headers, dropdown lists and the
current rows, an ``article_text`` sheet (one row per paragraph) and an ``edition`` sheet."""

from __future__ import annotations

from pathlib import Path

from etown_desktop.core.db import schema
from etown_desktop.core.editions.raw import RawEdition, csv_columns, file_tables
from etown_desktop.core.provenance import split_paragraphs

ARTICLE_SHEET = "article_text"
EDITION_SHEET = "edition"
README_SHEET = "read_me"
MAX_ROWS = 20_000  # how far the dropdowns and formats reach

# Column explanations (header comments), English then Chinese.
HELP: dict[str, tuple[str, str]] = {
    "id": ("Unique id of the row. Never reuse an id for a different fact.", "唯一编号，不可重复使用。"),
    "source_id": ("The id of a row in the sources sheet.", "sources 表中的来源编号。"),
    "paragraph": ("Paragraph number in the source article: the n-th non-blank line "
                  "(see the article_text sheet).", "来源文章中的段落编号（见 article_text 表）。"),
    "value": ("The number exactly as the source writes it (it must appear in the cited paragraph).",
              "与原文一致的数值（须出现在引用段落中）。"),
    "unit": ("Pick a unit id from the list (units sheet).", "从列表中选择单位编号（units 表）。"),
    "qualifier": ("As the source states it: exact, about, nearly, more_than, at_least, less_than, "
                  "at_most.", "按原文表述选择：exact、about、nearly、more_than 等。"),
    "topic": ("The app tab that shows the figure.", "显示该数据的页面主题。"),
    "usd_value": ("The source's own US-dollar conversion, if it gives one (same scale).",
                  "原文给出的美元折算值（同一数量级），如有。"),
    "year": ("The year the figure refers to, only if the source states it.", "数据所属年份（仅限原文写明）。"),
    "seed_file": ("File name of the article text, ending in .txt.", "文章全文的文件名，以 .txt 结尾。"),
    "published": ("Publication date YYYY-MM-DD, empty if the page prints none.",
                  "发布日期 YYYY-MM-DD，页面未载明则留空。"),
    "publisher": ("Publisher as printed on the page; empty if none is printed.",
                  "页面载明的发布机构，未载明则留空。"),
    "note": ("For hand_checks: must start with \"checked by hand:\" and say what was checked.",
             "须以“checked by hand:”开头并写明核对内容。"),
    "figure_id": ("The id of a row in the figures sheet.", "figures 表中的数据编号。"),
    "text": ("One paragraph of the article, as printed.", "文章的一个段落（按原文）。"),
}
README = [
    ("How to update the facts", "如何更新数据"),
    ("1. Edit or add rows in the sheets; keep the header row as it is.", "1. 在各表中修改或新增行，表头保持不变。"),
    ("2. A new source: add a row to sources and its article to article_text, one paragraph a row.",
     "2. 新来源：在 sources 表加一行，并在 article_text 表逐段填入文章全文。"),
    ("3. Every figure cites a source and paragraph; its number must stand in that paragraph.",
     "3. 每个数据须引用来源和段落，数值须出现在该段中。"),
    ("4. Type values, not formulas. Columns ending _en and _zh are filled together.",
     "4. 请填写数值而非公式。以 _en 和 _zh 结尾的列须同时填写。"),
    ("5. In the app: Data > Import update… (or etown-desktop data import FILE.xlsx).",
     "5. 在应用中：数据 > 导入更新…（或 etown-desktop data import FILE.xlsx）。"),
]


def _column_help(table: str, col: str) -> str:
    kind = schema.TABLES[table][1][col]
    required = col not in schema.NULLABLE.get(table, set())
    en, zh = HELP.get(col, ("", ""))
    if col.endswith("_en"):
        en, zh = "English text.", "英文。"
    elif col.endswith("_zh"):
        en, zh = "Chinese text.", "中文。"
    kind_en = {str: "text", int: "whole number", float: "number"}[kind]
    need = "required" if required else "may be empty"
    return f"{col}: {kind_en}, {need}. {en}\n{zh}".strip()


def _cell(kind: type, raw: str):
    if raw == "" or kind is str:
        return raw
    try:
        n = float(raw)
    except ValueError:
        return raw
    return int(n) if n.is_integer() else n


def write_template(edition: RawEdition, out: Path) -> Path:
    """Write the workbook atomically (xlsxwriter: fast, and writes data validation lists)."""
    import xlsxwriter

    from etown_desktop.core.export.atomic import atomic_path

    with atomic_path(out) as tmp:
        wb = xlsxwriter.Workbook(str(tmp), {"strings_to_numbers": False,
                                            "strings_to_formulas": False, "strings_to_urls": False})
        head = wb.add_format({"bold": True, "bg_color": "#DCE6F1", "border": 1})
        text = wb.add_format({"num_format": "@"})
        readme = wb.add_worksheet(README_SHEET)
        readme.set_column(0, 1, 90)
        for r, (en, zh) in enumerate(README):
            readme.write_string(r, 0, en, head if r == 0 else None)
            readme.write_string(r, 1, zh, head if r == 0 else None)
        meta = wb.add_worksheet(EDITION_SHEET)
        meta.write_row(0, 0, ["key", "value"], head)
        meta.write_string(1, 0, "data_date")
        meta.write_string(1, 1, edition.data_date, text)
        meta.write_comment(1, 1, "The date of this review of the data, YYYY-MM-DD.\n本次数据审核日期。")
        meta.set_column(0, 1, 24)
        for table in file_tables():
            _write_table(wb, table, edition, head, text)
        _write_articles(wb, edition, head, text)
        wb.close()
    return Path(out)


def _write_table(wb, table: str, edition: RawEdition, head, text) -> None:
    ws = wb.add_worksheet(table)
    columns = csv_columns(table)
    kinds = schema.TABLES[table][1]
    for c, col in enumerate(columns):
        ws.write_string(0, c, col, head)
        ws.write_comment(0, c, _column_help(table, col), {"x_scale": 2.5, "y_scale": 1.6})
        width = 40 if col.endswith(("_en", "_zh")) or col.startswith("description") else 16
        ws.set_column(c, c, width, text if kinds[col] is str else None)
    for r, row in enumerate(edition.rows(table), start=1):
        for c, col in enumerate(columns):
            value = _cell(kinds[col], row.values.get(col, ""))
            if value == "":
                continue
            if isinstance(value, str):
                ws.write_string(r, c, value)
            else:
                ws.write_number(r, c, value)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(len(edition.rows(table)), 1), len(columns) - 1)
    lists = {"qualifier": list(schema.QUALIFIERS), "topic": list(schema.TOPICS)}
    refs = {"unit": "=units!$A$2:$A$2000", "source_id": "=sources!$A$2:$A$2000",
            "figure_id": "=figures!$A$2:$A$20000"}
    for c, col in enumerate(columns):
        if table == "figures" and col in lists:
            ws.data_validation(1, c, MAX_ROWS, c, {"validate": "list", "source": lists[col],
                                                   "error_title": col,
                                                   "error_message": "Pick a value from the list."})
        elif col in refs and table not in ("units", "sources"):
            ws.data_validation(1, c, MAX_ROWS, c, {"validate": "list", "source": refs[col],
                                                   "error_title": col,
                                                   "error_message": "Pick an id from the list."})


def _write_articles(wb, edition: RawEdition, head, text) -> None:
    ws = wb.add_worksheet(ARTICLE_SHEET)
    ws.write_row(0, 0, ["source_id", "paragraph", "text"], head)
    for c, col in enumerate(("source_id", "paragraph", "text")):
        ws.write_comment(0, c, f"{col}: " + "\n".join(HELP.get(col, ("", ""))))
    ws.set_column(0, 0, 24, text)
    ws.set_column(1, 1, 10)
    ws.set_column(2, 2, 120, text)
    seed_to_id = {r.values["seed_file"]: r.values["id"] for r in edition.rows("sources")}
    r = 1
    for seed_file, article in edition.articles.items():
        for n, para in enumerate(split_paragraphs(article), start=1):
            ws.write_string(r, 0, seed_to_id.get(seed_file, seed_file))
            ws.write_number(r, 1, n)
            ws.write_string(r, 2, para)
            r += 1
    ws.freeze_panes(1, 0)
    ws.data_validation(1, 0, MAX_ROWS * 10, 0, {"validate": "list", "source": "=sources!$A$2:$A$2000"})
