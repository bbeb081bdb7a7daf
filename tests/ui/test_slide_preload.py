"""The slide after the first one is built while the audience reads the first — never before the
first slide has been painted (on a busy machine a fixed delay alone could end before that paint)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from etown_desktop.core.stories.store import find_story, load_stories
from etown_desktop.ui.presentation.slide_deck import PRELOAD_DELAY_MS, SlideDeck


class _FirstPaint(QObject):
    def __init__(self, deck: SlideDeck) -> None:
        super().__init__()
        self.deck = deck
        self.built_at_paint: set[int] | None = None

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.built_at_paint is None:
            self.built_at_paint = set(self.deck._slides)
        return False


def test_neighbours_are_built_after_the_first_slide_is_painted(qtbot, repo):
    story = find_story(load_stories(repo.path), "zone")
    deck = SlideDeck(repo, story, "en")
    qtbot.addWidget(deck)
    deck.resize(1366, 768)
    deck.go_to(0)
    watch = _FirstPaint(deck)
    deck.current_slide().installEventFilter(watch)
    qtbot.wait(PRELOAD_DELAY_MS + 200)  # a slow start: the window is shown after the delay
    deck.show()
    qtbot.waitUntil(lambda: watch.built_at_paint is not None, timeout=10_000)
    assert watch.built_at_paint == {0}  # only the slide on screen when it was first painted
    qtbot.waitUntil(lambda: 1 in deck._slides, timeout=10_000)  # then the next one is prepared
    assert deck.currentWidget() is deck.slide(0)
