"""A running booth: the kiosk window, the idle watcher and attract loop, the visit log.

Idle for ``idle_s`` seconds -> "Still there? Continue" counts down ``still_there_s`` seconds (a
touch continues the visit, and the visit log counts it) -> back to the first slide in the default
language, auto-advancing (the attract loop); any touch or key stops the loop and starts a visit."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from shiboken6 import isValid

from etown_desktop.core.kiosk.lockout import PinGate
from etown_desktop.core.repository import Repository
from etown_desktop.core.stories.records import Story
from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.kiosk.idle_watcher import IdleWatcher
from etown_desktop.ui.kiosk.kiosk_window import KioskWindow
from etown_desktop.ui.language.switcher import switch_language
from etown_desktop.ui.presentation.controller import SlideController
from etown_desktop.ui.presentation.input_filters import InputFilters
from etown_desktop.ui.presentation.slide_deck import SlideDeck
from etown_desktop.ui.presentation.swipe_filter import SwipeFilter

if TYPE_CHECKING:  # imported when first used, once the first slide is painted (issue 22)
    from etown_desktop.core.visits.tracker import VisitTracker
    from etown_desktop.core.visits.visit_log import VisitLog
    from etown_desktop.ui.kiosk.still_there import StillTherePrompt

log = logging.getLogger(__name__)

DEFAULT_IDLE_S = 90.0
ATTRACT_INTERVAL_S = 8.0
DEFAULT_STILL_THERE_S = 20.0  # "Still there?" counts down this long before the kiosk starts over
FLUSH_MS = 2000


class KioskSession(QObject):
    finished = Signal()

    def __init__(self, repo: Repository, story: Story, pin_hash: str, default_lang: str = "en",
                 idle_s: float = DEFAULT_IDLE_S, visit_log: VisitLog | None = None,
                 clock: Callable[[], float] = time.monotonic, screen_index: int | None = None,
                 attract_interval_s: float = ATTRACT_INTERVAL_S,
                 still_there_s: float = DEFAULT_STILL_THERE_S,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repo, self.story = repo, story
        self.default_lang = default_lang
        self.attract_interval_s = attract_interval_s
        self.still_there_s = still_there_s  # 0: start over at once
        self.screen_index = screen_index
        switch_language(default_lang, remember=False)
        self.deck = SlideDeck(repo, story, default_lang)
        self.controller = SlideController(self.deck)
        self.gate = PinGate(pin_hash, clock)
        self.window = KioskWindow(repo, self.deck, self.controller, self.gate)
        self.idle = IdleWatcher(idle_s, clock, self)
        self._still_there: StillTherePrompt | None = None  # built once the first slide is painted
        self.swipe = SwipeFilter(self.window, self.controller)
        self._input_filters = InputFilters(self.deck, self.idle, self.swipe)
        # The source card's text and the "Still there?" prompt after the first paint, so that the
        # first tap on a figure and the first idle are quick.
        self.deck.firstPainted.connect(lambda: QTimer.singleShot(0, self._build_after_first_paint))
        self.clock = clock
        self.attracting = False
        self.tracker: VisitTracker | None = None
        if visit_log is not None:
            self.attach_visit_log(visit_log)
        self.flush_timer = QTimer(self)
        self.flush_timer.timeout.connect(self.flush)
        self.idle.idle.connect(self._idle_reached)
        self.idle.active.connect(self.interactive)
        self.idle.inputSeen.connect(self._input)
        self.controller.changed.connect(self._slide_changed)
        self.window.languageButtonClicked.connect(self.toggle_language)
        self.window.unlocked.connect(self.stop)
        self.deck.figureTapped.connect(self._figure_tapped)
        self.window.contactLeft.connect(self._contact_left)

    def attach_visit_log(self, visit_log: VisitLog) -> None:
        """Start recording visits (the CLI opens the log once the first slide is on screen)."""
        from etown_desktop.core.visits.tracker import VisitTracker

        self.tracker = VisitTracker(visit_log, self.story.id, current_language(), self.clock)
        if not self.attracting and not self.idle.is_idle:
            self.tracker.activity()

    # -- lifecycle ---------------------------------------------------------------------------
    def start(self) -> None:
        screen = self._screen()
        self.window.setScreen(screen)
        self.window.setGeometry(screen.geometry())
        self.window.showFullScreen()
        self.window.activateWindow()
        self.window.setFocus()
        self.flush_timer.start(FLUSH_MS)
        # The first slide: attract() goes to it once the window is shown, so that its type is set
        # once, for the deck's size beside the bar (not for a hidden deck's 640×480, then again
        # once shown, which loaded fonts at sizes never drawn: issue 22). It is painted after this.
        self.attract()
        self._input_filters.install()  # idle watcher and swipes on every widget, from the first paint
        log.info("Kiosk started on %s (story %s, idle %.0f s)", screen.name(), self.story.id,
                 self.idle.timeout_s)

    @property
    def still_there(self) -> StillTherePrompt:
        if self._still_there is None:
            from etown_desktop.ui.kiosk.still_there import StillTherePrompt

            self._still_there = StillTherePrompt(self.window, self.clock)
            self._still_there.expired.connect(self.attract)
            self._still_there.continued.connect(self._continued)
        return self._still_there

    def _build_after_first_paint(self) -> None:
        if isValid(self.window):
            self.window.source_card.text  # noqa: B018 (both built on first use)
            self.still_there  # noqa: B018

    def _screen(self) -> QScreen:
        screens = QGuiApplication.screens()
        if self.screen_index is not None and 0 <= self.screen_index < len(screens):
            return screens[self.screen_index]
        return QGuiApplication.primaryScreen()

    def stop(self) -> None:
        self._input_filters.remove()
        self.flush_timer.stop()
        if self._still_there is not None:
            self._still_there.stop()  # no countdown left to reset a closed kiosk
        self.controller.set_interval(None)
        self.close_visit_log()
        self.window.allow_close = True
        self.window.close()
        self.finished.emit()

    def close_visit_log(self) -> None:
        """End the visit and close the log (checkpointed: no -wal / -shm left)."""
        if self.tracker is not None:
            self.tracker.close()
            self.tracker = None

    def flush(self) -> None:
        if self.tracker is not None:
            self.tracker.log.flush()

    # -- attract loop ------------------------------------------------------------------------
    def _idle_reached(self) -> None:
        """Nobody touched the screen for ``idle_s``: ask "Still there?" before starting over."""
        if self.attracting or self.still_there_s <= 0:
            self.attract()
            return
        log.info("Idle: asking \"Still there?\" for %.0f s", self.still_there_s)
        self.still_there.start(self.still_there_s)

    def _continued(self) -> None:
        """The visitor answered the prompt: the visit goes on where it was."""
        self.still_there.stop()
        self.idle.resume()
        self.window.setFocus()
        if self.tracker is not None:
            self.tracker.activity()
            self.tracker.continued()

    def attract(self) -> None:
        """Nobody is here: first slide, default language, auto-advance."""
        if self._still_there is not None:
            self._still_there.stop()
        if self.tracker is not None:
            self.tracker.idle()
        self.attracting = True
        self.window.hide_source()
        self.window.close_pin_pad()
        self.window.close_contact_form()  # no visitor sees the previous visitor's entries
        if current_language() != self.default_lang:
            switch_language(self.default_lang, remember=False)
            if self.tracker is not None:
                self.tracker.lang = self.default_lang
        self.deck.set_language(self.default_lang)
        self.controller.go_to(0)
        self.controller.set_interval(self.attract_interval_s)

    def interactive(self) -> None:
        """Someone touched the screen: stop the loop; a visit starts (or goes on, when the touch
        answered "Still there?")."""
        if self._still_there is not None and self._still_there.isVisible():
            self._continued()
            return
        self.attracting = False
        self.controller.set_interval(None)
        if self.tracker is not None:
            self.tracker.activity()
            self.tracker.slide_shown(self.deck.index)

    def _input(self) -> None:
        if self.tracker is not None:
            self.tracker.activity()

    def toggle_language(self) -> None:
        lang = "en" if current_language() == "zh" else "zh"
        switch_language(lang, remember=False)  # a booth writes nothing but the visit log
        self.deck.set_language(lang)
        if self.tracker is not None:
            self.tracker.language_chosen(lang)

    def _slide_changed(self, index: int) -> None:
        if self.tracker is not None and not self.attracting:
            self.tracker.slide_shown(index)

    def _contact_left(self) -> None:
        if self.tracker is not None:
            self.tracker.contact_left()

    def _figure_tapped(self, figure_id: str) -> None:
        if self.tracker is not None:
            self.tracker.figure_tapped(figure_id, self.deck.index)
