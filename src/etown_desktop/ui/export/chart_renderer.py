"""Draw a :class:`~etown_desktop.core.charts.ChartSpec` on a :class:`Canvas` for export.

Independent of the on-screen pyqtgraph view: a plain, print-friendly layout in logical pixels
(default 1200 wide, height from the content) with title, note, the plot, the source line and the
database edition. Conventions of the spec are kept: ``hbar``/``grouped_hbar`` list points bottom
to top; ``matrix`` has one series per district and one point per industry (industries as rows);
``panels`` draws one small chart per series. Point styles: ``context``/``converted`` bars are
hatched, ``not_stated`` points get no bar and a "not stated" label.
"""

from __future__ import annotations

import math
import re
from contextvars import ContextVar
from dataclasses import dataclass
from typing import NamedTuple

from etown_desktop.core.appearance.schemes import PRINT, Scheme
from etown_desktop.core.charts import ChartPoint, ChartSpec
from etown_desktop.core.export.texts import edition_line
from etown_desktop.ui.export.canvas import Canvas, measure
from etown_desktop.ui.theme import CHART_PALETTE

WIDTH = 1200.0
MARGIN = 44.0
PALETTE = CHART_PALETTE
INK, MUTED, GRID, CONTEXT = "#1b2430", "#5b6675", "#d5dbe3", "#7f8a99"


class ChartInk(NamedTuple):
    """The colours a chart is drawn in. Estimates and Beijing-wide context keep their hatch
    pattern in every set (the pattern is drawn by the canvas, not chosen by colour)."""

    background: str
    ink: str  # titles, names, value labels
    muted: str  # notes, axis text, "not stated"
    grid: str
    context: str  # bars of a related but different measure (hatched)
    band: str  # every other row of a matrix
    palette: tuple[str, ...]


# Exports (PDF, PNG, SVG, PPTX) are printed: always this light set.
PRINT_INK = ChartInk("#ffffff", INK, MUTED, GRID, CONTEXT, "#f0f4fa", PALETTE)
_INK: ContextVar[ChartInk] = ContextVar("chart_ink", default=PRINT_INK)


def _k() -> ChartInk:
    return _INK.get()


def scheme_ink(scheme: Scheme) -> ChartInk:
    """A chart on screen (a slide) in a colour scheme: the light scheme is the print set; dark and
    high contrast draw on their own background with their own text colours and chart series."""
    if scheme.name == PRINT.name:
        return PRINT_INK
    c = scheme.colors
    return ChartInk(c.base, c.text, c.muted, c.border, c.muted, c.alternate, scheme.chart_palette)
TITLE_PX, NOTE_PX, TICK_PX, VALUE_PX, SOURCE_PX, EDITION_PX = 30, 17, 17, 18, 15, 14


@dataclass(frozen=True)
class Edition:
    edition: str
    data_date: str


class NullCanvas:
    """Measures a layout without drawing (first pass, to know the height)."""

    def rect(self, *a, **k): pass
    def line(self, *a, **k): pass
    def polyline(self, *a, **k): pass
    def circle(self, *a, **k): pass
    def text(self, *a, **k): pass


# Never start a line with these (Chinese line-breaking rule); they stay on the previous line.
_NO_LINE_START = set("，。、；：！？）》」』】”’％%,.;:!?)]}…·")
_TOKENS = re.compile(r"[\u2e80-\u9fff\uf900-\uffef]|[^\s\u2e80-\u9fff\uf900-\uffef]+\s*|\s+")


def wrap(text: str, size: float, width: float, bold: bool = False, max_lines: int = 0) -> list[str]:
    """Greedy line breaking: English at spaces, Chinese between characters."""
    lines: list[str] = []
    for para in text.split("\n"):
        cur = ""
        for tok in _TOKENS.findall(para):
            trial = cur + tok
            if cur and tok[0] not in _NO_LINE_START and measure(trial.rstrip(), size, bold) > width:
                lines.append(cur.rstrip())
                cur = tok.lstrip()
            else:
                cur = trial
        lines.append(cur.rstrip())
    if max_lines and len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and measure(last + "…", size, bold) > width:
            last = last[:-1]
        lines[-1] = last + "…"
    return lines


def text_block(c: Canvas, x: float, y: float, text: str, size: float, color: str, width: float,
               bold: bool = False, anchor: str = "start", max_lines: int = 0,
               leading: float = 1.3, baseline: float = 0.28) -> float:
    """Wrapped text with its top at ``y``; returns the y below it. Each line advances
    ``size * leading`` and sits ``size * baseline`` above the bottom of its line box."""
    for line in wrap(text, size, width, bold, max_lines):
        y += size * leading
        c.text(x, y - size * baseline, line, size, color, bold, anchor)
    return y


