"""The meeting brief as a Word document: the same content as the PDF brief — cover, one item
after another under real headings (Heading 1/2), figures with qualifiers and numbered citations,
charts as 300 dpi pictures with alt text, the sources, edition and "data as of" in the footer;
"both" sets English and Chinese side by side in a two-column table per item.

The chart pictures are drawn by the UI layer (the app's chart PNG export) and handed in through
``chart_png``: the core stays Qt-free."""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import Callable

from docx.shared import Inches, Pt

from etown_desktop import __version__
from etown_desktop.core.brief.model import Brief
from etown_desktop.core.brief.resolve import Line, ResolvedItem, citation_sources, resolve_brief
from etown_desktop.core.brief.texts import text as btext
from etown_desktop.core.charts import build_chart
from etown_desktop.core.coverage import coverage_text
from etown_desktop.core.export.atomic import check_extension, write_with
from etown_desktop.core.export.texts import APP_NAME
from etown_desktop.core.formatting import format_publisher, format_source_date
from etown_desktop.core.office.chart_points import alt_text
from etown_desktop.core.office.citations import chart_figures
from etown_desktop.core.office.docx_base import (
    append_rows,
    cant_split,
    footer,
    grid_table,
    heading,
    muted,
    new_document,
    para,
    repeat_header,
    set_alt_text,
    usable_width,
)
from etown_desktop.core.records import Source
from etown_desktop.core.repository import Repository

log = logging.getLogger(__name__)

# (chart id, language, width in inches) -> PNG bytes drawn at 300 dpi for that width
ChartPng = Callable[[str, str, float], bytes]
DPI = 300
LANG_NAMES = {"en": "English", "zh": "中文"}


def _langs(lang: str) -> list[str]:
    return ["en", "zh"] if lang == "both" else ["zh" if lang == "zh" else "en"]


def _joined(texts: dict[str, str]) -> str:
    return " · ".join(texts.values())


def cite(lang: str, numbers: dict[str, int], line: Line) -> str:
    f = line.figure
    return btext(lang, "cite", n=numbers[f.source.id], p=f.paragraph) if f is not None else ""


def line_text(lang: str, numbers: dict[str, int], line: Line) -> str:
    if line.figure is not None:
        return f"{line.text(lang)} {cite(lang, numbers, line)}"
    return line.text(lang)


def source_entry(lang: str, n: int, s: Source) -> str:
    sep = "，" if lang == "zh" else ", "
    title = f"“{s.title(lang)}”" if lang == "zh" else f'"{s.title(lang)}"'
    return f"[{n}] {s.ref} {title}{sep}{format_publisher(s, lang)}{sep}{format_source_date(s, lang)}"


def build_brief_docx(repo: Repository, brief: Brief, lang: str | None = None,
                     chart_png: ChartPng | None = None):
    lang = lang or brief.lang or "en"
    langs = _langs(lang)
    doc = new_document()
    items = [it for it in resolve_brief(repo, brief) if it.status != "removed"]
    sources = citation_sources(items)
    numbers = {s.id: i for i, s in enumerate(sources, start=1)}
    _cover(doc, repo, brief, langs, items)
    for n, it in enumerate(items, start=1):
        _item(doc, repo, langs, n, it, numbers, chart_png)
    if sources:
        heading(doc, _joined({lg: btext(lg, "sources") for lg in langs}), 1)
        if len(langs) == 1:
            for i, s in enumerate(sources, start=1):
                doc.add_paragraph(source_entry(langs[0], i, s))
        else:
            rows = [{lg: source_entry(lg, i, s) for lg in langs} for i, s in enumerate(sources, start=1)]
            _two_columns(doc, langs, rows)
    meta = repo.metadata
    footer(doc, [f"{APP_NAME[langs[0]]} {__version__} · "
                 + _joined({lg: f"{btext(lg, 'edition')} {meta.edition}" for lg in langs[:1]}),
                 *(coverage_text(repo, lg) for lg in langs)])
    props = doc.core_properties
    props.title = _joined({lg: btext(lg, "title") for lg in langs}) + (
        f" — {brief.cover.company}" if brief.cover.company else "")
    props.author = brief.cover.staffer or APP_NAME[langs[0]]
    props.comments = f"{btext('en', 'edition')} {meta.edition}"
    return doc


