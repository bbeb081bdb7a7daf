"""The one-page A4 fact sheet (PDF, en or zh): KPI cards, key charts, clusters, reforms, sources.

Drawn with QPainter on a QPdfWriter (vector, the bundled subset font embedded, so Chinese shows
on machines without a CJK font). The same :func:`paint_factsheet` prints to a QPrinter.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPdfWriter

from etown_desktop import __version__
from etown_desktop.core.charts import build_chart
from etown_desktop.core.coverage import coverage_text
from etown_desktop.core.errors import EtownError, ExportFailed
from etown_desktop.core.export.atomic import check_extension, write_with
from etown_desktop.core.export.texts import APP_NAME, text
from etown_desktop.core.formatting import aside, format_period, format_publisher, format_source_date, format_value
from etown_desktop.core.queries.featured import MAX_LISTED_SOURCES, featured_sources_of
from etown_desktop.core.repository import Repository
from etown_desktop.core.trust.signers import signer_line, signer_of
from etown_desktop.ui.export.canvas import QtCanvas, measure
from etown_desktop.ui.export.chart_renderer import (
    INK,
    MUTED,
    PALETTE,
    NullCanvas,
    render_chart,
    text_block,
    wrap,
)
from etown_desktop.ui.export.chart_renderer import MARGIN as CHART_MARGIN

log = logging.getLogger(__name__)

PAGE_W, PAGE_H = 210 / 25.4 * 96, 297 / 25.4 * 96  # A4 in 96-dpi logical pixels
MARGIN = 34.0
ACCENT, CARD_BG, RULE = PALETTE[0], "#eef3f9", "#d5dbe3"
KPI_METRICS = ("industrial_output", "gdp", "hightech_industry_share",
               "fortune500_companies", "foreign_invested_firms", "utilized_fdi")
KEY_CHARTS = ("overview.output_trend", "overview.industry_shares")
CHART_LOGICAL_W = 640.0
# The third key chart, across the page under the reforms; the narrowest logical width that fits wins
# (wider = smaller text: 1300 keeps it near the section headings, 1400 is the scale of the two
# charts above and the smallest allowed).
WIDE_CHART = "reforms.work_permit"
WIDE_CHART_WIDTHS = (1300.0, 1350.0, 1400.0)
CLUSTER_COLUMN_SHARE = 0.44
SOURCE_PX, FOOTER_PX = 8.5, 9.5
CLUSTER_GROUP = "etown_hundred_billion"


@dataclass
class _Pen:
    """Wrapped text blocks in the fact sheet's spacing (tighter than the charts')."""

    c: QtCanvas

    def block(self, x: float, y: float, s: str, size: float, color: str, width: float,
              bold: bool = False, max_lines: int = 0, leading: float = 1.28) -> float:
        return text_block(self.c, x, y, s, size, color, width, bold, max_lines=max_lines,
                          leading=leading, baseline=0.3)


def paint_factsheet(repo: Repository, painter: QPainter, lang: str = "en") -> None:
    """Draw the fact sheet on an A4 page whose painter works in 96-dpi logical pixels."""
    c = QtCanvas(painter)
    pen = _Pen(c)

    # Header band
    c.rect(0, 0, PAGE_W, 88, ACCENT)
    c.text(MARGIN, 44, text(lang, "factsheet_title"), 27, "#ffffff", bold=True)
    c.text(MARGIN, 70, text(lang, "factsheet_subtitle"), 13, "#ffffff")
    y = _kpi_cards(repo, c, pen, lang, 104.0)
    y = _key_charts(repo, painter, lang, y)
    c.line(MARGIN, y, PAGE_W - MARGIN, y, RULE)
    y = _clusters_and_reforms(repo, pen, lang, y + 8)

    # Sources and footer anchored to the bottom; the wide chart fills the band between.
    bottom_h = _bottom_height(repo, lang)
    bottom_top = PAGE_H - MARGIN - bottom_h
    y = _wide_chart(repo, painter, lang, y, bottom_top)
    sy = max(y, bottom_top)
    if sy + bottom_h > PAGE_H - 8:
        log.warning("fact sheet content runs %.0f px past the page", sy + bottom_h - PAGE_H)
    _sources_and_footer(repo, c, pen, lang, sy)


def _kpi_cards(repo: Repository, c: QtCanvas, pen: _Pen, lang: str, y: float) -> float:
    """Headline KPI cards, 3 x 2; returns the y below them."""
    inner = PAGE_W - 2 * MARGIN
    cols, gap, card_h = 3, 10.0, 80.0
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
    return y + 2 * card_h + gap + 12


def _key_charts(repo: Repository, painter: QPainter, lang: str, y: float) -> float:
    """The key charts side by side, at the scale of a 640-px-wide chart; returns the y below."""
    inner = PAGE_W - 2 * MARGIN
    chart_gap = 16.0
    box_w = (inner - chart_gap) / len(KEY_CHARTS)
    scale = box_w / CHART_LOGICAL_W
    y -= CHART_MARGIN * 0.7 * scale * 0.6  # part of the charts' own blank band above the title
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
    return y + tallest + 6


def _clusters_and_reforms(repo: Repository, pen: _Pen, lang: str, y: float) -> float:
    """Clusters (narrower left column) and reforms (wider right column); returns the y below."""
    inner = PAGE_W - 2 * MARGIN
    gutter = 22.0
    left_w = (inner - gutter) * CLUSTER_COLUMN_SHARE
    right_w = inner - gutter - left_w
    left_x, right_x = MARGIN, MARGIN + left_w + gutter
    ly = pen.block(left_x, y, text(lang, "clusters"), 15, ACCENT, left_w, bold=True)
    for cl in repo.clusters(CLUSTER_GROUP):
        ly = pen.block(left_x, ly + 4, cl.name(lang), 11.5, INK, left_w, bold=True)
        desc = cl.description_zh if lang == "zh" else cl.description_en
        ly = pen.block(left_x, ly, desc, 10, MUTED, left_w, max_lines=3)
    ry = pen.block(right_x, y, text(lang, "reforms"), 15, ACCENT, right_w, bold=True)
    for r in repo.reforms():
        name = r.name(lang) + (aside(text(lang, "first_in_beijing"), lang) if r.first_in_beijing else "")
        ry = pen.block(right_x, ry + 4, name, 11.5, INK, right_w, bold=True, max_lines=2)
        what = r.what_changed_zh if lang == "zh" else r.what_changed_en
        ry = pen.block(right_x, ry, what, 10, MUTED, right_w, max_lines=3)
    return max(ly, ry) + 6


def _wide_chart(repo: Repository, painter: QPainter, lang: str, y: float, limit: float) -> float:
    """The third key chart across the page, as large as the band above the sources allows.

    The chart's own side margins are pulled outside the page margins so its text lines up with
    the rest of the page; it is skipped (with a warning) rather than pushed off the page.
    """
    spec = build_chart(repo, WIDE_CHART)
    inner = PAGE_W - 2 * MARGIN
    for width in WIDE_CHART_WIDTHS:
        scale = inner / (width - 2 * CHART_MARGIN)
        top_pad = CHART_MARGIN * 0.7 * scale  # the chart's blank band above its title
        h = render_chart(spec, NullCanvas(), lang, None, width=width) * scale - top_pad
        if y + 6 + h <= limit:
            break
    else:
        log.warning("fact sheet: no room for %s", WIDE_CHART)
        return y
    free = limit - (y + 6 + h)
    top = y + 6 + min(free / 2, 30.0)
    painter.save()
    painter.translate(MARGIN - CHART_MARGIN * scale, top - top_pad)
    painter.scale(scale, scale)
    render_chart(spec, QtCanvas(painter), lang, None, width=width)
    painter.restore()
    return top + h


def _source_lines(repo: Repository, lang: str) -> list[str]:
    inner = PAGE_W - 2 * MARGIN
    lines = []
    sep = "，" if lang == "zh" else ", "
    # One page at any scale: the sources with the most figures, then "… and N more".
    listed, more = featured_sources_of(repo, MAX_LISTED_SOURCES)
    for s in listed:
        title = f"“{s.title(lang)}”" if lang == "zh" else f'"{s.title(lang)}"'
        lines.append(f"{s.ref}  {title}{sep}{format_publisher(s, lang)}{sep}{format_source_date(s, lang)}")
    if more:
        lines.append(text(lang, "more_sources", n=f"{more:,}"))
    return [ln for s in lines for ln in wrap(s, SOURCE_PX, inner)]


def _footer_lines(repo: Repository, lang: str) -> tuple[list[str], list[str]]:
    """(bold "data as of" lines, muted edition/qualifier lines); the app and version (and who
    signed the edition, when it fits there) are drawn right-aligned on the first bold line."""
    right, signer_right = _right_line(repo, lang)
    inner = PAGE_W - 2 * MARGIN - measure(right, SOURCE_PX) - 16
    # "Data as of" = the sources' own dates and our review date (never the review date alone).
    as_of = wrap(coverage_text(repo, lang), FOOTER_PX, inner, bold=True)
    signer = "" if signer_right else f"{signer_line(signer_of(repo.metadata.edition), lang)} · "
    note = (f"{text(lang, 'edition_note', edition=repo.metadata.edition)} · {signer}"
            f"{text(lang, 'page_note')}")
    return as_of, wrap(note, SOURCE_PX, PAGE_W - 2 * MARGIN)


def _app_line(lang: str) -> str:
    return f"{APP_NAME[lang]} {__version__}"


def _right_line(repo: Repository, lang: str) -> tuple[str, bool]:
    """(the right-aligned text of the first footer line, whether it names the signer): "Signed by
    NAME · key 3F2A… · app version" when "data as of" still fits beside it on one line, else the
    app and version alone (the signer then goes into the muted line)."""
    app = _app_line(lang)
    with_signer = f"{signer_line(signer_of(repo.metadata.edition), lang)} · {app}"
    room = PAGE_W - 2 * MARGIN - measure(with_signer, SOURCE_PX) - 16
    if measure(coverage_text(repo, lang), FOOTER_PX, bold=True) <= room:
        return with_signer, True
    return app, False


def _bottom_height(repo: Repository, lang: str) -> float:
    as_of, note = _footer_lines(repo, lang)
    return (11 * 1.28 + 2 + len(_source_lines(repo, lang)) * SOURCE_PX * 1.3 + 8
            + len(as_of) * FOOTER_PX * 1.28 + len(note) * SOURCE_PX * 1.28)


def _sources_and_footer(repo: Repository, c: QtCanvas, pen: _Pen, lang: str, sy: float) -> None:
    inner = PAGE_W - 2 * MARGIN
    c.line(MARGIN, sy, PAGE_W - MARGIN, sy, RULE)
    sy = pen.block(MARGIN, sy + 2, text(lang, "sources"), 11, INK, inner, bold=True)
    for ln in _source_lines(repo, lang):
        sy += SOURCE_PX * 1.3
        c.text(MARGIN, sy - SOURCE_PX * 0.3, ln, SOURCE_PX, MUTED)
    sy += 8
    as_of, note = _footer_lines(repo, lang)
    c.text(PAGE_W - MARGIN, sy + FOOTER_PX * 0.98, _right_line(repo, lang)[0], SOURCE_PX, MUTED,
           anchor="end")
    for ln in as_of:
        sy += FOOTER_PX * 1.28
        c.text(MARGIN, sy - FOOTER_PX * 0.3, ln, FOOTER_PX, INK, True)
    for ln in note:
        sy += SOURCE_PX * 1.28
        c.text(MARGIN, sy - SOURCE_PX * 0.3, ln, SOURCE_PX, MUTED)


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
