"""Keyboard only (issue 21 §2): F6 / Shift+F6 go round the panes of the main window — the current
tab's content, the source panel, the meeting brief when it is open — and the pane reached shows
its focus ring on its first focusable element; Ctrl+B adds the focused bar or card to the brief;
Tab goes through every focusable widget of each tab and comes back (no keyboard trap)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from etown_desktop.ui.accessibility.pane_cycle import can_take_focus
from etown_desktop.ui.charts.chart_view import ChartView
from etown_desktop.ui.widgets.kpi_card import KpiCard


@pytest.fixture
def window(open_main_window, qtbot):
    win = open_main_window((1366, 768))
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)
    win.select_tab("overview")
    return win


def _focus() -> QWidget | None:
    return QApplication.focusWidget()


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget | None:
    QTest.keyClick(_focus() or QApplication.activeWindow(), key, modifier)
    qtbot.wait(1)
    return _focus()


def _inside(widget: QWidget | None, pane: QWidget) -> bool:
    return widget is not None and (widget is pane or pane.isAncestorOf(widget))


def test_f6_goes_round_content_source_panel_and_brief_and_back(window, qtbot):
    content = window.tabs.currentWidget()
    source = window.provenance_dock.widget()
    brief = window.brief_dock.widget()
    window.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)
    assert not window.brief_dock.isVisible()  # closed: F6 passes it by
    first = _key(qtbot, Qt.Key.Key_F6)
    assert _inside(first, content) and isinstance(first, KpiCard)  # the tab's first card
    assert first.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert _inside(_key(qtbot, Qt.Key.Key_F6), source)
    assert _inside(_key(qtbot, Qt.Key.Key_F6), content)  # round again
    window.brief_dock.show()  # open (tabbed behind the source panel)
    assert _inside(_key(qtbot, Qt.Key.Key_F6), source)
    in_brief = _key(qtbot, Qt.Key.Key_F6)
    assert _inside(in_brief, brief) and window.brief_dock.isVisible()  # brought to the front
    assert _inside(_key(qtbot, Qt.Key.Key_F6), content)
    # Shift+F6: the other way round
    assert _inside(_key(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier), brief)
    assert _inside(_key(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier), source)
    assert _inside(_key(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier), content)


def test_the_pane_reached_with_f6_shows_its_focus_ring(window, qtbot):
    from etown_desktop.ui.theme import colors

    window.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)
    card = _key(qtbot, Qt.Key.Key_F6)
    assert isinstance(card, KpiCard) and card.hasFocus()
    qtbot.wait(20)
    image = card.grab().toImage()
    edge = QColor(image.pixel(image.width() - 2, image.height() // 2))
    accent = QColor(colors().accent)
    assert all(abs(a - b) <= 24 for a, b in zip(edge.getRgb()[:3], accent.getRgb()[:3]))  # the ring


def test_f6_in_chinese_too_and_the_keys_are_in_the_view_menu(window, qtbot):
    from PySide6.QtGui import QAction

    texts = {a.text(): a.shortcut().toString() for a in window.view_menu.actions()}
    assert texts["Ne&xt pane"] == "F6" and texts["Pr&evious pane"] == "Shift+F6"
    assert texts["A&dd to brief"] == "Ctrl+B"
    window.findChild(QAction, "language_zh").trigger()
    try:
        for _ in range(3):  # the pages are rebuilt in Chinese, the old ones deleted
            QApplication.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        texts = {a.text() for a in window.view_menu.actions()}
        assert {"下一个窗格(&X)", "上一个窗格(&E)", "添加到简报(&D)"} <= texts
        window.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)
        assert _inside(_key(qtbot, Qt.Key.Key_F6), window.tabs.currentWidget())
    finally:
        from etown_desktop.ui import i18n

        i18n.install_translator("en")


def test_ctrl_b_adds_the_focused_bar_else_the_card(window, qtbot):
    view = next(v for v in window.tab_widget("overview").findChildren(ChartView)
                if v.spec.id == "overview.output_trend")
    plot = view.plot_widgets[0]
    plot.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(plot.hasFocus, timeout=3000)
    _key(qtbot, Qt.Key.Key_Right)  # the 2012 bar
    _key(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.brief_controller.brief.refs() == ["F041"]
    assert window.brief_dock.isVisible()  # the brief opens on the first add
    assert "1" in window.statusBar().currentMessage()  # "Added to the brief (1 items)."
    card = window.tab_widget("overview").findChildren(KpiCard)[0]
    card.setFocus(Qt.FocusReason.TabFocusReason)
    _key(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.brief_controller.brief.refs() == ["F041", card.figure.id]
    window.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)  # nothing to add: said so
    _key(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert len(window.brief_controller.brief.items) == 2
    assert window.statusBar().accessibleName().startswith("Nothing to add here")


def _reachable(window) -> list[QWidget]:
    """Every widget of the window a keyboard user must be able to reach with Tab now."""
    return [w for w in window.findChildren(QWidget) if can_take_focus(w) and w.window() is window
            and w.isVisibleTo(window) and not w.visibleRegion().isEmpty() or (
                can_take_focus(w) and w.window() is window and _in_scroll_content(w))]


def _in_scroll_content(widget: QWidget) -> bool:
    """Outside the visible part of a scrolling page: still reachable (Tab scrolls it into view)."""
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent.isVisible()
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize("tab", ["overview", "clusters", "foreign-investment", "fortune500", "reforms",
                                 "targets", "sources", "profiles"])
def test_tab_reaches_every_focusable_widget_and_comes_round(window, qtbot, tab):
    window.brief_dock.show()
    window.select_tab(tab)
    qtbot.wait(10)
    start = window.tabs.tabBar()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus, timeout=3000)
    wanted = _reachable(window)
    assert len(wanted) > 5
    seen: list[QWidget] = []
    for _ in range(3 * len(wanted) + 20):
        focus = _key(qtbot, Qt.Key.Key_Tab)
        if focus is start:
            break
        assert focus is not None and focus.window() is window  # never lost, never out of the window
        seen.append(focus)
    else:
        pytest.fail(f"Tab never came back to the tab bar on {tab}: stuck around {type(seen[-1]).__name__}")
    missed = [w for w in wanted if w is not start and w not in seen]
    assert not missed, [(type(w).__name__, w.objectName(), w.accessibleName()) for w in missed]
    # and Shift+Tab goes the other way round as well
    for _ in range(3 * len(wanted) + 20):
        if _key(qtbot, Qt.Key.Key_Backtab) is start:
            break
    else:
        pytest.fail(f"Shift+Tab never came back to the tab bar on {tab}")


def test_the_source_panel_and_the_brief_show_a_ring_when_f6_reaches_them(window, qtbot):
    from PySide6.QtWidgets import QApplication as App

    from etown_desktop.ui.theme import apply_theme, colors

    apply_theme(App.instance())  # the app's style sheet (restored after the test)
    accent = QColor(colors().accent)
    window.brief_dock.show()
    window.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)
    _key(qtbot, Qt.Key.Key_F6)
    for pane in (window.provenance_dock.widget(), window.brief_dock.widget()):
        focus = _key(qtbot, Qt.Key.Key_F6)
        assert _inside(focus, pane)
        qtbot.wait(20)
        image = focus.grab().toImage()
        edge = QColor(image.pixel(0, image.height() // 2))  # the left border, half-way down
        assert all(abs(a - b) <= 24 for a, b in zip(edge.getRgb()[:3], accent.getRgb()[:3])), \
            (type(focus).__name__, edge.name())
