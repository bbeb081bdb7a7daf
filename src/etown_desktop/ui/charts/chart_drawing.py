"""Draw one ChartSpec (or one panel of it) into a pyqtgraph PlotItem.

Each ``draw_*`` function returns the bars it drew as :class:`BarHit` (data-space rectangle and
figure id), so the view can tell which figure is under the mouse. Conventions of the spec:
``hbar``/``grouped_hbar`` list points bottom to top (first point at the bottom); ``matrix`` has one
series per district and one point per industry (drawn industries as rows, districts as columns,
so the long industry names read horizontally).
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QFontInfo, QFontMetrics, QPen

from etown_desktop.core.accessibility.word_breaks import split_word
from etown_desktop.core.charts import ChartPoint, ChartSeries, ChartSpec
from etown_desktop.core.formatting import display_width
from etown_desktop.ui.fonts import with_fallback
from etown_desktop.ui.text_size.state import pt
from etown_desktop.ui.theme import chart_palette, colors

log = logging.getLogger(__name__)

TICK_PT = 13
VALUE_PT = 14
BAR_WIDTH = 0.62
# Lengths that hold text are counted in ems of the tick font (its pixel size at the text size in
# use), so they grow with View → Text size: at 100 % (13 pt, 17 px) about 94 and 65 px.
MIN_BAR_EMS = 5.5  # the longest bar of a horizontal chart, at least
MIN_COLUMN_EMS = 3.8  # a district column of the matrix, at least
READABLE_LINE_EMS = 5.0  # a wrapped category name keeps lines this wide (five Chinese characters)
MAX_NAME_LINES = 2  # rows are first sized for names on two lines; a name on more grows its plot


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


def em_px(font: QFont | None = None) -> int:
    """One em of ``font`` (the tick font at the text size in use) in px."""
    return QFontInfo(font or tick_font()).pixelSize()


def min_bar_px() -> int:
    """The longest bar of a horizontal chart is at least this long (px, at the text size in use)."""
    return round(MIN_BAR_EMS * em_px())


def min_column_px() -> int:
    """A district column of the matrix is at least this wide (px, at the text size in use)."""
    return round(MIN_COLUMN_EMS * em_px())


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
    # room for the last tick label at the right edge, and for the descenders of the axis title
    plot.setContentsMargins(2, 4, 22, 6)
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


# Never start a wrapped line with these (Chinese line-breaking rule).
_NO_LINE_START = set("，。、；：！？）》」』】”’％%,.;:!?)]}…·")
_TOKENS = re.compile(r"[\u2e80-\u9fff\uf900-\uffef]|[^\s\u2e80-\u9fff\uf900-\uffef]+|\s+")
AXIS_GAP = 24  # a category axis: tick length, text offset and a little air around its text


def wrap_to_width(text: str, font: QFont, width: float, break_words: bool = False) -> str:
    """``text`` broken into lines no wider than ``width`` px in ``font`` (English at spaces, Chinese
    between characters, existing line breaks kept); a single word wider than ``width`` keeps its
    own line, or with ``break_words`` is broken as a last resort, without a hyphen: after a
    hyphen of its own, between pinyin syllables ("Chang|ping"), else into even pieces
    (core/accessibility/word_breaks)."""
    metrics = QFontMetrics(font)
    if "\n" in text:
        return "\n".join(wrap_to_width(line, font, width, break_words) for line in text.split("\n"))
    if metrics.horizontalAdvance(text) <= width:
        return text
    tokens = _TOKENS.findall(text)
    if break_words:
        tokens = [piece for tok in tokens for piece in _split_word(tok, metrics, width)]
        # pieces of one word follow each other without a space: a line may take several
    lines: list[str] = []
    cur = ""
    for tok in tokens:
        trial = cur + tok
        if (cur.strip() and not tok.isspace() and tok[0] not in _NO_LINE_START
                and metrics.horizontalAdvance(trial.rstrip()) > width):
            lines.append(cur.rstrip())
            cur = tok.lstrip()
        else:
            cur = trial
    lines.append(cur.rstrip())
    return "\n".join(line for line in lines if line)


def wrap_balanced(text: str, font: QFont, width: float) -> str:
    """``text`` wrapped to ``width`` px, then narrowed as far as it stays on as many lines: the
    lines come out about equally long ("集成电\n路设计", not "集成电路设\n计")."""
    wrapped = wrap_to_width(text, font, width)
    lines = wrapped.count("\n")
    if not lines:
        return wrapped
    lo, hi = float(widest_word([text], font)), float(width)
    while hi - lo > 1:
        mid = (lo + hi) / 2
        if wrap_to_width(text, font, mid).count("\n") > lines:
            lo = mid
        else:
            hi = mid
    return wrap_to_width(text, font, hi)


def row_px(design_px: float, lines: int = MAX_NAME_LINES) -> int:
    """The height of one row of a category chart: ``design_px`` at 100 % grown with the text
    size, and never less than a name on ``lines`` lines of the tick font needs."""
    metrics = QFontMetrics(tick_font())
    return max(round(design_px * pt(1.0)),
               metrics.lineSpacing() * (lines - 1) + metrics.height() + 12)


def _split_word(word: str, metrics: QFontMetrics, width: float) -> list[str]:
    if word.isspace() or metrics.horizontalAdvance(word) <= width:
        return [word]
    return split_word(word, lambda piece: metrics.horizontalAdvance(piece) <= width)


def widest_line(texts: list[str], font: QFont) -> int:
    return _text_width([line for t in texts for line in t.split("\n")], font)


def widest_word(texts: list[str], font: QFont) -> int:
    return _text_width([w for t in texts for w in _TOKENS.findall(t) if not w.isspace()], font)


def readable_names_px(texts: list[str], font: QFont | None = None) -> int:
    """The narrowest a category axis wraps its names to (px of text, without ``AXIS_GAP``): the
    longest word, and at least ``READABLE_LINE_EMS`` ems unless every name is shorter."""
    font = font or tick_font()
    return max(widest_word(texts, font),
               min(widest_line(texts, font), round(READABLE_LINE_EMS * em_px(font))))


def fit_category_axis(plot: pg.PlotItem, ticks: list[tuple[float, str]], min_view_px,
                      row_design_px: float = 0, other_px: int = 0, row_floor_px=None) -> None:
    """A left category axis as wide as its names need, but never wider than leaves the plot area
    ``min_view_px()`` px: longer names wrap onto more lines (measured in the tick font), so the
    value labels, column headers and the axis title keep the room they need. A wrapped line is
    never narrower than its longest word nor than ``READABLE_LINE_EMS`` ems (a Chinese name is
    not broken into a column of single characters), and its lines come out about equally long.

    With ``row_design_px`` (a row's height at 100 %), the plot's widget gets the least height
    that gives each row the lines its names take (and at least ``row_floor_px()`` px, when
    given: what the bars and their labels need), plus ``other_px`` (axes, headers; a function
    of the plot area's width when the axis title wraps).

    Redone whenever the plot's width changes (the window, the text size)."""
    axis = plot.getAxis("left")
    font = tick_font()
    natural = widest_line([t for _, t in ticks], font)
    readable = readable_names_px([t for _, t in ticks], font)
    views = plot.scene().views() if plot.scene() is not None else []
    state = {"width": None, "base": views[0].minimumHeight() if views else 0}

    def refit(*_args, force: bool = False) -> None:
        width = plot.width()
        if width <= 0 or (width == state["width"] and not force):
            return
        state["width"] = width
        margins = plot.getContentsMargins()
        room = width - margins[0] - margins[2] - min_view_px() - AXIS_GAP
        text_px = max(min(natural, room), readable)
        shown = [(pos, wrap_balanced(t, font, text_px)) for pos, t in ticks]
        axis.setTicks([shown])
        axis.setWidth(widest_line([t for _, t in shown], font) + AXIS_GAP)
        if row_design_px and views:
            lines = max((t.count("\n") + 1 for _, t in shown), default=1)
            row = row_px(row_design_px, lines)
            if row_floor_px is not None:
                row = max(row, row_floor_px())
            view_px = room + min_view_px() - widest_line([t for _, t in shown], font)
            other = other_px(view_px) if callable(other_px) else other_px
            need = max(state["base"], len(ticks) * row + other)
            if row_floor_px is None:
                views[0].setMinimumHeight(need)
            else:  # not inside the resize that called this (its own end would undo the new size)
                QTimer.singleShot(0, views[0], lambda v=views[0], h=need: v.setMinimumHeight(h))

    axis.setTicks([ticks])
    axis.setWidth(natural + AXIS_GAP)
    plot.geometryChanged.connect(refit)
    if row_floor_px is not None and views:
        _RefitOnShow(views[0], lambda: refit(force=True))  # the floor counts shown charts only
    refit()


class _RefitOnShow(QObject):
    """Calls ``refit`` whenever ``view`` is shown (a chart fitted while hidden, at the same
    width, is fitted again once it is on screen)."""

    def __init__(self, view, refit) -> None:
        super().__init__(view)
        self._refit = refit
        view.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show:  # after the show (a resize in it would be lost)
            QTimer.singleShot(0, self, self._refit)
        return False


def draw_bars(plot: pg.PlotItem, series: ChartSeries, spec_axis: str, lang: str,
              color: QColor | None = None, value_axis: bool = True,
              wrap: bool = False, axis_scale: float = 1.0) -> list[BarHit]:
    """Vertical bars, one per point, value label (with qualifier) above each bar."""
    color = color or series_color(0)
    points = series.points
    hits: list[BarHit] = []
    labels: list[pg.TextItem] = []
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
        labels.append(label)
    bottom = plot.getAxis("bottom")
    bottom.setTicks([_category_ticks(points, lang)])
    fit_bottom_axis(plot)  # the names' descenders inside the chart
    plot.setXRange(-0.6, len(points) - 0.4, padding=0)
    plot.setYRange(0, top * (1.42 if wrap else 1.22), padding=0)
    fit_column_labels(plot, [p.value if p.stated else 0.0 for p in points], labels,
                      [p.category(lang) for p in points],
                      [wrap_label(_label_text(p, lang)) if wrap else "" for p in points])
    left = plot.getAxis("left")
    if value_axis:
        left.setLabel(spec_axis, **{"font-size": f"{pt(TICK_PT):g}pt"})
        left.setScale(axis_scale)
    else:
        plot.hideAxis("left")
    return hits


def fit_column_labels(plot: pg.PlotItem, values: list[float], labels: list[pg.TextItem],
                      categories: list[str], wrapped: list[str]) -> None:
    """Vertical bars: the y range leaves room above each bar for its value label, and the x range
    room at both ends for the first and last labels (value and category), measured in px.
    ``wrapped``: the labels' texts that may break onto more lines when a bar's share of the
    width is narrower than they are ("" for a label that stays as it is)."""
    vb = plot.getViewBox()
    font = tick_font()
    value_font = tick_font(VALUE_PT, bold=True)
    cat_px = [widest_line([c], font) for c in categories]
    n = len(values)

    def rewrap(width: float) -> None:
        share = width / max(n, 1) - 10  # a label's share of the plot's width
        for label, text in zip(labels, wrapped):
            if not text:
                continue
            _set_label_text(label, wrap_to_width(text, value_font, share),
                            Qt.AlignmentFlag.AlignHCenter)
            label.updateTextPos()

    def refit(*_args) -> None:
        width, height = vb.width(), vb.height()
        if width <= 0 or height <= 0 or not labels:
            return
        rewrap(width)
        sizes = [label.textItem.boundingRect() for label in labels]
        # y: value / top * height + label height <= height, for every bar
        top_needed = max((v * height / max(height - r.height() - 4, 1.0)
                          for v, r in zip(values, sizes)), default=1.0)
        top = max(top_needed, max(values, default=0.0) * 1.05) or 1.0
        vb.setYRange(0, top, padding=0)
        # x: half of the first and last labels inside the plot
        half_first = max(sizes[0].width(), cat_px[0] + 8) / 2
        half_last = max(sizes[-1].width(), cat_px[-1] + 8) / 2
        left = right = 0.6
        for _ in range(60):  # a fixed point: the margins' px share depends on the margins
            per_unit = width / (n - 1 + left + right)
            new = max(0.6, half_first / per_unit), max(0.6, half_last / per_unit)
            if abs(new[0] - left) + abs(new[1] - right) < 1e-4:
                break
            left, right = new
        vb.setXRange(-left, n - 1 + right, padding=0)

    vb.sigResized.connect(refit)
    refit()


def draw_hbars(plot: pg.PlotItem, spec: ChartSpec, lang: str) -> list[BarHit]:
    """Horizontal bars (grouped when there are several series); long category names on the left,
    each value label beside its bar — or under it when the plot area is too narrow for both
    (:class:`HbarLabels`)."""
    all_series = spec.series
    n_series = len(all_series)
    points0 = all_series[0].points
    band = BAR_WIDTH if n_series == 1 else 0.8
    height = band / n_series
    hits: list[BarHit] = []
    slots: list[HbarSlot] = []
    top = max((p.value for s in all_series for p in s.points if p.stated), default=1.0) or 1.0
    for si, series in enumerate(all_series):
        color = series_color(si)
        for i, p in enumerate(series.points):
            # first series on top within a group
            y = i + band / 2 - height * (si + 0.5)
            bar = hit = None
            if p.stated:
                bar = pg.BarGraphItem(x0=[0], y=[y], width=[p.value], height=height,
                                      brush=_brush(color, p.style), pen=_pen(color, p.style))
                plot.addItem(bar)
                hit = BarHit(QRectF(0, y - height / 2, p.value, height), p.figure_id,
                             p.category(lang), p.label(lang))
                hits.append(hit)
            text = _label_text(p, lang)
            label = _value_label("  " + text, lang, muted=not p.stated)
            label.setAnchor((0.0, 0.5))
            label.setPos(p.value if p.stated else 0, y)
            plot.addItem(label)
            slots.append(HbarSlot(bar, hit, label, text, p.value if p.stated else 0.0, y, height))
    ticks = _category_ticks(points0, lang)
    axis_title = _text_width([spec.axis(lang)], tick_font())
    layout = HbarLabels(plot, slots, top, readable_names_px([t for _, t in ticks]) + AXIS_GAP,
                        axis_title + 16)
    # the plot area keeps room for the longest value label beside a bar (or under it), and for
    # the axis title
    font = tick_font()
    metrics = QFontMetrics(font)

    def other_px(view_px: float) -> int:  # the numbers, and the axis title on its lines (2 or more)
        lines = wrap_to_width(spec.axis(lang), font, max(view_px - 12, 1)).count("\n") + 1
        return (1 + max(2, lines)) * metrics.height() + 40

    fit_category_axis(plot, ticks, layout.min_view_px,
                      row_design_px=44 if n_series == 1 else 36 * n_series,
                      other_px=other_px, row_floor_px=layout.row_floor_px)
    plot.setYRange(-0.6, len(points0) - 0.4, padding=0)
    layout.connect()
    plot.getAxis("bottom").setLabel(spec.axis(lang), **{"font-size": f"{pt(TICK_PT):g}pt"})
    plot.getAxis("bottom").setScale(spec.axis_scale(lang))
    fit_bottom_axis(plot)
    fit_axis_title(plot, spec.axis(lang))
    return hits


@dataclass
class HbarSlot:
    """One bar of a horizontal bar chart and its value label, in the band of its row."""

    bar: pg.BarGraphItem | None  # None: a value the source does not state (no bar, a muted label)
    hit: BarHit | None
    label: pg.TextItem
    text: str  # the label's text (without the leading spaces it has beside the bar)
    value: float
    center: float  # y of the slot's centre (data units)
    size: float  # the slot's height (data units): the bar's thickness beside its label


BELOW_GAP_PX = 2  # between a bar and the label under it
BELOW_AIR_EMS = 0.6  # between one bar's label and the next bar (the pairs read apart)
BELOW_BAR_EMS = 0.8  # a bar with its label under it is this thick (tick font ems) …
MIN_BELOW_BAR_EMS = 0.45  # … and never thinner than this


class HbarLabels:
    """Where the value labels of a horizontal bar chart go (WCAG 1.4.4: at 200 % text on a small
    screen the label must not be cut, and its type must not shrink).

    *Beside* its bar while the plot area — with the category names wrapped as narrow as they
    read (``names_px``) — holds the widest label plus the least bar (``min_bar_px``); the x range
    then leaves each label its measured room. Otherwise *under* its bar, from the bar's start: the
    bars can take the plot's whole width, each bar is thinner and each row taller (the chart grows
    by ``row_floor_px``), and a label wider than the plot area wraps at its spaces. The mode is a
    function of the plot's width alone, so a resize back and forth comes back to the same picture.

    A bar's hit rectangle (hover, the arrow keys' outline) is the same ``QRectF`` the view holds:
    it is moved with the bar."""

    def __init__(self, plot: pg.PlotItem, slots: list[HbarSlot], top: float, names_px: int,
                 axis_title_px: int = 0) -> None:
        self.plot = plot
        self.slots = slots
        self.top = top
        self.names_px = names_px
        self.axis_title_px = axis_title_px
        self.beside_px = max((_label_px(s.label) for s in slots), default=0)

    # -- the mode, from the plot's width ---------------------------------------------------------
    def room_px(self, plot_width: float | None = None) -> float:
        """The plot area's width with the names at their narrowest (a lower bound of it)."""
        width = self.plot.width() if plot_width is None else plot_width
        margins = self.plot.getContentsMargins()
        return width - margins[0] - margins[2] - self.names_px

    def below(self, plot_width: float | None = None) -> bool:
        """Under the bars when, with the names at their narrowest, the widest label and the
        least bar (``min_bar_px``) do not fit side by side."""
        width = self.plot.width() if plot_width is None else plot_width
        return width > 0 and self.room_px(width) < self.beside_px + min_bar_px()

    def min_view_px(self) -> int:
        if self.below():
            widest = max((self._text_px(s, s.text) for s in self.slots), default=0)
            return max(widest, min_bar_px())  # the axis title wraps (other_px counts its lines)
        return max(round(self.beside_px) + min_bar_px(), self.axis_title_px)

    def _text_px(self, slot: HbarSlot, text: str) -> int:
        metrics = QFontMetrics(slot.label.textItem.font())
        margin = slot.label.textItem.document().documentMargin()
        return math.ceil(max(metrics.horizontalAdvance(line) for line in text.split("\n"))
                         + 2 * margin) + 1

    def _below_text(self, slot: HbarSlot, room: float) -> str:
        margin = slot.label.textItem.document().documentMargin()
        return wrap_to_width(slot.text, slot.label.textItem.font(), room - 2 * margin - 2)

    def _text_height(self, slot: HbarSlot, text: str) -> float:
        metrics = QFontMetrics(slot.label.textItem.font())
        lines = text.count("\n") + 1
        return (metrics.lineSpacing() * (lines - 1) + metrics.height()
                + 2 * slot.label.textItem.document().documentMargin())

    def row_floor_px(self) -> int:
        """The least height of a row (one unit of y) in px: under-bar labels need their slot to
        hold a bar and the label's lines; beside its bar a label needs nothing more."""
        views = self.plot.scene().views() if self.plot.scene() is not None else []
        if not self.below() or not views or not views[0].isVisible():
            return 0  # (a chart not shown yet has pyqtgraph's first 100 px: no width to fit)
        room = max(self.room_px(), 1)
        bar = (BELOW_BAR_EMS + BELOW_AIR_EMS) * em_px()
        return max((math.ceil((self._text_height(s, self._below_text(s, room)) + BELOW_GAP_PX + bar)
                              / s.size) for s in self.slots), default=0)

    # -- drawing -----------------------------------------------------------------------------------
    def connect(self) -> None:
        self.plot.getViewBox().sigResized.connect(self.apply)
        self.apply()

    def apply(self, *_args) -> None:
        vb = self.plot.getViewBox()
        width, height = vb.width(), vb.height()
        if width <= 0 or height <= 0 or not self.slots:
            return
        low, high = vb.viewRange()[1]
        per_unit = height / max(high - low, 1e-9)  # px of one unit of y
        below = self.below()
        room = min(width, max(self.room_px(), 1)) if below else width
        em = em_px()
        for slot in self.slots:
            if below:
                text = self._below_text(slot, room)
                _set_label_text(slot.label, text)
                label_px = self._text_height(slot, text)
                bar_px = min(BELOW_BAR_EMS * em, slot.size * per_unit - label_px - BELOW_GAP_PX)
                bar_px = max(bar_px, MIN_BELOW_BAR_EMS * em)
                pair = (bar_px + BELOW_GAP_PX + label_px) / per_unit
                bar_top = slot.center + min(pair, slot.size) / 2
                thick = bar_px / per_unit
                slot.label.setAnchor((0.0, 0.0))
                slot.label.setPos(0, bar_top - thick - BELOW_GAP_PX / per_unit)
                self._place_bar(slot, bar_top - thick / 2, thick)
            else:
                _set_label_text(slot.label, "  " + slot.text)
                slot.label.setAnchor((0.0, 0.5))
                slot.label.setPos(slot.value, slot.center)
                self._place_bar(slot, slot.center, slot.size)
        if below:  # the bars take the whole width; each label starts at 0, as wide as the area
            vb.setXRange(0, self.top * 1.04, padding=0)
            return
        right = self.top
        for slot in self.slots:
            space = width - _label_px(slot.label) - 2  # px left of the label for the bar
            right = max(right, slot.value * width / space if space > 0 else slot.value * 5)
        vb.setXRange(0, right or 1.0, padding=0)

    @staticmethod
    def _place_bar(slot: HbarSlot, center: float, thick: float) -> None:
        if slot.bar is None:
            return
        if slot.bar.opts.get("y") is not None and abs(slot.bar.opts["height"] - thick) < 1e-9 \
                and abs(float(slot.bar.opts["y"][0]) - center) < 1e-9:
            return
        slot.bar.setOpts(y=[center], height=thick)
        if slot.hit is not None:
            slot.hit.rect.setRect(0, center - thick / 2, slot.value, thick)


def _set_label_text(label: pg.TextItem, text: str,
                    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
    """A label's new text with its lines aligned (left: a value label under its bar starts with
    it; centred: a column's value label or header, then as wide as its widest line)."""
    if label.toPlainText() == text:
        return
    item = label.textItem
    item.setTextWidth(-1)  # the width set for the last text would wrap this one
    label.setText(text)
    option = item.document().defaultTextOption()
    option.setAlignment(align)
    item.document().setDefaultTextOption(option)
    if align == Qt.AlignmentFlag.AlignHCenter:  # centring needs a text width to centre in
        item.setTextWidth(item.document().idealWidth())
    label.updateTextPos()


def fit_axis_title(plot: pg.PlotItem, title: str) -> None:
    """The bottom axis title on two lines (or more) when the plot area is narrower than it is
    (the category names took the rest at a large text size); on one line again when it fits."""
    vb = plot.getViewBox()
    axis = plot.getAxis("bottom")
    font = tick_font()
    state = {"shown": title}

    def refit(*_args) -> None:
        width = vb.width()
        if width <= 0:
            return
        room = width + axis.label.document().documentMargin() * -2 - 4
        lines = wrap_to_width(title, font, room).split("\n")
        if lines == state["shown"].split("\n"):
            return
        state["shown"] = "\n".join(lines)
        html = "<br>".join(line.replace("&", "&amp;").replace("<", "&lt;") for line in lines)
        axis.labelText = html
        axis._updateLabel()
        option = axis.label.document().defaultTextOption()
        option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        axis.label.document().setDefaultTextOption(option)
        axis._updateHeight()

    vb.sigResized.connect(refit)
    refit()


def fit_bottom_axis(plot: pg.PlotItem) -> None:
    """A bottom axis high enough for its numbers and its title one under the other: pyqtgraph
    counts 80 % of each and sets the title 5 px low, which at a large text size lets them overlap
    or cuts the title; the missing part is added whenever the axis works out its height."""
    axis = plot.getAxis("bottom")
    if getattr(axis, "_etown_height_fitted", False):
        return
    axis._etown_height_fitted = True
    own = axis._updateHeight

    def update_height() -> None:
        own()
        if axis.fixedHeight is not None or not axis.isVisible():
            return
        extra = 0.2 * QFontMetrics(tick_font()).height() + 6
        if axis.label.isVisible():
            extra += 0.2 * axis.label.boundingRect().height()
        height = axis.maximumHeight() + extra
        axis.setMaximumHeight(height)
        axis.setMinimumHeight(height)

    axis._updateHeight = update_height
    axis._updateHeight()


def keep_plot_in_view(widget: pg.PlotWidget) -> None:
    """Give the plot its widget's size again when its layout grew it past the widget (a minimum
    height met for a moment while the axes refit, e.g. an axis title wrapped at a narrow first
    width): a top-level QGraphicsWidget keeps the size it grew to, and the plot's bottom (the
    axis title) would be cut by the widget's edge."""
    plot = widget.getPlotItem()

    def check() -> None:
        if widget.closed:
            return
        room = widget.range
        size = plot.geometry().size()
        least = plot.effectiveSizeHint(Qt.SizeHint.MinimumSize)
        if ((size.height() > room.height() + 0.5 and least.height() <= room.height())
                or (size.width() > room.width() + 0.5 and least.width() <= room.width())):
            plot.setGeometry(room)

    plot.geometryChanged.connect(lambda: QTimer.singleShot(0, widget, check))  # not after it is gone


def _label_px(label: pg.TextItem) -> float:
    """The width a value label takes beside its bar, in px (its text box, margins included)."""
    return label.textItem.boundingRect().width()


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
    head_font = tick_font(TICK_PT, bold=True)
    names = [d.name(lang) for d in districts]
    # a column as wide as its longest header word (and the dot), whatever the industry names take
    em = QFontMetrics(head_font).horizontalAdvance("国")
    column_px = max(min_column_px(), widest_word(names, head_font) + 16,
                    min(widest_line(names, head_font), 4 * em) + 16)
    fit_category_axis(plot, ticks, lambda: round(column_px * (n_cols + 0.1)))
    plot.hideAxis("bottom")
    left.setStyle(tickLength=0)
    # column headers as text items: an axis would silently hide the edge columns' names
    heads = []
    for col, name in enumerate(names):
        head = pg.TextItem(text=name, color=c.text, anchor=(0.5, 1.0))
        head.setFont(head_font)
        head.setPos(col, n_rows - 0.5)
        plot.addItem(head)
        heads.append(head)
    plot.setXRange(-0.55, n_cols - 0.45, padding=0)
    fit_column_heads(plot, heads, names, n_rows)
    return hits


def fit_column_heads(plot: pg.PlotItem, heads: list[pg.TextItem], names: list[str],
                     n_rows: int) -> None:
    """Matrix column headers wrapped to their column's width, with the rows moved down far
    enough that the tallest header fits above them (both redone when the plot is resized).

    A header word wider than its column (200 % text: "Changping" over a narrow column) is not
    broken while more room will do: the headers then stand in two staggered tiers, each free to
    take the width of two columns (up to the next header of its own tier, within the plot), and
    are shifted off-centre at the plot's edges. Only a word wider than that breaks, at a point a
    reader would (:func:`wrap_to_width` with ``break_words``)."""
    vb = plot.getViewBox()
    font = tick_font(TICK_PT, bold=True)
    state: dict = {}

    def refit(*_args) -> None:
        width, height = vb.width(), vb.height()
        if width <= 0 or height <= 0:
            return
        (x_lo, x_hi), _ = vb.viewRange()
        column = width / (x_hi - x_lo)  # px of one column
        margin = 2 * heads[0].textItem.document().documentMargin() if heads else 0
        gap = em_px(font) / 4 / column  # between two headers of one tier (columns)
        single = max(column - margin - 2, 10)
        staggered = len(heads) > 1 and widest_word(names, font) > single
        extents, heights = [], []
        for i, (head, name) in enumerate(zip(heads, names)):
            if staggered:  # up to the next header of the same tier, within the plot
                lo, hi = max(x_lo, i - 1 + gap / 2), min(x_hi, i + 1 - gap / 2)
                room = max((hi - lo) * column - margin - 2, 10)
            else:
                lo, hi, room = i - 0.5, i + 0.5, single
            text = wrap_to_width(name, font, room, break_words=True)
            _set_label_text(head, text, Qt.AlignmentFlag.AlignHCenter)
            box = head.textItem.boundingRect()
            half = (box.width() - margin) / 2 / column  # the text's half width, in columns
            # centred on its column, or moved inside its span where it would stick out
            x = min(max(float(i), lo + half), hi - half) if staggered else float(i)
            extents.append((x - half, x + half))
            heights.append(box.height())
        lifts = _header_lifts(extents, heights, gap, staggered)
        # rows fill -0.55 .. n_rows - 0.5; the headers need ``need`` px above that
        need = max((lift + h for lift, h in zip(lifts, heights)), default=0) + 6
        # the widget as high as the rows need for the lines their names take, and the headers
        names_shown = plot.getAxis("left")._tickLevels or [[]]
        lines = max((t.count("\n") + 1 for _, t in names_shown[0]), default=1)
        views = plot.scene().views() if plot.scene() is not None else []
        if views:
            base = state.setdefault("base", views[0].minimumHeight())
            outside = plot.height() - height  # margins, around the plot area
            views[0].setMinimumHeight(max(base, round((n_rows + 0.05) * row_px(42, lines)
                                                      + need + outside)))
        rows = n_rows + 0.05
        extra = need * rows / max(height - need, 1.0)
        vb.setYRange(-0.55, n_rows - 0.5 + extra, padding=0)
        per_px = rows / max(height - need, 1.0)  # data units of y per px
        for head, (left, right), lift in zip(heads, extents, lifts):
            head.setPos((left + right) / 2, n_rows - 0.5 + lift * per_px)

    vb.sigResized.connect(refit)
    refit()


def _header_lifts(extents: list[tuple[float, float]], heights: list[float], gap: float,
                  staggered: bool, tier_gap: float = 4) -> list[float]:
    """How far above the grid each column header stands (px). Not staggered: all on the grid.
    Staggered: one tier (every other header) on the grid, each header of the other just above
    the grid-tier headers it would meet side by side (none: on the grid too) — the tier put on
    the grid is the one that keeps the headers lowest."""
    if not staggered:
        return [0.0] * len(heights)
    best: list[float] = []
    for down in (0, 1):
        lifts = []
        for i, (left, right) in enumerate(extents):
            if i % 2 == down:
                lifts.append(0.0)
                continue
            below = [heights[j] for j, (l2, r2) in enumerate(extents)
                     if j % 2 == down and l2 < right + gap and r2 > left - gap]
            lifts.append(max(below) + tier_gap if below else 0.0)
        if not best or max(l + h for l, h in zip(lifts, heights)) \
                < max(l + h for l, h in zip(best, heights)):
            best = lifts
    return best


def draw_panel(plot: pg.PlotItem, series: ChartSeries, lang: str) -> list[BarHit]:
    """One small bar chart of a "panels" spec: the panel's own unit, no value axis."""
    return draw_bars(plot, series, "", lang, value_axis=False, wrap=True)
