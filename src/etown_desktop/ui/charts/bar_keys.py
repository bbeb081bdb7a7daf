"""Keyboard on a focused chart plot: the arrow keys move from bar to bar (reading order), the
focused bar is outlined and its provenance shown; Enter, Return or Space on it is a click.

The chart view registers each plot widget once its bars are drawn (:meth:`BarKeys.add_plot`)."""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from etown_desktop.ui.accessibility.keys import is_activation
from etown_desktop.ui.charts.chart_drawing import BarHit
from etown_desktop.ui.theme import colors

OUTLINE_PX = 3.0
GAP_PX = 4.0  # between the bar and its outline: the outline lies on the background, not the bar
NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up)


def reading_order(hits: list[BarHit], horizontal: bool) -> list[BarHit]:
    """Bars as a reader meets them: top to bottom for horizontal bars, else left to right (and
    top to bottom within a column, e.g. a matrix)."""
    if horizontal:
        return sorted(hits, key=lambda h: -h.rect.normalized().center().y())
    return sorted(hits, key=lambda h: (h.rect.normalized().center().x(), -h.rect.normalized().center().y()))


def outline_rect(plot: pg.PlotItem, hit: BarHit) -> QRectF:
    """The bar's rectangle grown by a few pixels on every side (in the plot's data units)."""
    px_w, px_h = plot.getViewBox().viewPixelSize()
    pad_x, pad_y = px_w * (GAP_PX + OUTLINE_PX / 2), px_h * (GAP_PX + OUTLINE_PX / 2)
    return hit.rect.normalized().adjusted(-pad_x, -pad_y, pad_x, pad_y)


class _PlotBars:
    def __init__(self, plot: pg.PlotItem, bars: list[BarHit], name: str) -> None:
        self.plot = plot
        self.name = name  # the plot's accessible name without a bar
        self.bars = bars
        self.current: int | None = None
        self.outline = QGraphicsRectItem()
        pen = QPen(QColor(colors().text))  # the text colour: >= 4.5:1 on the chart's background
        pen.setCosmetic(True)
        pen.setWidthF(OUTLINE_PX)
        self.outline.setPen(pen)
        self.outline.setZValue(1000)  # over the bars and their labels
        self.outline.hide()
        plot.addItem(self.outline, ignoreBounds=True)


class BarKeys(QObject):
    """``on_bar(hit)`` shows a bar's provenance; ``on_activate(hit)`` is what a click does."""

    def __init__(self, on_bar: Callable[[BarHit], None], on_activate: Callable[[BarHit], None],
                 horizontal: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_bar, self.on_activate = on_bar, on_activate
        self.horizontal = horizontal
        self._plots: dict[pg.PlotWidget, _PlotBars] = {}

    def add_plot(self, widget: pg.PlotWidget, hits: list[BarHit]) -> None:
        bars = reading_order(list(hits), self.horizontal)
        if bars:
            self._plots[widget] = _PlotBars(widget.getPlotItem(), bars, widget.accessibleName())
            widget.installEventFilter(self)

    def bars(self, widget: pg.PlotWidget) -> list[BarHit]:
        entry = self._plots.get(widget)
        return list(entry.bars) if entry else []

    def current(self, widget: pg.PlotWidget) -> BarHit | None:
        entry = self._plots.get(widget)
        if entry is None or entry.current is None:
            return None
        return entry.bars[entry.current]

    def outline(self, widget: pg.PlotWidget) -> QGraphicsRectItem | None:
        entry = self._plots.get(widget)
        return entry.outline if entry else None

    def move(self, widget: pg.PlotWidget, step: int) -> BarHit | None:
        """The next (step 1) or previous (-1) bar; from none, the first or the last."""
        entry = self._plots[widget]
        n = len(entry.bars)
        if entry.current is None:
            entry.current = 0 if step > 0 else n - 1
        else:
            entry.current = min(n - 1, max(0, entry.current + step))
        hit = entry.bars[entry.current]
        entry.outline.setRect(outline_rect(entry.plot, hit))
        entry.outline.show()
        # a screen reader reads the focused plot's new name: the bar, its qualified value
        widget.setAccessibleName(f"{entry.name} — {hit.category}: {hit.label}")
        self.on_bar(hit)
        return hit

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        entry = self._plots.get(obj)
        if entry is None:
            return False
        if event.type() == QEvent.Type.KeyPress:
            return self._key(obj, entry, event)
        if event.type() == QEvent.Type.FocusOut:
            entry.outline.hide()
            obj.setAccessibleName(entry.name)
        elif event.type() == QEvent.Type.FocusIn and entry.current is not None:
            entry.outline.show()
        return False

    def _key(self, widget: pg.PlotWidget, entry: _PlotBars, event: QKeyEvent) -> bool:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False  # Ctrl/Alt/Shift chords belong to the window (Shift+Tab, shortcuts)
        key = event.key()
        if key in NEXT_KEYS or key in PREVIOUS_KEYS:
            self.move(widget, 1 if key in NEXT_KEYS else -1)
            return True
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            entry.current = None
            self.move(widget, 1 if key == Qt.Key.Key_Home else -1)
            return True
        if is_activation(event) and entry.current is not None:
            self.on_activate(entry.bars[entry.current])
            return True
        return False
