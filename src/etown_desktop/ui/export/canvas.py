"""Two drawing surfaces with one small API: a QPainter (PNG, PDF, print) and an SVG writer.

The chart and fact-sheet renderers lay out text with the bundled font's metrics and draw plain
primitives (rectangles, lines, circles, text). An SVG is laid out for the widest font a viewer may
substitute (:func:`wide_text_layout`): a viewer without the bundled font draws Latin text in its
own sans, DejaVu Sans on Linux being up to 14 % wider (28 % in bold), so Latin is measured 18 %
(bold 32 %) wider there. The SVG canvas writes them as plain ``<rect>``,
``<line>``, ``<text>`` elements without transforms, so any SVG viewer (rsvg, browsers, Inkscape,
PowerPoint) shows bars as bars and every label as real, searchable text.
"""

from __future__ import annotations

import atexit
import logging
import re
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterable, Iterator, Protocol
from xml.sax.saxutils import escape, quoteattr

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from etown_desktop.ui.fonts import bundled_family, export_font_families

log = logging.getLogger(__name__)

SVG_FALLBACK_FAMILIES = ("'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Microsoft YaHei', "
                         "'PingFang SC', 'WenQuanYi Micro Hei', sans-serif")
# Latin text in a viewer's substitute sans, measured against the bundled font: DejaVu Sans
# 1.07–1.14x (bold 1.22–1.28x), DejaVu Sans Condensed and Liberation/Nimbus Sans 0.97–1.03x
# (bold up to 1.15x). CJK characters are one em wide in every CJK font.
WIDE_LATIN = {False: 1.18, True: 1.32}
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]")
_wide_layout: ContextVar[bool] = ContextVar("wide_layout", default=False)


def export_family() -> str:
    """The family of the bundled font; the system sans if it is missing."""
    return bundled_family() or QFont().defaultFamily()


@contextmanager
def wide_text_layout() -> Iterator[None]:
    """Within it, :func:`measure` gives the width in the widest font an SVG viewer may use."""
    token = _wide_layout.set(True)
    try:
        yield
    finally:
        _wide_layout.reset(token)


def make_font(size: float, bold: bool = False) -> QFont:
    font = QFont(export_family())
    font.setFamilies(export_font_families())
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(True)
    return font


_METRICS: dict[tuple[float, bool], QFontMetricsF] = {}


def _metrics(size: float, bold: bool) -> QFontMetricsF:
    key = (size, bold)
    fm = _METRICS.get(key)
    if fm is None:
        fm = _METRICS[key] = QFontMetricsF(make_font(size, bold))
    return fm


@atexit.register
def _drop_metrics() -> None:
    """Release Qt font objects before the interpreter tears Qt down."""
    _METRICS.clear()


def measure(text: str, size: float, bold: bool = False) -> float:
    fm = _metrics(size, bold)
    width = fm.horizontalAdvance(text)
    if _wide_layout.get():
        latin = _CJK.sub("", text)
        if latin:
            width += (WIDE_LATIN[bold] - 1.0) * fm.horizontalAdvance(latin)
    return width


class Canvas(Protocol):
    def rect(self, x: float, y: float, w: float, h: float, fill: str | None,
             stroke: str | None = None, hatch: bool = False, stroke_width: float = 1.0) -> None: ...
    def line(self, x1: float, y1: float, x2: float, y2: float, color: str,
             width: float = 1.0, dash: bool = False) -> None: ...
    def polyline(self, points: Iterable[tuple[float, float]], color: str, width: float = 2.0) -> None: ...
    def circle(self, cx: float, cy: float, r: float, fill: str) -> None: ...
    def text(self, x: float, y: float, text: str, size: float, color: str,
             bold: bool = False, anchor: str = "start") -> None: ...


class QtCanvas:
    """Draws on an active QPainter in logical units (the painter's device sets the scale)."""

    def __init__(self, painter: QPainter, ground: str = "#ffffff") -> None:
        self.p = painter
        self.ground = ground  # the background: a hatched bar's fill is its colour tinted toward it
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)

    def rect(self, x, y, w, h, fill, stroke=None, hatch=False, stroke_width=1.0):
        r = QRectF(x, y, w, h)
        if fill:
            self.p.fillRect(r, QColor(fill) if not hatch else QColor(_tint(fill, toward=self.ground)))
            if hatch:
                brush = QBrush(QColor(fill), Qt.BrushStyle.BDiagPattern)
                self.p.save()
                self.p.setBrushOrigin(QPointF(x, y))
                self.p.fillRect(r, brush)
                self.p.restore()
        if stroke:
            pen = QPen(QColor(stroke), stroke_width)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            self.p.setPen(pen)
            self.p.setBrush(Qt.BrushStyle.NoBrush)
            self.p.drawRect(r)

    def line(self, x1, y1, x2, y2, color, width=1.0, dash=False):
        pen = QPen(QColor(color), width)
        if dash:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.p.setPen(pen)
        self.p.drawLine(QPointF(x1, y1), QPointF(x2, y2))

    def polyline(self, points, color, width=2.0):
        pts = [QPointF(x, y) for x, y in points]
        pen = QPen(QColor(color), width)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self.p.setPen(pen)
        self.p.drawPolyline(pts)

    def circle(self, cx, cy, r, fill):
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(QColor(fill))
        self.p.drawEllipse(QPointF(cx, cy), r, r)

    def text(self, x, y, text, size, color, bold=False, anchor="start"):
        if not text:
            return
        self.p.setFont(make_font(size, bold))
        self.p.setPen(QColor(color))
        w = measure(text, size, bold)
        dx = {"start": 0.0, "middle": -w / 2, "end": -w}[anchor]
        self.p.drawText(QPointF(x + dx, y), text)


