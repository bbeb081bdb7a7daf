"""Keyboard on a chart (issue 21 §2): on a focused plot the arrow keys move from bar to bar, the
focused bar is outlined where a keyboard user can see it and its provenance goes to the source
panel; Enter (or Return, Space) on it is a click."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from etown_desktop.core.charts import build_chart
from etown_desktop.ui.charts.chart_view import ChartView
from etown_desktop.ui.theme import colors


def _focused_view(qtbot, repo, hub, chart_id):
    view = ChartView(build_chart(repo, chart_id), hub, lang="en")
    qtbot.addWidget(view)
    view.resize(1200, view.sizeHint().height())
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=3000)
    widget = view.plot_widgets[0]
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=3000)
    return view, widget


def _shown(hub):
    seen: list[str] = []
    hub.figureActivated.connect(seen.append)
    return seen


def _outline_pixels(widget, hit, plot) -> int:
    """Pixels in the text colour just left of the bar, half-way up (where the outline is drawn,
    on the chart's background: without it they have the background's colour)."""
    image = widget.grab().toImage()
    scale = image.width() / widget.width()
    vb = plot.getViewBox()
    rect = hit.rect.normalized()
    edge = widget.mapFromScene(vb.mapViewToScene(rect.center()))
    left = widget.mapFromScene(vb.mapViewToScene(rect.topLeft()))
    ink = QColor(colors().text)
    count = 0
    for dx in range(-12, 0):
        p = QPoint(left.x() + dx, edge.y())
        c = QColor(image.pixel(int(p.x() * scale), int(p.y() * scale)))
        if all(abs(a - b) <= 30 for a, b in zip(c.getRgb()[:3], ink.getRgb()[:3])):
            count += 1
    return count


def test_arrows_walk_the_bars_and_show_each_source(qtbot, repo, hub):
    view, widget = _focused_view(qtbot, repo, hub, "overview.output_trend")
    seen = _shown(hub)
    name = widget.accessibleName()
    bars = view.bar_keys.bars(widget)
    assert [b.figure_id for b in bars] == ["F041", "F001"]  # left to right: 2012, 2021
    outline = view.bar_keys.outline(widget)
    assert not outline.isVisible()
    QTest.keyClick(widget, Qt.Key.Key_Right)
    assert seen == ["F041"] and view.bar_keys.current(widget) is bars[0]
    # a screen reader hears the bar: the chart's name, then the year and the qualified value
    assert widget.accessibleName().startswith(view.spec.title_en) and "2012: > ¥200 bn" in widget.accessibleName()
    assert outline.isVisible() and outline.rect().contains(bars[0].rect.normalized())
    qtbot.waitUntil(lambda: _outline_pixels(widget, bars[0], view.plot) >= 2, timeout=3000)
    QTest.keyClick(widget, Qt.Key.Key_Right)
    assert seen == ["F041", "F001"] and outline.rect().contains(bars[1].rect.normalized())
    QTest.keyClick(widget, Qt.Key.Key_Right)  # the last bar stays
    assert view.bar_keys.current(widget) is bars[1]
    QTest.keyClick(widget, Qt.Key.Key_Left)
    assert seen[-1] == "F041"
    QTest.keyClick(widget, Qt.Key.Key_End)
    assert seen[-1] == "F001"
    QTest.keyClick(widget, Qt.Key.Key_Home)
    assert seen[-1] == "F041"
    widget.clearFocus()  # the outline goes with the focus, and comes back with it
    assert not outline.isVisible() and widget.accessibleName() == name
    qtbot.waitUntil(lambda: _outline_pixels(widget, bars[0], view.plot) == 0, timeout=3000)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    assert outline.isVisible()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_enter_on_a_bar_is_a_click(qtbot, repo, hub, key):
    view, widget = _focused_view(qtbot, repo, hub, "overview.output_trend")
    clicked: list[str] = []
    view.figureClicked.connect(clicked.append)
    QTest.keyClick(widget, key)  # no bar chosen yet: nothing happens
    assert clicked == []
    QTest.keyClick(widget, Qt.Key.Key_Right)
    QTest.keyClick(widget, Qt.Key.Key_Right)
    QTest.keyClick(widget, key)
    assert clicked == ["F001"]


def test_horizontal_bars_go_top_to_bottom(qtbot, repo, hub):
    view, widget = _focused_view(qtbot, repo, hub, "clusters.bluepaper_2020")
    seen = _shown(hub)
    spec_order = [p.figure_id for p in view.spec.series[0].points]  # drawn bottom to top
    for _ in spec_order:
        QTest.keyClick(widget, Qt.Key.Key_Down)
    assert seen == list(reversed(spec_order))


def test_every_panel_of_a_panels_chart_takes_the_arrows(qtbot, repo, hub):
    view, _ = _focused_view(qtbot, repo, hub, "targets.plan2025")
    seen = _shown(hub)
    for widget in view.plot_widgets:
        bars = view.bar_keys.bars(widget)
        assert bars, widget.accessibleName()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(widget, Qt.Key.Key_Right)
        assert view.bar_keys.current(widget) is bars[0]
        if bars[0].figure_id:
            assert seen[-1] == bars[0].figure_id


def test_matrix_dots_show_their_statement(qtbot, repo, hub):
    view, widget = _focused_view(qtbot, repo, hub, "clusters.zone_matrix")
    statements: list[object] = []
    hub.statementActivated.connect(statements.append)
    QTest.keyClick(widget, Qt.Key.Key_Right)
    assert len(statements) == 1 and view.bar_keys.current(widget).point is not None
