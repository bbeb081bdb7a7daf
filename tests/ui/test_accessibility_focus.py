"""Keyboard only (issue 21 §2, part): cards are in the Tab chain, show a focus ring a keyboard user
can see, and Enter/Space on a focused card shows its source, as a click does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from etown_desktop.ui.profiles.profile_widgets import FigureCard as ProfileCard
from etown_desktop.ui.theme import colors
from etown_desktop.ui.widgets.kpi_card import KpiCard


@pytest.fixture
def card(qtbot, repo, hub):
    holder = QWidget()
    qtbot.addWidget(holder)
    card = KpiCard(repo.figure("F001"), hub, holder)
    card.resize(260, 160)
    holder.resize(300, 200)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow, timeout=3000)
    yield card
    holder.close()  # the holder (and its card) live until the test ends


def _edge_colour(widget: QWidget) -> QColor:
    """The colour 2 px inside the right edge, half-way down (the card's border zone)."""
    image = widget.grab().toImage()
    return QColor(image.pixel(image.width() - 2, image.height() // 2))


def _close(a: QColor, b: QColor, tolerance: int = 24) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3]))


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_enter_or_space_on_a_focused_card_shows_its_source(qtbot, card, hub, key):
    card.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(card.hasFocus, timeout=3000)
    with qtbot.waitSignal(hub.figureActivated, timeout=2000) as shown:
        QTest.keyClick(card, key)
    assert shown.args == ["F001"]


def test_other_keys_do_not_activate_a_card(qtbot, card, hub):
    card.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(card.hasFocus, timeout=3000)
    with qtbot.assertNotEmitted(hub.figureActivated, wait=50):
        QTest.keyClick(card, Qt.Key.Key_A)
        QTest.keyClick(card, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_a_focused_card_shows_a_focus_ring(qtbot, card):
    accent = QColor(colors().accent)
    card.clearFocus()  # the active window gave its first focusable widget, the card, focus
    qtbot.waitUntil(lambda: not card.hasFocus(), timeout=3000)
    assert not _close(_edge_colour(card), accent)  # 1 px border only, the base shows 2 px in
    card.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(card.hasFocus, timeout=3000)
    qtbot.waitUntil(lambda: _close(_edge_colour(card), accent), timeout=3000)


def test_tab_reaches_every_card_and_chart_of_a_tab(open_main_window, qtbot):
    window = open_main_window((1366, 768))
    window.select_tab("overview")
    page = window.tab_widget("overview")
    chain, w = [], window.nextInFocusChain()
    while w is not window and len(chain) < 5000:
        if w.isVisibleTo(window) and w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(w)
        w = w.nextInFocusChain()
    cards = [c for c in page.findChildren(KpiCard) if c.isVisibleTo(window)]
    plots = [p for chart in page.charts for p in chart.plot_widgets]
    assert cards and plots
    assert all(c in chain for c in cards + plots)


def test_a_focused_plot_shows_a_focus_ring(open_main_window, qtbot):
    window = open_main_window((1366, 768))
    window.select_tab("overview")
    plot_widget = window.tab_widget("overview").charts[0].plot_widgets[0]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    accent = QColor(colors().accent)
    plot_widget.clearFocus()
    assert not _close(_edge_colour(plot_widget), accent)
    plot_widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(plot_widget.hasFocus, timeout=3000)
    qtbot.waitUntil(lambda: _close(_edge_colour(plot_widget), accent), timeout=3000)


def test_profile_cards_are_focusable_and_open_their_source_with_enter(open_main_window, qtbot):
    window = open_main_window((1366, 768))
    window.select_tab("profiles")
    qtbot.waitUntil(lambda: bool(window.tab_widget("profiles").findChildren(ProfileCard)), timeout=5000)
    card = window.tab_widget("profiles").findChildren(ProfileCard)[0]
    assert card.focusPolicy() & Qt.FocusPolicy.TabFocus
    window.activateWindow()
    card.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(card.hasFocus, timeout=3000)
    with qtbot.waitSignal(window.hub.figureActivated, timeout=2000) as shown:
        QTest.keyClick(card, Qt.Key.Key_Return)
    assert shown.args == [card.figure.id]