def export_brief_docx(repo: Repository, brief: Brief, path: Path | str, lang: str | None = None,
                      chart_png: ChartPng | None = None) -> Path:
    """Write the brief as .docx to ``path`` atomically."""
    path = check_extension(path, [".docx"])
    doc = build_brief_docx(repo, brief, lang, chart_png)
    return write_with(path, lambda tmp: doc.save(str(tmp)))


def _cover(doc, repo: Repository, brief: Brief, langs: list[str], items: list[ResolvedItem]) -> None:
    para(doc, _joined({lg: btext(lg, "title") for lg in langs}), "Title")
    para(doc, _joined({lg: btext(lg, "subtitle") for lg in langs}), "Subtitle")
    cover = brief.cover
    for key, value in (("company", cover.company), ("date", cover.date), ("staffer", cover.staffer),
                       ("contact", cover.contact)):
        if value:
            p = doc.add_paragraph()
            p.add_run(" / ".join(btext(lg, key) for lg in langs) + ("：" if langs == ["zh"] else ": ")).bold = True
            p.add_run(value)
    meta = repo.metadata
    for lg in langs:
        muted(doc.add_paragraph(f"{btext(lg, 'edition')} {meta.edition} · {coverage_text(repo, lg)}"))
    for lg in langs:
        muted(doc.add_paragraph(btext(lg, "qualifiers")))
    p = doc.add_paragraph()
    p.add_run(_joined({lg: btext(lg, "contents") for lg in langs})).bold = True
    if not items:
        doc.add_paragraph(_joined({lg: btext(lg, "empty") for lg in langs}))
    for n, it in enumerate(items, start=1):
        doc.add_paragraph(f"{n}. " + _joined({lg: it.title(lg) for lg in langs}))


def _item(doc, repo: Repository, langs: list[str], n: int, it: ResolvedItem, numbers: dict[str, int],
          chart_png: ChartPng | None) -> None:
    heading(doc, f"{n}. " + _joined({lg: it.title(lg) for lg in langs}), 1)
    if it.status == "changed":
        for lg in langs:
            doc.add_paragraph().add_run(btext(lg, "changed")).bold = True
    if it.chart_id and chart_png is not None:
        _chart(doc, repo, langs, it.chart_id, chart_png)
    pending: list[dict[str, str]] = []

    def flush() -> None:
        if pending:
            _two_columns(doc, langs, pending)
            pending.clear()

    for ln in it.lines:
        if ln.style == "heading":
            flush()
            heading(doc, _joined({lg: ln.text(lg) for lg in langs}), 2)
        elif len(langs) > 1:
            pending.append({lg: ("• " if ln.figure is not None else "") + line_text(lg, numbers, ln)
                            for lg in langs})
        elif ln.figure is not None:
            para(doc, line_text(langs[0], numbers, ln), "List Bullet")
        else:
            doc.add_paragraph(line_text(langs[0], numbers, ln))
    flush()


def _chart(doc, repo: Repository, langs: list[str], chart_id: str, chart_png: ChartPng) -> None:
    spec = build_chart(repo, chart_id)
    figures = {f.id: f for f in chart_figures(repo, spec)}
    full = usable_width(doc)
    if len(langs) == 1:
        width_in = full / 914400
        shape = doc.add_picture(io.BytesIO(chart_png(chart_id, langs[0], width_in)), width=Inches(width_in))
        set_alt_text(shape, alt_text(spec, figures, langs[0]), spec.title(langs[0]))
        return
    table = doc.add_table(rows=1, cols=len(langs))
    cell_in = full / 914400 / len(langs) - 0.15
    for cell, lg in zip(table.rows[0].cells, langs):
        run = cell.paragraphs[0].add_run()
        shape = run.add_picture(io.BytesIO(chart_png(chart_id, lg, cell_in)), width=Inches(cell_in))
        set_alt_text(shape, alt_text(spec, figures, lg), spec.title(lg))


def _two_columns(doc, langs: list[str], rows: list[dict[str, str]]) -> None:
    table = grid_table(doc, len(langs))
    for cell, lg in zip(table.rows[0].cells, langs):
        cell.text = LANG_NAMES[lg]
        for r in cell.paragraphs[0].runs:
            r.bold = True
            r.font.size = Pt(9)
    repeat_header(table.rows[0])
    append_rows(table, ([row[lg] for lg in langs] for row in rows))
    cant_split(table)
