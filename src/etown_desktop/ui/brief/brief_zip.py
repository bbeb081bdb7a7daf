"""The brief as a ZIP: the PDF, its charts (PNG + SVG, per language) and its figures (CSV + XLSX)."""

from __future__ import annotations

import logging
from pathlib import Path

from etown_desktop.core.brief.model import Brief
from etown_desktop.core.brief.resolve import resolve_brief
from etown_desktop.core.charts import build_chart
from etown_desktop.core.export.atomic import check_extension, write_with
from etown_desktop.core.export.tabular import csv_bytes, table_sources, xlsx_bytes
from etown_desktop.core.progress import Progress, no_progress
from etown_desktop.core.repository import Repository
from etown_desktop.core.tables import build_table
from etown_desktop.ui.brief.brief_pdf import brief_pdf_bytes
from etown_desktop.ui.export.chart_export import chart_image, chart_svg, png_bytes
from etown_desktop.ui.export.chart_renderer import Edition
from etown_desktop.ui.export.pack import PackContents, write_zip

log = logging.getLogger(__name__)

PNG_WIDTH = 2400


def build_brief_zip(repo: Repository, brief: Brief, lang: str | None = None,
                    progress: Progress = no_progress) -> PackContents:
    lang = lang or brief.lang
    langs = ["en", "zh"] if lang == "both" else [lang]
    meta = repo.metadata
    edition = Edition(meta.edition, meta.data_date)
    pack = PackContents(progress=progress)
    pack.add("brief.pdf", brief_pdf_bytes(repo, brief, lang))
    items = [it for it in resolve_brief(repo, brief) if it.status != "removed"]
    for it in items:
        if it.chart_id:
            spec = build_chart(repo, it.chart_id)
            for lg in langs:
                pack.add(f"charts/{it.chart_id}_{lg}.png", png_bytes(chart_image(spec, lg, edition, PNG_WIDTH)))
                pack.add(f"charts/{it.chart_id}_{lg}.svg", chart_svg(spec, lg, edition).encode("utf-8"))
    ids = {f.id for it in items for f in it.figures}
    for lg in langs:
        full = build_table(repo, "figures", lg)
        rows = [i for i, f in enumerate(repo.figures()) if f.id in ids]
        if rows:
            table = full.subset(rows)
            pack.add(f"tables/brief_figures_{lg}.csv", csv_bytes(table, excel=True))
            pack.add(f"tables/brief_figures_{lg}.xlsx",
                     xlsx_bytes(table, meta, table_sources(repo, table), total_rows=len(full.frame)))
    return pack


def export_brief_zip(repo: Repository, brief: Brief, path: Path | str, lang: str | None = None,
                     progress: Progress = no_progress) -> Path:
    """The ZIP at ``path``, atomically (``progress`` is told each file as it is made)."""
    path = check_extension(path, [".zip"])
    pack = build_brief_zip(repo, brief, lang, progress)
    return write_with(path, lambda tmp: write_zip(pack, tmp, repo.metadata.data_date))
