"""The brief as a multi-page A4 PDF (or print): cover, one block per item with its figures
(qualifiers, periods, numbered citations) and charts drawn as vectors, a sources appendix,
the edition and "data as of" on every page. Language "both" sets English and Chinese side by side.

The layout is computed first (blocks measured on a NullCanvas), so every footer knows the page
count; then each page is painted with the bundled font (Chinese shows on any machine).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPdfWriter

from etown_desktop import __version__
from etown_desktop.core.brief.model import Brief
from etown_desktop.core.brief.resolve import ResolvedItem, citation_sources, resolve_brief
from etown_desktop.core.brief.texts import text as btext
from etown_desktop.core.charts import build_chart
from etown_desktop.core.coverage import coverage_text
from etown_desktop.core.errors import ExportFailed
from etown_desktop.core.export.atomic import check_extension, write_with
from etown_desktop.core.export.texts import APP_NAME
from etown_desktop.core.formatting import format_publisher, format_source_date
from etown_desktop.core.repository import Repository
from etown_desktop.core.trust.signers import signer_line, signer_of
from etown_desktop.ui.export.canvas import QtCanvas
from etown_desktop.ui.export.chart_renderer import INK, MUTED, PALETTE, NullCanvas, render_chart, text_block

log = logging.getLogger(__name__)

PAGE_W, PAGE_H = 210 / 25.4 * 96, 297 / 25.4 * 96  # A4 in 96-dpi logical pixels
MARGIN, GUTTER, FOOTER_H = 44.0, 22.0, 34.0
ACCENT, RULE, WARN = PALETTE[0], "#d5dbe3", "#a15c00"
CHART_LOGICAL_W = 900.0
BODY_PX, HEAD_PX, SMALL_PX = 10.5, 14.0, 8.5

Draw = Callable[[QPainter, float], None]  # draws at the given top y


@dataclass
class _Layout:
    pages: list[list[tuple[float, Draw]]] = field(default_factory=lambda: [[]])
    y: float = MARGIN

    @property
    def bottom(self) -> float:
        return PAGE_H - MARGIN - FOOTER_H

    def new_page(self) -> None:
        self.pages.append([])
        self.y = MARGIN

    def add(self, height: float, draw: Draw, gap: float = 0.0) -> None:
        if self.y + height > self.bottom and self.y > MARGIN:
            self.new_page()
        self.pages[-1].append((self.y, draw))
        self.y += height + gap


def _langs(lang: str) -> list[str]:
    return ["en", "zh"] if lang == "both" else ["zh" if lang == "zh" else "en"]


def _columns(langs: list[str]) -> list[tuple[str, float, float]]:
    """(lang, x, width) of each column."""
    inner = PAGE_W - 2 * MARGIN
    w = (inner - GUTTER * (len(langs) - 1)) / len(langs)
    return [(lg, MARGIN + i * (w + GUTTER), w) for i, lg in enumerate(langs)]


def _text_row(lay: _Layout, cols, texts: dict[str, str], size: float, color: str = INK,
              bold: bool = False, gap: float = 3.0) -> None:
    """One row of wrapped text per language column, kept together on a page."""
    heights = [text_block(NullCanvas(), 0, 0, texts[lg], size, color, w, bold) for lg, _x, w in cols]

    def draw(p: QPainter, top: float) -> None:
        c = QtCanvas(p)
        for lg, x, w in cols:
            text_block(c, x, top, texts[lg], size, color, w, bold)
    lay.add(max(heights), draw, gap)


def _chart_row(lay: _Layout, cols, chart_id: str, repo: Repository) -> None:
    spec = build_chart(repo, chart_id)
    scale = cols[0][2] / CHART_LOGICAL_W
    heights = [render_chart(spec, NullCanvas(), lg, None, width=CHART_LOGICAL_W) for lg, _x, _w in cols]
    h = max(heights) * scale
    limit = lay.bottom - MARGIN
    if h > limit:  # a very tall chart shrinks to one page
        scale *= limit / h
        h = limit

    def draw(p: QPainter, top: float) -> None:
        for lg, x, _w in cols:
            p.save()
            p.translate(x, top)
            p.scale(scale, scale)
            render_chart(spec, QtCanvas(p), lg, None, width=CHART_LOGICAL_W)
            p.restore()
    lay.add(h, draw, 6)


def _rule(lay: _Layout, gap: float = 8.0) -> None:
    lay.add(1, lambda p, top: QtCanvas(p).line(MARGIN, top, PAGE_W - MARGIN, top, RULE), gap)


def _cover(lay: _Layout, repo: Repository, brief: Brief, cols, items: list[ResolvedItem]) -> None:
    langs = [lg for lg, _x, _w in cols]
    title = " · ".join(btext(lg, "title") for lg in langs)

    def band(p: QPainter, top: float) -> None:
        c = QtCanvas(p)
        c.rect(0, 0, PAGE_W, 120, ACCENT)
        c.text(MARGIN, 62, title, 28, "#ffffff", bold=True)
        c.text(MARGIN, 94, " · ".join(btext(lg, "subtitle") for lg in langs), 12, "#ffffff")
        _card_qr(c, getattr(brief, "card_qr", ""))  # a follow-up brief (core/leads) carries the staffer's card
    lay.add(120, band, 24)
    cover = brief.cover
    for key, value in (("company", cover.company), ("date", cover.date), ("staffer", cover.staffer),
                       ("contact", cover.contact)):
        if value:
            _text_row(lay, cols, {lg: f"{btext(lg, key)}: {value}" if lg == "en"
                                  else f"{btext(lg, key)}：{value}" for lg in langs}, 13, INK, gap=6)
    lay.y += 10
    meta = repo.metadata
    _text_row(lay, cols, {lg: f"{btext(lg, 'edition')} {meta.edition}" for lg in langs}, BODY_PX, MUTED)
    _text_row(lay, cols, {lg: coverage_text(repo, lg) for lg in langs}, BODY_PX, MUTED)
    _text_row(lay, cols, {lg: btext(lg, "qualifiers") for lg in langs}, BODY_PX, MUTED, gap=14)
    _rule(lay)
    _text_row(lay, cols, {lg: btext(lg, "contents") for lg in langs}, HEAD_PX, ACCENT, True, 6)
    shown = [it for it in items if it.status != "removed"]
    if not shown:
        _text_row(lay, cols, {lg: btext(lg, "empty") for lg in langs}, BODY_PX)
    for n, it in enumerate(shown, start=1):
        _text_row(lay, cols, {lg: f"{n}. {it.title(lg)}" for lg in langs}, BODY_PX)


def _card_qr(c: QtCanvas, text: str, size: float = 104.0) -> None:
    """The staffer's "My card" QR code, in vector squares, at the cover band's right end."""
    if not text:
        return
    import segno

    matrix = [[bool(v) for v in row] for row in segno.make(text, error="m", micro=False).matrix]
    n = len(matrix) + 4  # a quiet zone of two modules each side
    cell = size / n
    x0, y0 = PAGE_W - MARGIN - size, 8.0
    c.rect(x0, y0, size, size, "#ffffff")
    for r, row in enumerate(matrix):
        for col, dark in enumerate(row):
            if dark:
                c.rect(x0 + (col + 2) * cell, y0 + (r + 2) * cell, cell + 0.02, cell + 0.02, "#000000")


def _cite(lg: str, sources: dict[str, int], figure) -> str:
    return btext(lg, "cite", n=sources[figure.source.id], p=figure.paragraph)


def _item(lay: _Layout, repo: Repository, cols, n: int, it: ResolvedItem, numbers: dict[str, int]) -> None:
    langs = [lg for lg, _x, _w in cols]
    _rule(lay, 6)
    _text_row(lay, cols, {lg: f"{n}. {it.title(lg)}" for lg in langs}, HEAD_PX, ACCENT, True, 4)
    if it.status == "changed":
        _text_row(lay, cols, {lg: btext(lg, "changed") for lg in langs}, BODY_PX, WARN, True)
    if it.chart_id:
        _chart_row(lay, cols, it.chart_id, repo)
    for ln in it.lines:
        if ln.style == "heading":
            _text_row(lay, cols, {lg: ln.text(lg) for lg in langs}, 11.5, INK, True, 2)
        elif ln.figure is not None:
            _text_row(lay, cols, {lg: f"• {ln.text(lg)} {_cite(lg, numbers, ln.figure)}" for lg in langs},
                      BODY_PX)
        else:
            _text_row(lay, cols, {lg: ln.text(lg) for lg in langs}, BODY_PX, MUTED)
    lay.y += 6


def _appendix(lay: _Layout, cols, sources) -> None:
    langs = [lg for lg, _x, _w in cols]
    _rule(lay)
    _text_row(lay, cols, {lg: btext(lg, "sources") for lg in langs}, HEAD_PX, ACCENT, True, 6)
    for n, s in enumerate(sources, start=1):
        texts = {}
        for lg in langs:
            sep = "，" if lg == "zh" else ", "
            title = f"“{s.title(lg)}”" if lg == "zh" else f'"{s.title(lg)}"'
            texts[lg] = (f"[{n}] {s.ref} {title}{sep}{format_publisher(s, lg)}{sep}"
                         f"{format_source_date(s, lg)}")
        _text_row(lay, cols, texts, 9.5, INK, gap=4)


def layout_brief(repo: Repository, brief: Brief, lang: str | None = None) -> _Layout:
    lang = lang or brief.lang
    cols = _columns(_langs(lang))
    items = resolve_brief(repo, brief)
    sources = citation_sources([it for it in items if it.status != "removed"])
    numbers = {s.id: i for i, s in enumerate(sources, start=1)}
    lay = _Layout()
    _cover(lay, repo, brief, cols, items)
    lay.y += 10  # the items follow the cover on the same page (a short brief fits on one sheet)
    shown = [it for it in items if it.status != "removed"]
    for n, it in enumerate(shown, start=1):
        _item(lay, repo, cols, n, it, numbers)
    if sources:
        _appendix(lay, cols, sources)
    return lay


def _footer(p: QPainter, repo: Repository, langs: list[str], n: int, total: int) -> None:
    c = QtCanvas(p)
    y = PAGE_H - MARGIN - FOOTER_H + 14
    c.line(MARGIN, y, PAGE_W - MARGIN, y, RULE)
    lg = langs[0]
    meta = repo.metadata
    left = (f"{APP_NAME[lg]} {__version__} · {btext(lg, 'edition')} {meta.edition} · "
            f"{signer_line(signer_of(meta.edition), lg)}")
    c.text(MARGIN, y + 14, left, SMALL_PX, MUTED)
    c.text(PAGE_W - MARGIN, y + 14, " / ".join(btext(x, "page", n=n, total=total) for x in langs),
           SMALL_PX, MUTED, anchor="end")
    c.text(MARGIN, y + 26, coverage_text(repo, lg), SMALL_PX, MUTED)


def paint_brief(repo: Repository, brief: Brief, painter: QPainter, device: QPagedPaintDevice,
                lang: str | None = None) -> int:
    """Paint every page on ``device`` (a QPdfWriter or QPrinter); returns the page count."""
    lang = lang or brief.lang
    lay = layout_brief(repo, brief, lang)
    total = len(lay.pages)
    for i, page in enumerate(lay.pages, start=1):
        if i > 1:
            device.newPage()
        for top, draw in page:
            draw(painter, top)
        _footer(painter, repo, _langs(lang), i, total)
    return total


def _setup_a4(device: QPagedPaintDevice) -> None:
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))


def write_brief_pdf(repo: Repository, brief: Brief, target: Path | QIODevice, lang: str | None = None) -> int:
    writer = QPdfWriter(target if isinstance(target, QIODevice) else str(target))
    writer.setResolution(96)
    _setup_a4(writer)
    lg = _langs(lang or brief.lang)
    writer.setTitle(" · ".join(btext(x, "title") for x in lg)
                    + (f" — {brief.cover.company}" if brief.cover.company else ""))
    writer.setCreator(f"{APP_NAME['en']} {__version__}")
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportFailed("Could not start writing the brief PDF.")
    try:
        return paint_brief(repo, brief, painter, writer, lang)
    finally:
        painter.end()


def brief_pdf_bytes(repo: Repository, brief: Brief, lang: str | None = None) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    write_brief_pdf(repo, brief, buf, lang)
    buf.close()
    return bytes(data.data())


def export_brief_pdf(repo: Repository, brief: Brief, path: Path | str, lang: str | None = None) -> Path:
    """Write the brief PDF to ``path`` atomically."""
    path = check_extension(path, [".pdf"])
    return write_with(path, lambda tmp: write_brief_pdf(repo, brief, tmp, lang))
