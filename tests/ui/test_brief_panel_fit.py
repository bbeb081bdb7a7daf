"""The Meeting brief panel at 1366×768: nothing cut off on the right, full dock tab titles, and the
mouse wheel over the (unfocused) meeting date scrolls the panel instead of changing the date."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from etown_desktop.ui import i18n
from etown_desktop.ui.screens import layout_audit

ITEMS = ("F001", "F033", "company:beijing_benz", "profile:biomedicine", "reform:work_permit", "target:T06")


@pytest.fixture
def brief_window(open_main_window, qtbot, qapp):
    """The main window with six brief items and the panel shown, in the app's own look (Fusion,
    base font size, stylesheet: its sizes are what must fit)."""
    from etown_desktop.ui import theme

    saved = (qapp.style().name(), qapp.palette(), qapp.font(), qapp.styleSheet())
    theme.apply_theme(qapp, dark=False)

    def make(lang: str, size=(1366, 768)):
        i18n.install_translator(lang)
        window = open_main_window(size)
        for ref in ITEMS:
            window.brief_controller.add(ref)
        window.brief_dock.show()
        window.brief_dock.raise_()
        qtbot.waitUntil(lambda: window.brief_dock.panel.isVisible())
        QApplication.processEvents()
        return window

    yield make
    i18n.install_translator("en")
    qapp.setStyleSheet(saved[3])
    qapp.setFont(saved[2])
    qapp.setPalette(saved[1])
    qapp.setStyle(saved[0])


def _wheel(widget, dy: int = -120) -> QWheelEvent:
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    return QWheelEvent(pos, QPointF(widget.mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, dy),
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                       Qt.ScrollPhase.NoScrollPhase, False)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_panel_is_not_cut_off_and_the_dock_tabs_are_whole(brief_window, lang):
    window = brief_window(lang)
    scroll = window.brief_dock.widget()
    assert scroll.verticalScrollBar().maximum() > 0  # 768 px: the panel scrolls
    assert layout_audit.outside_viewport(scroll) == []  # the Clear button, the fields
    assert layout_audit.clipped_labels(scroll) == []
    assert layout_audit.dock_tab_problems(window) == []  # "Meeting brief", not "会谈…"


def test_the_wheel_over_an_unfocused_date_scrolls_the_panel(brief_window, qtbot):
    window = brief_window("en", size=(1366, 600))
    panel = window.brief_dock.panel
    scroll = window.brief_dock.widget()
    date = panel.date_edit
    date.setDate(QDate(2026, 5, 20))
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    start = bar.value()
    assert not date.hasFocus()
    QApplication.sendEvent(date, _wheel(date, -120))
    assert date.date() == QDate(2026, 5, 20)  # the year did not change
    assert window.brief_controller.brief.cover.date == "2026-05-20"  # nothing else saved either
    assert bar.value() > start  # the panel scrolled down
    QApplication.sendEvent(date, _wheel(date, 120))  # and back up
    assert date.date() == QDate(2026, 5, 20) and bar.value() == start

    window.activateWindow()
    date.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(date.hasFocus)
    before = bar.value()
    QApplication.sendEvent(date, _wheel(date, 120))
    assert date.date() != QDate(2026, 5, 20) and bar.value() == before  # focused: the field takes it


def test_a_combo_in_a_tab_takes_the_wheel_only_when_focused(open_main_window, qtbot):
    window = open_main_window()
    profiles = window.build_tab("profiles")
    combo = profiles.profile_combo
    index = combo.currentIndex()
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
    QApplication.sendEvent(combo, _wheel(combo, -120))
    assert combo.currentIndex() == index