class SvgCanvas:
    """Collects SVG elements; :meth:`document` returns the finished SVG text."""

    def __init__(self, width: float, height: float, title: str = "", description: str = "") -> None:
        self.width, self.height = width, height
        self.title, self.description = title, description
        self.parts: list[str] = []
        self.patterns: dict[str, str] = {}

    def _hatch(self, color: str) -> str:
        pid = f"hatch{len(self.patterns)}" if color not in self.patterns else self.patterns[color]
        if color not in self.patterns:
            self.patterns[color] = pid
        return pid

    def rect(self, x, y, w, h, fill, stroke=None, hatch=False, stroke_width=1.0):
        attrs = f'x="{x:.2f}" y="{y:.2f}" width="{max(w, 0):.2f}" height="{max(h, 0):.2f}"'
        if fill:
            if hatch:
                self.parts.append(f'<rect {attrs} fill="{_tint(fill)}"/>')
                self.parts.append(f'<rect {attrs} fill="url(#{self._hatch(fill)})"/>')
            else:
                self.parts.append(f'<rect {attrs} fill="{fill}"/>')
        if stroke:
            self.parts.append(f'<rect {attrs} fill="none" stroke="{stroke}" '
                              f'stroke-width="{stroke_width:.2f}"/>')

    def line(self, x1, y1, x2, y2, color, width=1.0, dash=False):
        d = ' stroke-dasharray="6 4"' if dash else ""
        self.parts.append(f'<line x1="{x1:.2f}" y1="{y1:.2f}" x2="{x2:.2f}" y2="{y2:.2f}" '
                          f'stroke="{color}" stroke-width="{width:.2f}"{d}/>')

    def polyline(self, points, color, width=2.0):
        pts = " ".join(f"{x:.2f},{y:.2f}" for x, y in points)
        self.parts.append(f'<polyline points="{pts}" fill="none" stroke="{color}" '
                          f'stroke-width="{width:.2f}" stroke-linejoin="round"/>')

    def circle(self, cx, cy, r, fill):
        self.parts.append(f'<circle cx="{cx:.2f}" cy="{cy:.2f}" r="{r:.2f}" fill="{fill}"/>')

    def text(self, x, y, text, size, color, bold=False, anchor="start"):
        if not text:
            return
        weight = ' font-weight="bold"' if bold else ""
        self.parts.append(f'<text x="{x:.2f}" y="{y:.2f}" font-size="{size:.1f}" fill="{color}" '
                          f'text-anchor="{anchor}"{weight}>{escape(text)}</text>')

    def document(self) -> str:
        family = quoteattr(f"'{export_family()}', {SVG_FALLBACK_FAMILIES}")
        defs = "".join(
            f'<pattern id="{pid}" width="8" height="8" patternUnits="userSpaceOnUse" '
            f'patternTransform="rotate(45)"><rect width="3" height="8" fill="{color}"/></pattern>'
            for color, pid in self.patterns.items())
        head = (f'<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" '
                f'width="{self.width:.0f}" height="{self.height:.0f}" '
                f'viewBox="0 0 {self.width:.0f} {self.height:.0f}" font-family={family}>\n'
                f'<title>{escape(self.title)}</title>\n<desc>{escape(self.description)}</desc>\n')
        if defs:
            head += f"<defs>{defs}</defs>\n"
        head += f'<rect x="0" y="0" width="{self.width:.0f}" height="{self.height:.0f}" fill="#ffffff"/>\n'
        return head + "\n".join(self.parts) + "\n</svg>\n"


def _tint(color: str, amount: float = 0.75, toward: str = "#ffffff") -> str:
    """``color`` faded toward the background (a light version on paper): a hatched bar's fill."""
    c, g0 = QColor(color), QColor(toward)
    r, g, b = (round(v + (w - v) * amount) for v, w in ((c.red(), g0.red()), (c.green(), g0.green()),
                                                          (c.blue(), g0.blue())))
    return f"#{r:02x}{g:02x}{b:02x}"
