"""The one-page A4 fact sheet (PDF, en or zh): KPI cards, key charts, clusters, reforms, sources.

Drawn with QPainter on a QPdfWriter (vector, the bundled subset font embedded, so Chinese shows
on machines without a CJK font). The same :func:`paint_factsheet` prints to a QPrinter.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPdfWriter

from etown_desktop import __version__
from etown_desktop.core.charts import build_chart
from etown_desktop.core.errors import EtownError, ExportFailed
from etown_desktop.core.export.atomic import check_extension, write_with
from etown_desktop.core.export.texts import APP_NAME, text
from etown_desktop.core.formatting import format_period, format_publisher, format_source_date, format_value
from etown_desktop.core.repository import Repository
from etown_desktop.ui.export.canvas import QtCanvas, measure
from etown_desktop.ui.export.chart_renderer import INK, MUTED, PALETTE, NullCanvas, render_chart, wrap

log = logging.getLogger(__name__)

PAGE_W, PAGE_H = 210 / 25.4 * 96, 297 / 25.4 * 96  # A4 in 96-dpi logical pixels
MARGIN = 34.0
ACCENT, CARD_BG, RULE = PALETTE[0], "#eef3f9", "#d5dbe3"
KPI_METRICS = ("industrial_output", "gdp", "hightech_industry_share",
               "fortune500_companies", "foreign_invested_firms", "utilized_fdi")
KEY_CHARTS = ("overview.output_trend", "overview.industry_shares")
CHART_LOGICAL_W = 640.0
CLUSTER_GROUP = "etown_hundred_billion"


@dataclass
class _Pen:
    c: QtCanvas

    def block(self, x: float, y: float, s: str, size: float, color: str, width: float,
              bold: bool = False, max_lines: int = 0, leading: float = 1.28) -> float:
        for line in wrap(s, size, width, bold, max_lines):
            y += size * leading
            self.c.text(x, y - size * 0.3, line, size, color, bold)
        return y


def paint_factsheet(repo: Repository, painter: QPainter, lang: str = "en") -> None:
    """Draw the fact sheet on an A4 page whose painter works in 96-dpi logical pixels."""
    c = QtCanvas(painter)
    pen = _Pen(c)
    meta = repo.metadata
    inner = PAGE_W - 2 * MARGIN

    # Header band
    c.rect(0, 0, PAGE_W, 88, ACCENT)
    c.text(MARGIN, 44, text(lang, "factsheet_title"), 27, "#ffffff", bold=True)
    c.text(MARGIN, 70, text(lang, "factsheet_subtitle"), 13, "#ffffff")
    y = 104.0

    # KPI cards: 3 x 2
    cols, gap, card_h = 3, 10.0, 84.0
    card_w = (inner - gap * (cols - 1)) / cols
    for i, metric in enumerate(KPI_METRICS):
        try:
            fig = repo.headline(metric)
        except EtownError:
            log.warning("fact sheet: no figure for %s", metric)
            continue
        x = MARGIN + (i % cols) * (card_w + gap)
        cy = y + (i // cols) * (card_h + gap)
        c.rect(x, cy, card_w, card_h, CARD_BG)
        c.rect(x, cy, 4, card_h, ACCENT)
        c.text(x + 14, cy + 30, format_value(fig, lang), 23, ACCENT, bold=True)
        ly = pen.block(x + 14, cy + 34, fig.label(lang), 11, INK, card_w - 22, max_lines=2)
        meta_line = f"{format_period(fig, lang)} · {fig.source.ref}"
        c.text(x + 14, max(ly + 12, cy + card_h - 8), meta_line, 9.5, MUTED)
    y += 2 * card_h + gap + 16

    # Key charts side by side
    chart_gap = 16.0
    box_w = (inner - chart_gap) / len(KEY_CHARTS)
    scale = box_w / CHART_LOGICAL_W
    tallest = 0.0
    for i, chart_id in enumerate(KEY_CHARTS):
        spec = build_chart(repo, chart_id)
        h = render_chart(spec, NullCanvas(), lang, None, width=CHART_LOGICAL_W) * scale
        painter.save()
        painter.translate(MARGIN + i * (box_w + chart_gap), y)
        painter.scale(scale, scale)
        render_chart(spec, QtCanvas(painter), lang, None, width=CHART_LOGICAL_W)
        painter.restore()
        tallest = max(tallest, h)
    y += tallest + 8
    c.line(MARGIN, y, PAGE_W - MARGIN, y, RULE)
    y += 8

    # Clusters (left) and reforms (right)
    col_w = (inner - 24) / 2
    left_x, right_x = MARGIN, MARGIN + col_w + 24
    ly = pen.block(left_x, y, text(lang, "clusters"), 15, ACCENT, col_w, bold=True)
    for cl in repo.clusters(CLUSTER_GROUP):
        ly = pen.block(left_x, ly + 4, cl.name(lang), 11.5, INK, col_w, bold=True)
        desc = cl.description_zh if lang == "zh" else cl.description_en
        ly = pen.block(left_x, ly, desc, 10, MUTED, col_w, max_lines=3)
    ry = pen.block(right_x, y, text(lang, "reforms"), 15, ACCENT, col_w, bold=True)
    for r in repo.reforms():
        name = r.name(lang) + (f"  ({text(lang, 'first_in_beijing')})" if r.first_in_beijing else "")
        ry = pen.block(right_x, ry + 4, name, 11.5, INK, col_w, bold=True, max_lines=2)
        what = r.what_changed_zh if lang == "zh" else r.what_changed_en
        ry = pen.block(right_x, ry, what, 10, MUTED, col_w, max_lines=3)
    y = max(ly, ry) + 10

    # Sources and footer, anchored to the bottom of the page
    sources = repo.sources()
    lines = []
    for s in sources:
        sep = "，" if lang == "zh" else ", "
        title = f"“{s.title(lang)}”" if lang == "zh" else f'"{s.title(lang)}"'
        lines.append(f"{s.ref}  {title}{sep}{format_publisher(s, lang)}{sep}{format_source_date(s, lang)}")
    src_size = 8.5
    wrapped = [ln for s in lines for ln in wrap(s, src_size, inner)]
    block_h = 18 + len(wrapped) * src_size * 1.3 + 36
    sy = max(y, PAGE_H - MARGIN - block_h)
    if sy + block_h > PAGE_H - 8:
        log.warning("fact sheet content runs %.0f px past the page", sy + block_h - PAGE_H)
    c.line(MARGIN, sy, PAGE_W - MARGIN, sy, RULE)
    sy = pen.block(MARGIN, sy + 2, text(lang, "sources"), 11, INK, inner, bold=True)
    for ln in wrapped:
        sy += src_size * 1.3
        c.text(MARGIN, sy - src_size * 0.3, ln, src_size, MUTED)
    sy += 8
    footer = text(lang, "data_as_of", date=meta.data_date, edition=meta.edition)
    sy = pen.block(MARGIN, sy, footer, 9.5, INK, inner, bold=True)
    pen.block(MARGIN, sy, f"{text(lang, 'page_note')}  {APP_NAME[lang]} {__version__}", 8.5, MUTED, inner)


def _setup_a4(device: QPagedPaintDevice) -> None:
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))


def write_factsheet_pdf(repo: Repository, target: Path | QIODevice, lang: str) -> None:
    """Write the PDF to a file path or an open QIODevice (e.g. a QBuffer)."""
    writer = QPdfWriter(target if isinstance(target, QIODevice) else str(target))
    writer.setResolution(96)
    _setup_a4(writer)
    writer.setTitle(text(lang, "factsheet_title"))
    writer.setCreator(f"{APP_NAME['en']} {__version__}")
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportFailed("Could not start writing the fact sheet PDF.")
    try:
        paint_factsheet(repo, painter, lang)
    finally:
        painter.end()


def factsheet_pdf_bytes(repo: Repository, lang: str = "en") -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    write_factsheet_pdf(repo, buf, lang)
    buf.close()
    return bytes(data.data())


def export_factsheet(repo: Repository, path: Path | str, lang: str = "en") -> Path:
    """Write the A4 fact sheet PDF to ``path`` atomically."""
    path = check_extension(path, [".pdf"])
    return write_with(path, lambda tmp: write_factsheet_pdf(repo, tmp, lang))


def page_rect() -> QRectF:
    return QRectF(0, 0, PAGE_W, PAGE_H)


_ = measure
