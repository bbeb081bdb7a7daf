"""Checks that a tab (or the whole window) reads on the screen it is shown on.

Used by the layout-matrix tests and by ``etown-desktop screenshot --check``: no label clipped, no
widget outside the viewport horizontally, every table showing at least eight rows (or all of them),
every chart at least 240 logical pixels high and no text of a chart cut (a value label or column
header past its plot's edge, an axis title past the chart's, a category name wider than its axis,
hidden by it or drawn over its neighbour), every tab title visible in the tab bar.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QAbstractScrollArea,
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QStyleOptionTab,
    QTabBar,
    QTableView,
    QTabWidget,
    QToolButton,
    QWidget,
)

MIN_TABLE_ROWS = 8
MIN_CHART_HEIGHT = 240
_SLACK = 2


def clipped_labels(widget: QWidget) -> list[str]:
    """Visible plain-text labels without the room their text needs."""
    problems = []
    for label in widget.findChildren(QLabel):
        text = label.text()
        if not text or not label.isVisibleTo(widget) or label.width() <= 0:
            continue
        if label.textFormat() == Qt.TextFormat.RichText or GuiQt.mightBeRichText(text):
            # rich text lays out by its own rules; on one line (no word wrap) it needs its
            # document's width (a chart legend running past the chart's edge)
            if not label.wordWrap() and label.textFormat() != Qt.TextFormat.PlainText:
                need = label.sizeHint().width()
                if need > label.width() + _SLACK:
                    problems.append(f"label {text[:40]!r}: needs {need} px wide, has {label.width()}")
            continue
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height() + _SLACK:
                problems.append(f"label {text[:40]!r}: needs {need} px high, has {label.height()}")
        else:
            need = label.fontMetrics().horizontalAdvance(text)
            room = label.contentsRect().width()
            if need > room + _SLACK:
                problems.append(f"label {text[:40]!r}: needs {need} px wide, has {room}")
    return problems


def _inside_inner_scroll_area(widget: QWidget, page: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def outside_viewport(page: QWidget) -> list[str]:
    """Widgets that reach beyond the visible width of the page (a scroll area's viewport)."""
    viewport = page.viewport() if isinstance(page, QScrollArea) else page
    width = viewport.width()
    problems = []
    kinds = (QLabel, QFrame, QAbstractButton, QLineEdit, QTableView)
    for w in page.findChildren(QWidget):
        if not isinstance(w, kinds) or not w.isVisibleTo(page) or w.width() <= 0:
            continue
        if _inside_inner_scroll_area(w, page) or (isinstance(page, QScrollArea) and w is viewport):
            continue
        left = w.mapTo(viewport, QPoint(0, 0)).x()
        right = left + w.width()
        if left < -_SLACK or right > width + _SLACK:
            name = w.objectName() or type(w).__name__
            text = w.text()[:30] if hasattr(w, "text") and callable(w.text) else ""
            problems.append(f"{name} {text!r} spans x {left}..{right}, viewport is {width} wide")
    return problems


def short_tables(page: QWidget) -> list[str]:
    problems = []
    for table in page.findChildren(QTableView):
        if not table.isVisibleTo(page) or table.model() is None:
            continue
        rows = table.model().rowCount()
        row_h = max(1, table.verticalHeader().defaultSectionSize())
        shown = table.viewport().height() // row_h
        if shown < min(MIN_TABLE_ROWS, rows):
            problems.append(f"table {table.objectName() or type(table).__name__}: {shown} rows "
                            f"visible of {rows} (need {MIN_TABLE_ROWS})")
    return problems


def short_charts(page: QWidget) -> list[str]:
    problems = []
    for chart in page.findChildren(QWidget):
        if chart.objectName().startswith("chart:") and chart.isVisibleTo(page):
            if chart.height() < MIN_CHART_HEIGHT:
                problems.append(f"{chart.objectName()}: {chart.height()} px high "
                                f"(need {MIN_CHART_HEIGHT})")
    return problems


def _inside(inner, outer, slack: float = _SLACK) -> bool:
    return (inner.left() >= outer.left() - slack and inner.right() <= outer.right() + slack
            and inner.top() >= outer.top() - slack and inner.bottom() <= outer.bottom() + slack)


def clipped_chart_text(chart: QWidget) -> list[str]:
    """Text of a chart view (``.plots``/``.plot_widgets``, ui/charts) that is not shown whole.

    Measured on the live items: every text item of a plot (value labels, column headers) inside the
    plot area that clips it, every axis title inside the visible chart, every category name of a
    category axis drawn (pyqtgraph silently drops what its axis has no room for) and as wide as the
    axis leaves it room.
    """
    import pyqtgraph as pg

    problems = []
    name = chart.objectName()
    for plot, widget in zip(getattr(chart, "plots", []), getattr(chart, "plot_widgets", [])):
        if not widget.isVisibleTo(chart) or widget.width() <= 0:
            continue
        visible = widget.mapToScene(widget.viewport().rect()).boundingRect()
        vb = plot.getViewBox()
        vb.prepareForPaint()  # a plot not painted yet (scrolled out of sight) maps by its new range
        area = vb.sceneBoundingRect()
        texts, bars = [], []
        for item in vb.addedItems:
            if isinstance(item, pg.BarGraphItem) and item.isVisible() and _single_bar(item):
                bars.append(item.mapRectToScene(item.boundingRect()))
            if isinstance(item, pg.TextItem) and item.isVisible() and item.toPlainText().strip():
                item.updateTransform(force=True)
                margin = item.textItem.document().documentMargin()
                rect = item.mapRectToScene(item.textItem.mapRectToParent(
                    item.textItem.boundingRect().adjusted(margin, margin, -margin, -margin)))
                texts.append((item.toPlainText(), rect))
                if not _inside(rect, area):
                    problems.append(f"{name}: text {item.toPlainText()[:30]!r} cut by the plot edge "
                                    f"(x {rect.left():.0f}..{rect.right():.0f}, y {rect.top():.0f}.."
                                    f"{rect.bottom():.0f}; plot x {area.left():.0f}..{area.right():.0f},"
                                    f" y {area.top():.0f}..{area.bottom():.0f})")
        problems += _overlapping_texts(name, texts, bars)
        for side in ("left", "bottom"):
            axis = plot.getAxis(side)
            if not axis.isVisible():
                continue
            if axis.label.isVisible() and axis.labelText:
                margin = axis.label.document().documentMargin()  # empty, around the text
                rect = axis.label.sceneBoundingRect().adjusted(margin, margin, -margin, -margin)
                if not _inside(rect, visible):
                    problems.append(f"{name}: axis title {axis.labelText[:30]!r} cut by the chart edge")
            ticks = axis._tickLevels  # set by setTicks (category axes); None for number axes
            if not ticks:
                continue
            wanted = [text for level in ticks[:1] for _, text in level]
            drawn = _drawn_ticks(axis)
            if any(text not in drawn for text in wanted):
                # An axis not painted yet grows to its text on its first paint (pyqtgraph's
                # autoExpandTextSpace), as the one just measured: let it, then look again.
                QApplication.sendPostedEvents()
                QApplication.processEvents()
                drawn = _drawn_ticks(axis)
            bounds = axis.boundingRect()
            font_metrics = QFontMetrics(axis.style["tickFont"] or axis.font())
            if side == "left":
                problems += _overlapping_categories(name, drawn, font_metrics)
            for text in wanted:
                if text not in drawn:
                    problems.append(f"{name}: category {text[:30]!r} not drawn by its {side} axis")
                    continue
                need = max(font_metrics.horizontalAdvance(line) for line in text.split("\n"))
                rect = drawn[text]
                left = rect.right() - need if side == "left" else rect.center().x() - need / 2
                if side == "left" and left < bounds.left() - _SLACK:
                    problems.append(f"{name}: category {text[:30]!r} needs {need} px, its axis "
                                    f"leaves {rect.right() - bounds.left():.0f}")
    return problems


def _single_bar(item) -> bool:
    """A BarGraphItem that draws one bar (a value's bar; not a grid of matrix cells)."""
    for key in ("x", "x0", "y", "y0"):
        values = item.opts.get(key)
        if values is not None and hasattr(values, "__len__") and len(values) != 1:
            return False
    return True


def _overlapping_texts(name: str, texts: list, bars: list) -> list[str]:
    """Texts of one plot drawn over each other, or over a bar (a value label under its bar that
    reaches into the next one)."""
    problems = []

    def overlap(a, b) -> bool:
        inter = a.intersected(b)
        return inter.width() > _SLACK and inter.height() > _SLACK

    for i, (text, rect) in enumerate(texts):
        for other, other_rect in texts[i + 1:]:
            if overlap(rect, other_rect):
                problems.append(f"{name}: texts {text.strip()[:20]!r} and {other.strip()[:20]!r} "
                                "drawn over each other")
        if any(overlap(rect, bar) for bar in bars):
            problems.append(f"{name}: text {text.strip()[:30]!r} drawn over a bar")
    return problems


def _overlapping_categories(name: str, drawn: dict, font_metrics: QFontMetrics) -> list[str]:
    """Category names of a left axis drawn over each other: each name's lines take their line
    height, centred on its tick (as pyqtgraph draws them), and must end before the next begins."""
    spans = []
    for text, rect in drawn.items():
        lines = text.count("\n") + 1
        half = (font_metrics.lineSpacing() * (lines - 1) + font_metrics.height()) / 2
        spans.append((rect.center().y() - half, rect.center().y() + half, text))
    spans.sort()
    return [f"{name}: categories {a[2][:20]!r} and {b[2][:20]!r} drawn over each other "
            f"({a[1] - b[0]:.0f} px)"
            for a, b in zip(spans, spans[1:]) if a[1] > b[0] + _SLACK]


def _drawn_ticks(axis) -> dict:
    """The tick texts a pyqtgraph axis draws at its present size, with their rectangles."""
    from PySide6.QtGui import QImage, QPainter

    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return {text: rect for rect, _flags, text in (specs[2] if specs else [])}


def clipped_charts(page: QWidget) -> list[str]:
    return [p for chart in page.findChildren(QWidget)
            if chart.objectName().startswith("chart:") and chart.isVisibleTo(page)
            for p in clipped_chart_text(chart)]


def audit_page(page: QWidget) -> list[str]:
    return (clipped_labels(page) + outside_viewport(page) + short_tables(page) + short_charts(page)
            + clipped_charts(page))


def hidden_tabs(tabs: QTabWidget) -> list[str]:
    bar = tabs.tabBar()
    room = tabs.width()
    corner = tabs.cornerWidget()
    if corner is not None and corner.isVisible():
        room -= corner.width()
    problems = []
    overflow = tabs.findChild(QToolButton, "moreTabs")
    in_menu = {a.text() for a in overflow.menu().actions()} if overflow is not None and overflow.menu() else set()
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            if overflow is None or not overflow.isVisible() or not in_menu:
                problems.append(f"tab {i} is hidden and not in a visible overflow menu")
            continue
        rect = bar.tabRect(i)
        right = bar.mapTo(tabs, rect.topRight()).x()
        if rect.left() < 0 or right > room + _SLACK:
            problems.append(f"tab {bar.tabText(i)!r} is not fully visible (right edge {right}, room {room})")
        need = bar.fontMetrics().horizontalAdvance(bar.tabText(i).replace("&&", "&"))
        if need > rect.width():
            problems.append(f"tab {bar.tabText(i)!r} is cut ({rect.width()} px for {need})")
    return problems


def audit_window_frame(window: QMainWindow) -> list[str]:
    """The parts around the tabs: tab bar and status bar."""
    problems = hidden_tabs(window.tabs)
    status = getattr(window, "status_label", None)
    if status is not None and status.isVisible() and status.text():
        need = status.fontMetrics().horizontalAdvance(status.text())
        if need > status.contentsRect().width() + _SLACK or status.text().endswith("…"):
            problems.append(f"status bar text cut: needs {need} px, has {status.contentsRect().width()}")
    return problems


def shortened_tabs(bar: QTabBar) -> list[str]:
    """Tabs whose title Qt shortens ("会谈…") — the text the style is given to draw."""
    problems = []
    for i in range(bar.count()):
        option = QStyleOptionTab()
        bar.initStyleOption(option, i)  # Qt elides the title here when the tab is too narrow
        if option.text != bar.tabText(i):
            problems.append(f"tab {bar.tabText(i)!r} is shown as {option.text!r}")
    return problems


def dock_tab_problems(window: QMainWindow) -> list[str]:
    """The tabs of docks placed on top of each other (QMainWindow's own tab bars)."""
    return [p for bar in window.children() if isinstance(bar, QTabBar) and bar.isVisible()
            for p in shortened_tabs(bar)]
