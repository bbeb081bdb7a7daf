"""A running presentation: the audience window on one screen and, when there is a second screen,
the presenter view on the other. Screens plugged in or out during the show are handled."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen

from etown_desktop.core.repository import Repository
from etown_desktop.core.stories.records import Story
from etown_desktop.ui.language.switcher import toggle_language
from etown_desktop.ui.presentation.audience_window import AudienceWindow
from etown_desktop.ui.presentation.controller import SlideController
from etown_desktop.ui.presentation.input_filters import InputFilters
from etown_desktop.ui.presentation.slide_deck import SlideDeck
from etown_desktop.ui.presentation.swipe_filter import SwipeFilter

log = logging.getLogger(__name__)


class Presentation(QObject):
    finished = Signal()

    def __init__(self, repo: Repository, story: Story, lang: str = "en",
                 interval_s: float | None = None, screen_index: int | None = None,
                 on_language: Callable[[], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.screen_index = screen_index
        self.deck = SlideDeck(repo, story, lang)
        self.controller = SlideController(self.deck, interval_s, self)
        self.audience = AudienceWindow(self.deck, self.controller)
        self.presenter = None  # a PresenterView while a second screen is present
        self._swipe = SwipeFilter(self.audience, self.controller)
        self._input_filters = InputFilters(self.deck, self._swipe)
        self.controller.exitRequested.connect(self.stop)
        self.controller.changed.connect(self._announce_slide)
        self.controller.languageToggleRequested.connect(on_language or toggle_language)
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screens_changed)
        self.running = False

    def _announce_slide(self, index: int) -> None:
        from etown_desktop.ui.accessibility.announce import announce
        from etown_desktop.ui.presentation.controller import slide_announcement

        announce(self.presenter or self.audience, slide_announcement(self.deck, index))

    # -- screens -----------------------------------------------------------------------------
    def choose_screens(self) -> tuple[QScreen, QScreen | None]:
        """(audience screen, presenter screen or None). With two or more screens the audience
        gets ``--screen N`` (default: a screen that is not the primary one)."""
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        if self.screen_index is not None and 0 <= self.screen_index < len(screens):
            audience = screens[self.screen_index]
        else:
            others = [s for s in screens if s is not primary]
            audience = others[0] if others else primary
        if len(screens) < 2:
            return audience, None
        presenter = primary if audience is not primary else next(s for s in screens if s is not audience)
        return audience, presenter

    def _place(self) -> None:
        audience, presenter = self.choose_screens()
        _show_full_screen(self.audience, audience)
        if presenter is None:
            if self.presenter is not None:
                self.presenter.close()
                self.presenter.deleteLater()
                self.presenter = None
        else:
            if self.presenter is None:
                from etown_desktop.ui.presentation.presenter_view import PresenterView

                self.presenter = PresenterView(self.repo, self.controller)
            _show_full_screen(self.presenter, presenter)
        self.audience.activateWindow()
        (self.presenter or self.audience).setFocus()
        log.info("Presentation on %s; presenter view: %s", audience.name(),
                 presenter.name() if presenter else "none")

    def _screens_changed(self, _screen: QScreen) -> None:
        if self.running:
            self._place()

    # -- visit log ---------------------------------------------------------------------------
    def attach_visit_log(self, visit_log=None) -> None:
        """Record slides shown (and seconds on each) and language changes in the visit log."""
        from PySide6.QtCore import QTimer

        from etown_desktop.core.errors import EtownError
        from etown_desktop.core.visits.tracker import VisitTracker
        from etown_desktop.core.visits.visit_log import VisitLog

        try:
            visit_log = visit_log or VisitLog(mode="present")
        except EtownError as exc:
            log.warning("No visit log for this presentation: %s", exc)
            return
        self.tracker = VisitTracker(visit_log, self.deck.story.id, self.deck.lang, visits=False)
        self.controller.changed.connect(self.tracker.slide_shown)
        self.deck.languageShown.connect(self.tracker.language_chosen)
        self._flush = QTimer(self)
        self._flush.timeout.connect(visit_log.flush)
        self._flush.start(2000)
        self.finished.connect(self.tracker.close)
        if self.running:
            self.tracker.slide_shown(self.controller.index)

    # -- start/stop --------------------------------------------------------------------------
    def start(self) -> None:
        self.running = True
        # The audience window fills its screen and the deck fills the window: the first slide's
        # type is set once, for that size (not for a hidden deck's 640×480, then again once shown,
        # which loaded fonts at sizes never drawn: issue 22).
        self.deck.resize(self.choose_screens()[0].geometry().size())
        self.deck.go_to(0)
        self._place()
        self._input_filters.install()  # every widget, from the first slide's paint (input_filters.py)
        if getattr(self, "tracker", None) is not None:
            self.tracker.slide_shown(0)

    def stop(self) -> None:
        if not self.running:
            return
        self.running = False
        self._input_filters.remove()
        self.controller.set_interval(None)
        for w in (self.presenter, self.audience):
            if w is not None:
                w.close()
        self.finished.emit()


def _show_full_screen(window, screen: QScreen) -> None:
    if window.isVisible() and window.screen() is screen and window.isFullScreen():
        return
    if window.isVisible():
        window.hide()  # moving a full-screen window: out of full screen first
    window.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()
