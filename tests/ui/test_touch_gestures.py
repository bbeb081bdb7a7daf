"""A finger on the slides (issue 21 §4), with real touch events (``QTest.touchEvent`` sequences, as
a touch screen sends them, not mouse clicks): a horizontal swipe turns the slide in the
presentation and in the kiosk, a short tap on a figure shows its source, and a swipe that ends on
a figure does not count as a tap on it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from etown_desktop.ui.presentation.controller import SWIPE_MIN_PX
from settle import pump


class Finger:
    """One finger on ``window``'s touch screen; points in the window's coordinates."""

    def __init__(self, qtbot, window: QWidget) -> None:
        self.qtbot, self.window = qtbot, window
        self.device = QTest.createTouchDevice()

    def swipe(self, start: QPoint, end: QPoint, steps: int = 12) -> None:
        w = self.window
        QTest.touchEvent(w, self.device).press(0, start, w).commit()
        for i in range(1, steps + 1):
            self.qtbot.wait(10)  # the pace of a hand, not a synchronisation
            QTest.touchEvent(w, self.device).move(0, start + (end - start) * (i / steps), w).commit()
        QTest.touchEvent(w, self.device).release(0, end, w).commit()
        pump(3)

    def tap(self, widget: QWidget) -> None:
        w = self.window
        at = widget.mapTo(w, widget.rect().center())
        QTest.touchEvent(w, self.device).press(0, at, w).commit()
        QTest.touchEvent(w, self.device).release(0, at, w).commit()
        pump(3)


@pytest.fixture
def kiosk(qtbot, repo, story, app_settings):
    from etown_desktop.core.kiosk.pin import hash_pin
    from etown_desktop.ui.kiosk.kiosk_session import KioskSession

    session = KioskSession(repo, story, hash_pin("2468"), "en", idle_s=90)
    qtbot.addWidget(session.window)
    session.start()  # full screen on the test's screen
    pump(3)
    yield session
    session.stop()


def _at(window: QWidget, fx: float, fy: float) -> QPoint:
    """A point at a fraction of the window's width and height."""
    return QPoint(int(window.width() * fx), int(window.height() * fy))


def _first_with_cards(deck) -> int:
    return next(i for i in range(deck.count) if deck.slide(i).cards)


def _first_with_chart(deck) -> int:
    return next(i for i in range(deck.count) if getattr(deck.slide(i), "chart", None) is not None)


def test_a_swipe_turns_the_presentations_slides(qtbot, presentation):
    w = presentation.audience
    finger, c = Finger(qtbot, w), presentation.controller
    assert c.index == 0
    finger.swipe(_at(w, 0.85, 0.5), _at(w, 0.15, 0.52))  # right to left: next
    assert c.index == 1
    finger.swipe(_at(w, 0.85, 0.5), _at(w, 0.15, 0.48))
    assert c.index == 2
    finger.swipe(_at(w, 0.15, 0.5), _at(w, 0.85, 0.5))  # left to right: back
    assert c.index == 1
    finger.swipe(_at(w, 0.5, 0.2), _at(w, 0.51, 0.8))  # a vertical drag is not a swipe
    assert c.index == 1


def test_a_tap_on_a_slide_figure_asks_for_its_source_and_a_swipe_over_it_does_not(qtbot, presentation):
    deck = presentation.deck
    presentation.controller.go_to(_first_with_cards(deck))
    pump(3)
    slide = deck.current_slide()
    card = slide.cards[0]
    finger = Finger(qtbot, presentation.audience)
    with qtbot.waitSignal(slide.figureTapped, timeout=2000) as tapped:
        finger.tap(card)
    assert tapped.args == [card.item.figure_id]
    seen: list[str] = []
    slide.figureTapped.connect(seen.append)
    index = presentation.controller.index
    end = card.mapTo(presentation.audience, card.rect().center())
    room = presentation.audience.width() - 10 - end.x()
    assert room > SWIPE_MIN_PX, "no room to swipe onto the figure from its right"
    finger.swipe(end + QPoint(room, 0), end)  # a swipe that ends on the figure
    assert presentation.controller.index == index + 1 and seen == []


def test_a_swipe_turns_the_kiosks_slides_and_a_tap_shows_a_figures_source(qtbot, kiosk):
    w = kiosk.window
    finger = Finger(qtbot, w)
    finger.tap(w.next_button)  # a touch starts the visit
    assert not kiosk.attracting
    index = kiosk.controller.index
    finger.swipe(_at(w, 0.85, 0.45), _at(w, 0.15, 0.47))
    assert kiosk.controller.index == index + 1
    finger.swipe(_at(w, 0.15, 0.45), _at(w, 0.85, 0.43))
    assert kiosk.controller.index == index
    kiosk.controller.go_to(_first_with_cards(kiosk.deck))
    pump(3)
    card = kiosk.deck.current_slide().cards[0]
    finger.tap(card)
    assert w.source_card.isVisible()
    assert card.item.source_ref in w.source_card.text.toPlainText()
    finger.tap(w.source_card.close_button)
    assert not w.source_card.isVisible()
    kiosk.controller.go_to(_first_with_chart(kiosk.deck))
    pump(3)
    finger.tap(kiosk.deck.current_slide().chart)  # a chart: the source of every bar
    assert w.source_card.isVisible() and "2021" in w.source_card.text.toPlainText()