def nice_ticks(vmax: float, n: int = 5) -> list[float]:
    if vmax <= 0:
        return [0.0, 1.0]
    raw = vmax / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    count = math.ceil(vmax / step - 1e-9)
    return [i * step for i in range(count + 1)]


def _tick_text(v: float) -> str:
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.1f}"


def _color(i: int) -> str:
    return _k().palette[i % len(_k().palette)]


def _bar_fill(p: ChartPoint, color: str) -> tuple[str, bool]:
    if p.style == "context":
        return _k().context, True
    return color, p.style == "converted"


def render_chart(spec: ChartSpec, c: Canvas, lang: str, edition: Edition | None,
                 width: float = WIDTH, ink: ChartInk = PRINT_INK) -> float:
    """Draw the whole chart; returns the height used. Draw on a NullCanvas first to size it.

    ``ink``: the colours; exports keep the print set, a slide passes its scheme's (:func:`scheme_ink`).
    """
    token = _INK.set(ink)
    try:
        return _render_chart(spec, c, lang, edition, width)
    finally:
        _INK.reset(token)


def _render_chart(spec: ChartSpec, c: Canvas, lang: str, edition: Edition | None,
                  width: float) -> float:
    inner = width - 2 * MARGIN
    y = MARGIN * 0.7
    y = text_block(c, MARGIN, y, spec.title(lang), TITLE_PX, _k().ink, inner, bold=True)
    if spec.note(lang):
        y = text_block(c, MARGIN, y + 4, spec.note(lang), NOTE_PX, _k().muted, inner)
    y += 18
    draw = {"bar": _vbars, "line": _line, "hbar": _hbars, "grouped_hbar": _hbars,
            "matrix": _matrix, "panels": _panels}.get(spec.kind, _hbars)
    y = draw(spec, c, lang, MARGIN, y, inner)
    y += 16
    c.line(MARGIN, y, width - MARGIN, y, _k().grid, 1.0)
    y = text_block(c, MARGIN, y + 4, spec.source(lang), SOURCE_PX, _k().muted, inner)
    if edition is not None:
        y = text_block(c, MARGIN, y, edition_line(lang, edition.edition, edition.data_date),
                        EDITION_PX, _k().muted, inner)
    return y + MARGIN * 0.6


def _legend(spec: ChartSpec, c: Canvas, lang: str, x: float, y: float, width: float) -> float:
    if len(spec.series) < 2:
        return y
    cx, line_h = x, VALUE_PX * 1.7
    y += 4
    for i, s in enumerate(spec.series):
        w = 22 + measure(s.name(lang), TICK_PX) + 28
        if cx + w > x + width and cx > x:
            cx, y = x, y + line_h
        c.rect(cx, y + 3, 16, 16, _color(i))
        c.text(cx + 22, y + 17, s.name(lang), TICK_PX, _k().ink)
        cx += w
    return y + line_h + 4


def _axis_label(spec: ChartSpec, c: Canvas, lang: str, x: float, y: float) -> float:
    if spec.axis(lang):
        c.text(x, y + TICK_PX, spec.axis(lang), TICK_PX, _k().muted)
        return y + TICK_PX * 1.8
    return y


# -- vertical bars and lines ----------------------------------------------------------------
def _value_frame(spec: ChartSpec, c: Canvas, lang: str, x: float, y: float, width: float):
    height = min(420.0, max(240.0, width * 0.4))
    y = _legend(spec, c, lang, x, y, width)
    y = _axis_label(spec, c, lang, x, y)
    vmax = max((p.value for s in spec.series for p in s.points if p.stated), default=1.0)
    ticks = nice_ticks(vmax * 1.12)
    label_w = max(measure(_tick_text(t * spec.axis_scale(lang)), TICK_PX) for t in ticks) + 12
    top, bottom = y + VALUE_PX * 1.6, y + height
    left, right = x + label_w, x + width
    span = ticks[-1] or 1.0
    for t in ticks:
        ty = bottom - (bottom - top) * t / span
        c.line(left, ty, right, ty, _k().grid if t else _k().muted, 1.0)
        c.text(left - 8, ty + TICK_PX * 0.35, _tick_text(t * spec.axis_scale(lang)), TICK_PX, _k().muted,
               anchor="end")
    return top, bottom, left, right, span


