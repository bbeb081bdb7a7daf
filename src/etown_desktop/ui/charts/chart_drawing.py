"""Draw one ChartSpec (or one panel of it) into a pyqtgraph PlotItem.

Each ``draw_*`` function returns the bars it drew as :class:`BarHit` (data-space rectangle and
figure id), so the view can tell which figure is under the mouse. Conventions of the spec:
``hbar``/``grouped_hbar`` list points bottom to top (first point at the bottom); ``matrix`` has one
series per district and one point per industry (drawn industries as rows, districts as columns,
so the long industry names read horizontally).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPen

from etown_desktop.core.charts import ChartPoint, ChartSeries, ChartSpec
from etown_desktop.core.formatting import display_width
from etown_desktop.ui.fonts import with_fallback
from etown_desktop.ui.text_size.state import pt
from etown_desktop.ui.theme import chart_palette, colors

log = logging.getLogger(__name__)

TICK_PT = 13
VALUE_PT = 14
BAR_WIDTH = 0.62


@dataclass(frozen=True)
class BarHit:
    rect: QRectF  # in data coordinates of its plot
    figure_id: str | None
    category: str
    label: str
    point: ChartPoint | None = None  # set for points that are statements, not figures (matrix dots)


def series_color(i: int) -> QColor:
    pal = chart_palette()  # the scheme in use (exports draw with ui/export, on the print palette)
    return QColor(pal[i % len(pal)])


def tick_font(point_size: int = TICK_PT, bold: bool = False) -> QFont:
    font = with_fallback(QFont(), look_up_system=False)
    font.setPointSizeF(pt(point_size))  # View → Text size (on screen; exports draw their own)
    font.setBold(bold)
    return font


def _brush(color: QColor, style: str) -> QBrush:
    if style in ("context", "converted"):
        return QBrush(color, Qt.BrushStyle.BDiagPattern)
    return QBrush(color)


def _pen(color: QColor, style: str) -> QPen:
    # A solid bar has a thin edge in the plot's background colour, so two bars side by side
    # (grouped bars: yellow next to cyan in high contrast) stay apart; a hatched bar keeps its
    # dashed outline in its own colour.
    pen = QPen(color if style in ("context", "converted") else QColor(colors().base))
    pen.setCosmetic(True)
    pen.setWidthF(2.0 if style in ("context", "converted") else 1.0)
    if style in ("context", "converted"):
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def style_plot(plot: pg.PlotItem) -> None:
    """Presentation mode: no pan/zoom, no pyqtgraph menu or buttons, readable axes."""
    c = colors()
    plot.setMouseEnabled(x=False, y=False)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setContentsMargins(2, 4, 22, 2)  # room for the last tick label at the right edge
    for name in ("left", "bottom", "top", "right"):
        axis = plot.getAxis(name)
        axis.setTickFont(tick_font())
        axis.setTextPen(pg.mkPen(c.text))
        axis.setPen(pg.mkPen(c.border))
        axis.setStyle(hideOverlappingLabels=False, tickTextOffset=8)


def wrap_label(text: str, max_chars: int = 13) -> str:
    """Break a long value label in two: "≈ ¥650,000 per person" -> "≈ ¥650,000\nper person".

    ``max_chars`` counts half-width columns, so Chinese text wraps at the same visual width.
    """
    if display_width(text) <= max_chars or "\n" in text:
        return text
    if " (" in text:
        return text.replace(" (", "\n(", 1)
    if "（" in text:
        return text.replace("（", "\n（", 1)
    tokens = text.split(" ")
    for i, tok in enumerate(tokens):
        if any(ch.isdigit() for ch in tok) and i < len(tokens) - 1:
            return " ".join(tokens[:i + 1]) + "\n" + " ".join(tokens[i + 1:])
    return text


def _value_label(text: str, lang: str, muted: bool = False) -> pg.TextItem:
    c = colors()
    item = pg.TextItem(text=text, color=c.muted if muted else c.text, ensureInBounds=True)
    font = tick_font(VALUE_PT, bold=not muted)
    font.setItalic(muted)
    item.setFont(font)
    if "\n" in text:  # a wrapped label: centre its lines over the bar
        text_item = item.textItem
        option = text_item.document().defaultTextOption()
        option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        text_item.document().setDefaultTextOption(option)
        text_item.setTextWidth(text_item.document().idealWidth())
        item.updateTextPos()
    return item


def _label_text(p: ChartPoint, lang: str) -> str:
    return p.label(lang)


def _category_ticks(points: tuple[ChartPoint, ...], lang: str) -> list[tuple[float, str]]:
    return [(float(i), p.category(lang)) for i, p in enumerate(points)]


def _text_width(texts: list[str], font: QFont) -> int:
    metrics = QFontMetrics(font)
    return max((metrics.horizontalAdvance(t) for t in texts), default=0)


def draw_bars(plot: pg.PlotItem, series: ChartSeries, spec_axis: str, lang: str,
              color: QColor | None = None, value_axis: bool = True,
              wrap: bool = False, axis_scale: float = 1.0) -> list[BarHit]:
    """Vertical bars, one per point, value label (with qualifier) above each bar."""
    color = color or series_color(0)
    points = series.points
    hits: list[BarHit] = []
    top = max((p.value for p in points if p.stated), default=1.0) or 1.0
    for i, p in enumerate(points):
        if p.stated:
            bar = pg.BarGraphItem(x=[i], height=[p.value], width=BAR_WIDTH,
                                  brush=_brush(color, p.style), pen=_pen(color, p.style))
            plot.addItem(bar)
            hits.append(BarHit(QRectF(i - BAR_WIDTH / 2, 0, BAR_WIDTH, p.value), p.figure_id,
                               p.category(lang), p.label(lang)))
        text = _label_text(p, lang)
        label = _value_label(wrap_label(text) if wrap else text, lang, muted=not p.stated)
        label.setAnchor((0.5, 1.0))
        label.setPos(i, p.value if p.stated else 0)
        plot.addItem(label)
    bottom = plot.getAxis("bottom")
    bottom.setTicks([_category_ticks(points, lang)])
    plot.setXRange(-0.6, len(points) - 0.4, padding=0)
    plot.setYRange(0, top * (1.42 if wrap else 1.22), padding=0)
    left = plot.getAxis("left")
    if value_axis:
        left.setLabel(spec_axis, **{"font-size": f"{pt(TICK_PT):g}pt"})
        left.setScale(axis_scale)
    else:
        plot.hideAxis("left")
    return hits


def draw_hbars(plot: pg.PlotItem, spec: ChartSpec, lang: str) -> list[BarHit]:
    """Horizontal bars (grouped when there are several series); long category names on the left."""
    all_series = spec.series
    n_series = len(all_series)
    points0 = all_series[0].points
    band = BAR_WIDTH if n_series == 1 else 0.8
    height = band / n_series
    hits: list[BarHit] = []
    top = max((p.value for s in all_series for p in s.points if p.stated), default=1.0) or 1.0
    for si, series in enumerate(all_series):
        color = series_color(si)
        for i, p in enumerate(series.points):
            # first series on top within a group
            y = i + band / 2 - height * (si + 0.5)
            if p.stated:
                bar = pg.BarGraphItem(x0=[0], y=[y], width=[p.value], height=height,
                                      brush=_brush(color, p.style), pen=_pen(color, p.style))
                plot.addItem(bar)
                hits.append(BarHit(QRectF(0, y - height / 2, p.value, height), p.figure_id,
                                   p.category(lang), p.label(lang)))
            label = _value_label("  " + _label_text(p, lang), lang, muted=not p.stated)
            label.setAnchor((0.0, 0.5))
            label.setPos(p.value if p.stated else 0, y)
            plot.addItem(label)
    left = plot.getAxis("left")
    ticks = _category_ticks(points0, lang)
    left.setTicks([ticks])
    left.setWidth(_text_width([t for _, t in ticks], tick_font()) + 24)
    longest_label = _text_width([p.label(lang) for s in all_series for p in s.points],
                                tick_font(VALUE_PT, bold=True))
    plot.setYRange(-0.6, len(points0) - 0.4, padding=0)
    fit_value_labels(plot, top, longest_label + 24)
    plot.getAxis("bottom").setLabel(spec.axis(lang), **{"font-size": f"{pt(TICK_PT):g}pt"})
    plot.getAxis("bottom").setScale(spec.axis_scale(lang))
    return hits


def fit_value_labels(plot: pg.PlotItem, top: float, label_px: int) -> None:
    """Keep the x range such that the longest bar plus its value label fits, whatever the width."""
    vb = plot.getViewBox()

    def refit(*_args) -> None:
        width = vb.width()
        if width <= 0:
            return
        free = max(0.2, 1.0 - label_px / width)
        vb.setXRange(0, top / free, padding=0)

    vb.sigResized.connect(refit)
    refit()


def draw_line(plot: pg.PlotItem, spec: ChartSpec, lang: str) -> list[BarHit]:
    hits: list[BarHit] = []
    for si, series in enumerate(spec.series):
        color = series_color(si)
        pts = [(i, p) for i, p in enumerate(series.points) if p.stated]
        plot.plot([i for i, _ in pts], [p.value for _, p in pts], pen=pg.mkPen(color, width=3),
                  symbol="o", symbolSize=12, symbolBrush=color)
        for i, p in pts:
            label = _value_label(p.label(lang), lang)
            label.setAnchor((0.5, 1.2))
            label.setPos(i, p.value)
            plot.addItem(label)
            hits.append(BarHit(QRectF(i - 0.25, 0, 0.5, p.value), p.figure_id,
                               p.category(lang), p.label(lang)))
    points0 = spec.series[0].points
    plot.getAxis("bottom").setTicks([_category_ticks(points0, lang)])
    top = max((p.value for s in spec.series for p in s.points if p.stated), default=1.0) or 1.0
    plot.setXRange(-0.6, len(points0) - 0.4, padding=0)
    plot.setYRange(0, top * 1.22, padding=0)
    plot.getAxis("left").setLabel(spec.axis(lang), **{"font-size": f"{pt(TICK_PT):g}pt"})
    plot.getAxis("left").setScale(spec.axis_scale(lang))
    return hits


def draw_matrix(plot: pg.PlotItem, spec: ChartSpec, lang: str) -> list[BarHit]:
    """Industries as rows (top to bottom in spec order), districts as columns, a dot per zone."""
    c = colors()
    districts = spec.series
    industries = districts[0].points
    n_rows, n_cols = len(industries), len(districts)
    row_y = {i: n_rows - 1 - i for i in range(n_rows)}  # first industry on top
    # light cell grid
    for col in range(n_cols):
        cells = pg.BarGraphItem(x=[col] * n_rows, y=[row_y[i] for i in range(n_rows)],
                                width=0.92, height=0.84,
                                brush=QColor(c.alternate), pen=pg.mkPen(c.border))
        plot.addItem(cells)
    xs, ys, brushes = [], [], []
    hits: list[BarHit] = []
    for col, district in enumerate(districts):
        for i, p in enumerate(district.points):
            if p.value:
                xs.append(col)
                ys.append(row_y[i])
                brushes.append(pg.mkBrush(series_color(col)))
                hits.append(BarHit(QRectF(col - 0.3, row_y[i] - 0.3, 0.6, 0.6), None,
                                   p.category(lang), district.name(lang), point=p))
    dots = pg.ScatterPlotItem(x=xs, y=ys, size=26, brush=brushes, pen=pg.mkPen(c.base, width=2))
    plot.addItem(dots)
    left = plot.getAxis("left")
    ticks = [(float(row_y[i]), p.category(lang)) for i, p in enumerate(industries)]
    left.setTicks([ticks])
    left.setWidth(_text_width([t for _, t in ticks], tick_font()) + 24)
    plot.hideAxis("bottom")
    left.setStyle(tickLength=0)
    # column headers as text items: an axis would silently hide the edge columns' names
    for col, d in enumerate(districts):
        head = pg.TextItem(text=wrap_label(d.name(lang), 16),
                           color=c.text, anchor=(0.5, 1.0))
        head.setFont(tick_font(TICK_PT, bold=True))
        head.setPos(col, n_rows - 0.5)
        plot.addItem(head)
    plot.setXRange(-0.55, n_cols - 0.45, padding=0)
    plot.setYRange(-0.55, n_rows + 0.75, padding=0)
    return hits


def draw_panel(plot: pg.PlotItem, series: ChartSeries, lang: str) -> list[BarHit]:
    """One small bar chart of a "panels" spec: the panel's own unit, no value axis."""
    return draw_bars(plot, series, "", lang, value_axis=False, wrap=True)
