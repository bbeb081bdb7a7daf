"""The one-page booth report (A4 PDF): headline numbers, visits per hour, top slides and figures,
language share. Drawn with QPainter on QPdfWriter (vector, bundled font)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter

from etown_desktop.core.errors import ExportFailed
from etown_desktop.core.export.atomic import check_extension, write_with
from etown_desktop.core.formatting import display_width
from etown_desktop.core.visits.slide_titles import slide_label
from etown_desktop.core.visits.stats import BoothStats
from etown_desktop.ui.export.canvas import make_font
from etown_desktop.ui.theme import CHART_PALETTE

PAGE_W, PAGE_H = 794.0, 1123.0  # A4 at 96 dpi
MARGIN = 56.0
INK, MUTED, GRID = QColor("#1b2430"), QColor("#5b6675"), QColor("#d5dbe3")


def export_booth_pdf(stats: BoothStats, path: Path | str, edition: str = "",
                     labels: dict[str, str] | None = None,
                     slide_titles: dict[tuple[str, int], str] | None = None) -> Path:
    """``labels``: figure id -> its label, to name the tapped figures (ids alone otherwise);
    ``slide_titles``: (story, slide number) -> the slide's title."""
    path = check_extension(path, (".pdf",))
    return write_with(path, lambda tmp: _write(stats, tmp, edition, labels or {}, slide_titles or {}))


def _write(stats: BoothStats, tmp: Path, edition: str, labels: dict[str, str],
           slide_titles: dict[tuple[str, int], str]) -> None:
    writer = QPdfWriter(str(tmp))
    writer.setResolution(96)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(QCoreApplication.translate("BoothReport", "Booth report"))
    p = QPainter()
    if not p.begin(writer):
        raise ExportFailed(f"Could not start writing the PDF {tmp.name}.")
    try:
        draw_report(p, stats, edition, labels, slide_titles)
    finally:
        p.end()


def _text(p: QPainter, x: float, y: float, w: float, text: str, size: float, bold: bool = False,
          color: QColor = INK) -> float:
    p.setFont(make_font(size, bold))
    p.setPen(color)
    rect = p.boundingRect(QRectF(x, y, w, 2000), int(Qt.TextFlag.TextWordWrap), text)
    p.drawText(QRectF(x, y, w, rect.height()), int(Qt.TextFlag.TextWordWrap), text)
    return y + rect.height()


def _short(text: str, limit: int = 36) -> str:
    """At most ``limit`` half-width columns (a Chinese character counts twice)."""
    if display_width(text) <= limit:
        return text
    while display_width(text) > limit - 1:
        text = text[:-1]
    return text + "…"


def _bars(p: QPainter, x: float, y: float, w: float, title: str,
          rows: list[tuple[str, float, str]], color: str) -> float:
    """A horizontal bar chart: (label, value, value text) per row."""
    y = _text(p, x, y, w, title, 15, True) + 6
    if not rows:
        return _text(p, x, y, w, QCoreApplication.translate("BoothReport", "No data yet."), 11, color=MUTED) + 14
    top = max(v for _, v, _ in rows) or 1.0
    label_w, bar_w = w * 0.38, w * 0.5
    for label, value, shown in rows:
        p.setFont(make_font(11))
        p.setPen(INK)
        p.drawText(QRectF(x, y, label_w - 8, 18), int(Qt.AlignmentFlag.AlignVCenter), label)
        length = bar_w * value / top
        p.fillRect(QRectF(x + label_w, y + 2, max(1.0, length), 14), QColor(color))
        p.drawText(QRectF(x + label_w + length + 6, y, w - label_w - length, 18),
                   int(Qt.AlignmentFlag.AlignVCenter), shown)
        y += 21
    return y + 14


def draw_report(p: QPainter, s: BoothStats, edition: str, labels: dict[str, str] | None = None,
                slide_titles: dict[tuple[str, int], str] | None = None) -> None:
    labels = labels or {}
    x, w = MARGIN, PAGE_W - 2 * MARGIN
    y = _text(p, x, MARGIN, w, QCoreApplication.translate("BoothReport", "Booth report"), 26, True) + 4
    period = QCoreApplication.translate("BoothReport", "From {first} to {last}").format(
        first=s.first.strftime("%Y-%m-%d %H:%M") if s.first else "—",
        last=s.last.strftime("%Y-%m-%d %H:%M") if s.last else "—")
    y = _text(p, x, y, w, period, 12, color=MUTED) + 16
    median = "—" if s.median_visit_s is None else f"{s.median_visit_s:g} s"
    boxes = [(QCoreApplication.translate("BoothReport", "Visits"), str(s.visits)), (QCoreApplication.translate("BoothReport", "Median visit length"), median),
             (QCoreApplication.translate("BoothReport", "Figures tapped"), str(s.figure_taps)),
             (QCoreApplication.translate("BoothReport", "Contacts left"), str(s.contacts))]
    box_w = (w - 12 * (len(boxes) - 1)) / len(boxes)
    for i, (label, value) in enumerate(boxes):
        bx = x + i * (box_w + 12)
        p.setPen(GRID)
        p.drawRoundedRect(QRectF(bx, y, box_w, 74), 8, 8)
        _text(p, bx + 12, y + 8, box_w - 24, value, 24, True, QColor(CHART_PALETTE[0]))
        _text(p, bx + 12, y + 46, box_w - 24, label, 11, color=MUTED)
    y += 96
    hours = [(h[-8:] if len(s.visits_per_hour) <= 24 else h, float(n), str(n))
             for h, n in s.visits_per_hour][-16:]
    y = _bars(p, x, y, w, QCoreApplication.translate("BoothReport", "Visits per hour"), hours, CHART_PALETTE[0])
    slides = [(_short(slide_label(st, n, slide_titles)), float(views), f"{views} · {secs:g} s")
              for st, n, views, secs in s.top_slides[:8]]
    y = _bars(p, x, y, w, QCoreApplication.translate("BoothReport", "Top slides (views · seconds)"), slides, CHART_PALETTE[1])
    figs = [(_short(f"{fid} {labels.get(fid, '')}".strip()), float(n), str(n)) for fid, n in s.top_figures[:6]]
    y = _bars(p, x, y, w, QCoreApplication.translate("BoothReport", "Top figures tapped"), figs, CHART_PALETTE[2])
    total = sum(n for _, n in s.languages) or 1
    langs = [({"en": "English", "zh": "中文"}.get(lang, lang or "?"), float(n), f"{100 * n / total:.0f}%")
             for lang, n in s.languages]
    y = _bars(p, x, y, w, QCoreApplication.translate("BoothReport", "Language share (slide views)"), langs, CHART_PALETTE[3])
    foot = QCoreApplication.translate("BoothReport", "Anonymous counts from this computer's local visit log; no personal data.")
    if edition:
        foot += " · " + edition
    _text(p, x, PAGE_H - MARGIN, w, foot, 9, color=MUTED)
