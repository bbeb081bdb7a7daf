"""A finger scrolls every tab (issue 21 §4): QScroller's touch gesture is grabbed on the viewport
of every scroll area of every tab (charts left out), and a mouse drag does not scroll."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsView, QScroller

from etown_desktop.ui.accessibility.touch_scroll import touch_scroll_areas


def _grabbed(area) -> bool:
    """A QScroller gesture is grabbed on the viewport, and it is the touch one: grabbing
    TouchGesture makes the viewport accept touch events (a mouse-drag grab does not, and a mouse
    drag not scrolling is tested below). grabbedGesture gives a widget with no grab a scroller
    and Qt.CustomGesture, hence hasScroller first."""
    viewport = area.viewport()
    return (QScroller.hasScroller(viewport)
            and QScroller.grabbedGesture(viewport).value > Qt.GestureType.CustomGesture.value
            and viewport.testAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents))


def test_every_tab_scroll_area_scrolls_by_touch(open_main_window):
    window = open_main_window((1366, 768))
    counted = {}
    for name in window.tab_names:
        tab = window.tab_widget(name)
        areas = touch_scroll_areas(tab)
        assert areas, f"tab {name} has no scroll area"
        assert not any(isinstance(a, QGraphicsView) for a in areas)
        missing = [a.objectName() or type(a).__name__ for a in areas if not _grabbed(a)]
        assert missing == [], (name, missing)
        counted[name] = len(areas)
    assert len(counted) == len(window.tab_names)
    # the charts keep their taps: no gesture on a plot
    overview = window.tab_widget("overview")
    assert not any(QScroller.hasScroller(w.viewport()) for c in overview.charts for w in c.plot_widgets)


def _drag(qtbot, viewport, start: QPoint, press, move, release) -> None:
    """A 300 px upward drag, paced like a hand (QScroller measures the speed between events)."""
    press(start)
    for dy in range(10, 310, 10):
        qtbot.wait(10)  # the pace of the gesture, not a synchronisation
        move(start - QPoint(0, dy))
    release(start - QPoint(0, 300))


def test_a_finger_scrolls_a_tab_and_a_mouse_drag_does_not(open_main_window, qtbot):
    window = open_main_window((1366, 768))
    window.select_tab("overview")
    area = touch_scroll_areas(window.tab_widget("overview"))[0]
    bar, viewport = area.verticalScrollBar(), area.viewport()
    assert bar.maximum() > 0  # the tab is taller than the window: there is something to scroll
    scroller = QScroller.scroller(viewport)
    start = QPoint(viewport.width() - 8, viewport.height() - 20)  # beside the charts
    bar.setValue(0)
    button, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    _drag(qtbot, viewport, start, lambda p: QTest.mousePress(viewport, button, none, p),
          lambda p: QTest.mouseMove(viewport, p), lambda p: QTest.mouseRelease(viewport, button, none, p))
    qtbot.waitUntil(lambda: scroller.state() == QScroller.State.Inactive, timeout=5000)
    assert bar.value() == 0  # a mouse drag selects or clicks, it does not scroll
    device = QTest.createTouchDevice()  # touch points in the window's coordinates, as a screen sends them

    def at(p: QPoint) -> QPoint:
        return viewport.mapTo(window, p)

    _drag(qtbot, viewport, start,
          lambda p: QTest.touchEvent(window, device).press(0, at(p), window).commit(),
          lambda p: QTest.touchEvent(window, device).move(0, at(p), window).commit(),
          lambda p: QTest.touchEvent(window, device).release(0, at(p), window).commit())
    qtbot.waitUntil(lambda: bar.value() >= 200, timeout=5000)  # the finger's 300 px, and on
    scroller.stop()