def _category_labels(c: Canvas, lang: str, points, slot: float, left: float, bottom: float) -> float:
    y_end = bottom
    for i, p in enumerate(points):
        cx = left + slot * (i + 0.5)
        y_end = max(y_end, text_block(c, cx, bottom + 4, p.category(lang), TICK_PX, _k().ink, slot - 6,
                                       anchor="middle", max_lines=2))
    return y_end


def _vbars(spec: ChartSpec, c: Canvas, lang: str, x: float, y: float, width: float) -> float:
    top, bottom, left, right, span = _value_frame(spec, c, lang, x, y, width)
    pts = spec.series[0].points if spec.series else ()
    n_series = max(len(spec.series), 1)
    slot = (right - left) / max(len(pts), 1)
    bar_w = slot * 0.66 / n_series
    for si, s in enumerate(spec.series):
        for i, p in enumerate(s.points):
            bx = left + slot * i + slot * 0.17 + bar_w * si
            cx = bx + bar_w / 2
            if not p.stated:
                c.text(cx, bottom - 8, p.label(lang), VALUE_PX * 0.8, _k().muted, anchor="middle")
                continue
            h = (bottom - top) * p.value / span
            fill, hatch = _bar_fill(p, _color(si))
            c.rect(bx, bottom - h, bar_w, h, fill, hatch=hatch, stroke=fill if hatch else None)
            size = VALUE_PX if measure(p.label(lang), VALUE_PX, True) <= slot else VALUE_PX * 0.75
            c.text(cx, bottom - h - 7, p.label(lang), size, _k().ink, bold=True, anchor="middle")
    return _category_labels(c, lang, pts, slot, left, bottom)


def _line(spec: ChartSpec, c: Canvas, lang: str, x: float, y: float, width: float) -> float:
    top, bottom, left, right, span = _value_frame(spec, c, lang, x, y, width)
    pts = spec.series[0].points if spec.series else ()
    slot = (right - left) / max(len(pts), 1)
    for si, s in enumerate(spec.series):
        xy = [(left + slot * (i + 0.5), bottom - (bottom - top) * p.value / span)
              for i, p in enumerate(s.points) if p.stated]
        if len(xy) > 1:
            c.polyline(xy, _color(si), 3.0)
        stated = [p for p in s.points if p.stated]
        for (px, py), p in zip(xy, stated):
            c.circle(px, py, 6, _color(si))
            c.text(px, py - 12, p.label(lang), VALUE_PX * 0.9, _k().ink, bold=True, anchor="middle")
    return _category_labels(c, lang, pts, slot, left, bottom)


# -- horizontal bars (single or grouped) --------------------------------------------------
def _hbars(spec: ChartSpec, c: Canvas, lang: str, x: float, y: float, width: float) -> float:
    y = _legend(spec, c, lang, x, y, width)
    series = spec.series
    cats = list(reversed(series[0].points)) if series else []  # spec lists bottom to top
    n = len(series)
    vmax = max((p.value for s in series for p in s.points if p.stated), default=1.0) or 1.0
    label_w = min(max((measure(p.category(lang), TICK_PX) for p in cats), default=0) + 14, width * 0.36)
    value_room = max((measure(p.label(lang), VALUE_PX, True) for s in series for p in s.points),
                     default=0) + 14
    left = x + label_w
    plot_w = max(width - label_w - value_room, 100)
    bar_h = 34 if n == 1 else 26
    max_lines = max((len(wrap(p.category(lang), TICK_PX, label_w - 14, max_lines=3)) for p in cats),
                    default=1)
    group_h = max(bar_h * n + 22, max_lines * TICK_PX * 1.2 + 14)
    for ci, cat in enumerate(cats):
        gy = y + ci * group_h
        idx = len(cats) - 1 - ci
        lines = wrap(cat.category(lang), TICK_PX, label_w - 14, max_lines=3)
        ly = gy + (bar_h * n) / 2 - (len(lines) - 1) * TICK_PX * 0.6 + TICK_PX * 0.35
        for li, line in enumerate(lines):
            c.text(left - 12, ly + li * TICK_PX * 1.2, line, TICK_PX, _k().ink, anchor="end")
        for si, s in enumerate(series):
            p = s.points[idx] if idx < len(s.points) else None
            if p is None:
                continue
            by = gy + si * bar_h
            if not p.stated:
                c.text(left + 6, by + bar_h * 0.7, p.label(lang), VALUE_PX * 0.9, _k().muted)
                continue
            w = plot_w * p.value / vmax
            fill, hatch = _bar_fill(p, _color(si))
            c.rect(left, by + 2, w, bar_h - 4, fill, hatch=hatch, stroke=fill if hatch else None)
            c.text(left + w + 8, by + bar_h * 0.5 + VALUE_PX * 0.36, p.label(lang), VALUE_PX, _k().ink, bold=True)
    bottom = y + group_h * len(cats)
    c.line(left, y, left, bottom, _k().muted, 1.0)
    y = bottom + 6
    if spec.axis(lang):
        c.text(left, y + TICK_PX, spec.axis(lang), TICK_PX, _k().muted)
        y += TICK_PX * 1.6
    return y


