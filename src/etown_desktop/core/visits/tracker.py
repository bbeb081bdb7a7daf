"""Turns what happens on screen into visit-log events (Qt-free; the clock is injected).

A visit starts with the first touch or key after the attract loop and ends at the idle timeout;
its length runs to the last input, so the idle wait is not counted. Time on a slide is logged
when the slide is left."""

from __future__ import annotations

import time
from collections.abc import Callable

from etown_desktop.core.visits.visit_log import VisitLog


class VisitTracker:
    def __init__(self, log: VisitLog, story: str, lang: str,
                 clock: Callable[[], float] = time.monotonic, visits: bool = True) -> None:
        self.log = log
        self.story = story
        self.lang = lang
        self.clock = clock
        self.visits = visits  # False in presentation mode: no visitors, only slides
        self.visit_started: float | None = None
        self.last_input: float | None = None
        self._slide: int | None = None
        self._slide_since = 0.0

    @property
    def in_visit(self) -> bool:
        return self.visit_started is not None

    def activity(self) -> None:
        now = self.clock()
        if self.visits and self.visit_started is None:
            self.visit_started = now
        self.last_input = now

    def idle(self) -> None:
        """The idle timeout: the visit (if any) ends at its last input."""
        self._close_slide()
        if self.visit_started is not None:
            end = self.last_input if self.last_input is not None else self.visit_started
            self.log.visit(end - self.visit_started, self.lang)
        self.visit_started = None
        self._slide = None

    def slide_shown(self, index: int) -> None:
        self._close_slide()
        if self.visits and not self.in_visit:
            return  # the attract loop: nobody is looking on purpose
        self._slide = index
        self._slide_since = self.clock()

    def figure_tapped(self, figure_id: str, index: int) -> None:
        self.log.figure_tapped(self.story, index + 1, figure_id, self.lang)

    def continued(self) -> None:
        """A reset that was continued ("Still there?" answered): the visit goes on."""
        self.log.visit_continued(self.lang)

    def contact_left(self) -> None:
        self.log.contact_left(self.lang)

    def language_chosen(self, lang: str) -> None:
        self.lang = lang
        self.log.language_chosen(lang)

    def _close_slide(self) -> None:
        if self._slide is not None:
            self.log.slide_shown(self.story, self._slide + 1, self.clock() - self._slide_since,
                                 self.lang)
            self._slide = None

    def close(self) -> None:
        self.idle()
        self.log.close()
