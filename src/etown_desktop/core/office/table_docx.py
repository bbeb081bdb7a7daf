"""Any table of the app as a Word table: a real table (header row repeated on every page), the
table's sources under it, edition and "data as of" in the footer."""

from __future__ import annotations

from pathlib import Path

from docx.shared import Pt

from etown_desktop import __version__
from etown_desktop.core.coverage import coverage_text
from etown_desktop.core.export.atomic import check_extension, write_with
from etown_desktop.core.export.tabular import number_text, table_sources
from etown_desktop.core.export.texts import edition_line
from etown_desktop.core.export.texts import text as etext
from etown_desktop.core.formatting import format_publisher, format_source_date, normalize_lang
from etown_desktop.core.office.docx_base import (
    append_rows,
    footer,
    grid_table,
    heading,
    muted,
    new_document,
    repeat_header,
)
from etown_desktop.core.office.texts import text
from etown_desktop.core.repository import Repository
from etown_desktop.core.tables import Table, build_table


def cell_text(value: object, numeric: bool) -> str:
    """The cell as the CSV export writes it (whole numbers without decimals, empty for missing)."""
    if value is None:
        return ""
    try:
        import pandas as pd

        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    if numeric:
        return number_text(value)
    return str(value)


def build_table_docx(repo: Repository, table: Table):
    lang = normalize_lang(table.lang)
    cols = list(table.frame.columns)
    doc = new_document(landscape=len(cols) > 6)
    size = Pt(9 if len(cols) <= 6 else (7.5 if len(cols) <= 12 else 6.5))
    heading(doc, table.title, 1)
    muted(doc.add_paragraph(text(lang, "table_rows", n=f"{len(table.frame):,}")))
    numeric = {c for c in cols if c in table.numeric_columns}
    grid = grid_table(doc, len(cols))
    for cell, name in zip(grid.rows[0].cells, cols):
        run = cell.paragraphs[0].add_run(str(name))
        run.bold = True
        run.font.size = size
    repeat_header(grid.rows[0])
    flags = [name in numeric for name in cols]
    append_rows(grid, ([cell_text(v, f) for v, f in zip(values, flags)]
                       for values in table.frame.itertuples(index=False, name=None)), size.pt)
    heading(doc, etext(lang, "sources"), 2)
    for s in table_sources(repo, table):
        sep = "，" if lang == "zh" else ", "
        doc.add_paragraph(sep.join([s.ref, s.title(lang), format_publisher(s, lang), format_source_date(s, lang)]))
    meta = repo.metadata
    footer(doc, [f"{edition_line(lang, meta.edition, meta.data_date)} · {__version__}",
                 coverage_text(repo, lang)])
    doc.core_properties.title = table.title
    return doc


def export_table_docx(repo: Repository, table_id: str, path: Path | str, lang: str = "en") -> Path:
    path = check_extension(path, [".docx"])
    doc = build_table_docx(repo, build_table(repo, table_id, lang))
    return write_with(path, lambda tmp: doc.save(str(tmp)))
