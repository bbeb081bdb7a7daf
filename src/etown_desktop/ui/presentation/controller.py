"""Presenter controls, shared by the presentation windows and the kiosk: keys a presenter remote
sends (Right/Left, PgDn/PgUp), Space/Backspace, Home/End, B or "." for a black screen, a number
then Enter to jump, L for the other language, Esc to leave; the mouse wheel, a swipe, and
auto-advance every ``interval`` seconds (looping at the end)."""

from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent

from etown_desktop.ui.presentation.slide_deck import SlideDeck

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _slide_keys() -> tuple[frozenset, frozenset]:
    """(next, previous) slide keys. ``Qt`` is imported at the first key, not before the first
    slide is painted (ui/lean_start)."""
    from PySide6.QtCore import Qt

    return (frozenset({Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down, Qt.Key.Key_N}),
            frozenset({Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up, Qt.Key.Key_P}))


SWIPE_MIN_PX = 80
WHEEL_STEP = 120


def slide_announcement(deck: SlideDeck, index: int) -> str:
    """What a screen reader says when slide ``index`` comes up: its number, the count, its title."""
    text = QCoreApplication.translate("SlideController", "Slide {n} of {total}").format(
        n=index + 1, total=deck.count)
    title = deck.content(index).title
    return f"{text}: {title}" if title else text


class SlideController(QObject):
    """Drives one :class:`SlideDeck` (and any mirrors listening to ``slideChanged``)."""

    languageToggleRequested = Signal()
    exitRequested = Signal()
    changed = Signal(int)  # slide index after any navigation
    blackChanged = Signal(bool)

    def __init__(self, deck: SlideDeck, interval_s: float | None = None,
                 parent: QObject | None = None, timer: QTimer | None = None) -> None:
        super().__init__(parent)
        self.deck = deck
        self.typed = ""  # digits typed for a jump
        self._wheel = 0
        self.timer = timer or QTimer(self)
        self.timer.timeout.connect(self.auto_advance)
        self.interval_s = None
        self.set_interval(interval_s)

    # -- navigation --------------------------------------------------------------------------
    @property
    def index(self) -> int:
        return self.deck.index

    def go_to(self, index: int) -> None:
        self.deck.go_to(index)
        self.blackChanged.emit(False)
        self.changed.emit(self.deck.index)
        if self.timer.isActive():
            self.timer.start()  # a manual change restarts the countdown

    def next(self) -> None:
        self.go_to(self.index + 1)

    def previous(self) -> None:
        self.go_to(self.index - 1)

    def toggle_black(self) -> None:
        on = not self.deck.blacked_out
        self.deck.set_black(on)
        self.blackChanged.emit(on)

    def auto_advance(self) -> None:
        """Next slide; after the last one, back to the first (a loop)."""
        self.deck.go_to(0 if self.index >= self.deck.count - 1 else self.index + 1)
        self.changed.emit(self.deck.index)

    def set_interval(self, seconds: float | None) -> None:
        self.interval_s = seconds if seconds and seconds > 0 else None
        if self.interval_s:
            self.timer.start(round(self.interval_s * 1000))
        else:
            self.timer.stop()

    # -- input -------------------------------------------------------------------------------
    def handle_key(self, event: QKeyEvent) -> bool:
        """Act on a key; True when it was one of ours."""
        from PySide6.QtCore import Qt

        next_keys, prev_keys = _slide_keys()
        key = Qt.Key(event.key())
        text = event.text()
        if text.isdigit() and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                                       | Qt.KeyboardModifier.AltModifier):
            self.typed = (self.typed + text)[-3:]
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.typed:
                self.go_to(int(self.typed) - 1)
                self.typed = ""
            else:
                self.next()
            return True
        self.typed = ""
        if key in next_keys:
            self.next()
        elif key in prev_keys:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(self.deck.count - 1)
        elif key in (Qt.Key.Key_B, Qt.Key.Key_Period):
            self.toggle_black()
        elif key == Qt.Key.Key_L:
            self.languageToggleRequested.emit()
        elif key == Qt.Key.Key_Escape:
            self.exitRequested.emit()
        else:
            return False
        return True

    def handle_wheel(self, delta_y: int) -> None:
        """Wheel down = next slide, up = previous (one slide per notch)."""
        self._wheel += delta_y
        while self._wheel <= -WHEEL_STEP:
            self._wheel += WHEEL_STEP
            self.next()
        while self._wheel >= WHEEL_STEP:
            self._wheel -= WHEEL_STEP
            self.previous()

    def handle_swipe(self, dx: float, dy: float) -> bool:
        """A horizontal drag: right-to-left = next. False when it was a tap, not a swipe."""
        if abs(dx) < SWIPE_MIN_PX or abs(dx) < abs(dy):
            return False
        self.next() if dx < 0 else self.previous()
        return True