# -- matrix ------------------------------------------------------------------------------------
def _matrix(spec: ChartSpec, c: Canvas, lang: str, x: float, y: float, width: float) -> float:
    cols = spec.series
    rows = cols[0].points if cols else ()
    label_w = min(max((measure(p.category(lang), TICK_PX) for p in rows), default=0) + 16, width * 0.4)
    col_w = (width - label_w) / max(len(cols), 1)
    head_end = y
    for ci, s in enumerate(cols):
        cx = x + label_w + col_w * (ci + 0.5)
        head_end = max(head_end, text_block(c, cx, y, s.name(lang), TICK_PX, _k().ink, col_w - 8,
                                             bold=True, anchor="middle", max_lines=3))
    y = head_end + 8
    row_h = 36
    for ri, p in enumerate(rows):
        ry = y + ri * row_h
        if ri % 2 == 0:
            c.rect(x, ry, width, row_h, _k().band)
        c.text(x + label_w - 12, ry + row_h / 2 + TICK_PX * 0.36, p.category(lang), TICK_PX, _k().ink,
               anchor="end")
        for ci, s in enumerate(cols):
            q = s.points[ri] if ri < len(s.points) else None
            if q is not None and q.value > 0:
                c.circle(x + label_w + col_w * (ci + 0.5), ry + row_h / 2, 9, _color(0))
    bottom = y + row_h * len(rows)
    for ci in range(len(cols) + 1):
        lx = x + label_w + col_w * ci
        c.line(lx, y, lx, bottom, _k().grid, 1.0)
    return bottom


# -- panels --------------------------------------------------------------------------------------
def _panels(spec: ChartSpec, c: Canvas, lang: str, x: float, y: float, width: float) -> float:
    n = len(spec.series)
    ncols = 1 if n == 1 else (2 if n in (2, 4) else 3)
    gap = 28
    pw = (width - gap * (ncols - 1)) / ncols
    row_bottom = y
    for i, s in enumerate(spec.series):
        col = i % ncols
        if col == 0:
            y = row_bottom + (gap if i else 0)
        px = x + col * (pw + gap)
        end = _panel(s, c, lang, px, y, pw)
        row_bottom = max(row_bottom, end)
    return row_bottom


def _panel(s, c: Canvas, lang: str, x: float, y: float, width: float) -> float:
    c.rect(x, y, width, 4, _k().palette[0])
    y = text_block(c, x, y + 6, s.name(lang), TICK_PX, _k().ink, width, bold=True, max_lines=2)
    pts = s.points
    label_w = min(max((measure(p.category(lang), TICK_PX * 0.9) for p in pts), default=0) + 10,
                  width * 0.38)
    value_room = max((measure(p.label(lang), VALUE_PX * 0.9, True) for p in pts), default=0) + 10
    plot_w = max(width - label_w - value_room, 30)
    vmax = max((p.value for p in pts if p.stated), default=1.0) or 1.0
    bar_h = 30
    for i, p in enumerate(pts):
        by = y + 6 + i * (bar_h + 6)
        c.text(x + label_w - 8, by + bar_h * 0.5 + TICK_PX * 0.3, p.category(lang), TICK_PX * 0.9,
               _k().ink, anchor="end")
        if not p.stated:
            c.text(x + label_w + 4, by + bar_h * 0.5 + TICK_PX * 0.3, p.label(lang), VALUE_PX * 0.9, _k().muted)
            continue
        w = plot_w * p.value / vmax
        fill, hatch = _bar_fill(p, _k().palette[0] if i == 0 else _k().palette[1])
        c.rect(x + label_w, by, w, bar_h, fill, hatch=hatch, stroke=fill if hatch else None)
        c.text(x + label_w + w + 6, by + bar_h * 0.5 + VALUE_PX * 0.32, p.label(lang), VALUE_PX * 0.9,
               _k().ink, bold=True)
    return y + 6 + len(pts) * (bar_h + 6)
