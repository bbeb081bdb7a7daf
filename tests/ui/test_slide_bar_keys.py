"""Keyboard on a presentation slide's chart (issue 21 §2): Tab reaches the chart (a ring shows
it), the arrow keys then move from bar to bar (outlined, read out), Enter asks for that bar's
source, Esc gives the arrow keys back to the slides."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from etown_desktop.ui.accessibility.announce import announcer
from etown_desktop.ui.export.chart_renderer import INK


@pytest.fixture
def show(qtbot, repo, settings_dir):
    from etown_desktop.core.stories.store import find_story, load_stories
    from etown_desktop.ui.presentation.presentation import Presentation

    p = Presentation(repo, find_story(load_stories(repo.path), "zone"), "en")
    qtbot.addWidget(p.audience)
    p.start()
    p.audience.activateWindow()
    qtbot.waitUntil(p.audience.isActiveWindow, timeout=3000)
    yield p
    p.stop()


def _chart_slide(show) -> int:
    for index in range(show.deck.count):
        slide = show.deck.slide(index)
        if slide.chart is not None and slide.chart.spec.kind in ("bar", "hbar", "grouped_hbar", "panels"):
            return index
    pytest.skip("no chart with bars in this story")


def _ink_pixels_left_of(picture, index: int) -> int:
    image = picture.grab().toImage()
    scale = image.width() / picture.width()
    rect = picture.bar_rect(index)
    y = int(rect.center().y())
    ink = QColor(INK)
    count = 0
    for dx in range(1, 12):
        p = QPoint(int(rect.left()) - dx, y)
        c = QColor(image.pixel(int(p.x() * scale), int(p.y() * scale)))
        if all(abs(a - b) <= 40 for a, b in zip(c.getRgb()[:3], ink.getRgb()[:3])):
            count += 1
    return count


def test_tab_to_a_slide_chart_then_the_arrows_walk_its_bars(show, qtbot):
    index = _chart_slide(show)
    show.controller.go_to(index)
    qtbot.wait(20)
    picture = show.deck.current_slide().chart
    qtbot.waitUntil(lambda: bool(picture.bars), timeout=3000)
    heard: list[str] = []
    announcer().announced.connect(heard.append)
    try:
        QTest.keyClick(show.audience, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is picture
        first = picture.bars[0].point
        QTest.keyClick(picture, Qt.Key.Key_Right)
        assert show.controller.index == index  # the slide stays: the arrow went to the bars
        assert picture.current == 0
        assert heard[-1] == f"{first.category('en')}: {first.label('en')}"
        assert first.label("en") in picture.accessibleName()
        qtbot.waitUntil(lambda: _ink_pixels_left_of(picture, 0) >= 2, timeout=3000)  # the outline
        QTest.keyClick(picture, Qt.Key.Key_Right)
        assert picture.current == min(1, len(picture.bars) - 1)
        QTest.keyClick(picture, Qt.Key.Key_Home)
        assert picture.current == 0
        with qtbot.waitSignal(show.deck.figureTapped, timeout=2000) as tapped:
            QTest.keyClick(picture, Qt.Key.Key_Return)  # Enter: that bar's source
        assert tapped.args == [first.figure_id]
        QTest.keyClick(picture, Qt.Key.Key_Escape)  # the arrows go back to the slides
        assert QApplication.focusWidget() is not picture
        QTest.keyClick(QApplication.focusWidget() or show.audience, Qt.Key.Key_Right)
        assert show.controller.index == index + 1
    finally:
        announcer().announced.disconnect(heard.append)


def test_a_click_on_the_slide_chart_does_not_take_the_arrow_keys(show, qtbot):
    index = _chart_slide(show)
    show.controller.go_to(index)
    picture = show.deck.current_slide().chart
    assert picture.focusPolicy() == Qt.FocusPolicy.TabFocus


def test_tab_to_a_slide_figure_then_enter_asks_for_its_source(show, qtbot):
    from etown_desktop.ui.presentation import slide_style as st

    index = next((i for i in range(show.deck.count) if show.deck.slide(i).cards), None)
    if index is None:
        pytest.skip("no figure slide in this story")
    show.controller.go_to(index)
    qtbot.wait(20)
    card = show.deck.current_slide().cards[0]
    QTest.keyClick(show.audience, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card
    qtbot.wait(20)
    image = card.grab().toImage()
    edge = QColor(image.pixel(image.width() - 2, image.height() // 2))
    accent = QColor(st.ACCENT)
    assert all(abs(a - b) <= 30 for a, b in zip(edge.getRgb()[:3], accent.getRgb()[:3]))  # the ring
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Space):
        with qtbot.waitSignal(show.deck.figureTapped, timeout=2000) as tapped:
            QTest.keyClick(card, key)
        assert tapped.args == [card.item.figure_id]
    QTest.keyClick(card, Qt.Key.Key_Escape)
    QTest.keyClick(QApplication.focusWidget() or show.audience, Qt.Key.Key_Right)
    assert show.controller.index == index + 1
