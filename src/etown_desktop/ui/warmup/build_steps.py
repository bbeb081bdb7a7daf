"""The main window's build after the first paint, one short step per event-loop turn.

Order: the warm-up imports (:func:`etown_desktop.ui.warmup.plan.warmup_steps`), then the tabs
(the current one first), each built with its charts deferred; a tab's charts are drawn one a
step before the next tab is built. A caller that needs a tab now (``MainWindow.build_tab``: tests,
screenshots, a click on a tab not built yet) gets it complete: the warm-up still running is
finished first and the tab's deferred charts are drawn before it returns.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from etown_desktop.ui.tabs import TAB_REGISTRY
from etown_desktop.ui.warmup.background_import import BackgroundImport

if TYPE_CHECKING:
    from etown_desktop.ui.main_window import MainWindow
    from etown_desktop.ui.warmup.plan import Step

log = logging.getLogger(__name__)


class BuildSteps:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._warmup: list[Step] | None = None  # None: not started
        self.turns = 0  # steps run so far (tests: the build is split into many turns)
        self.log: list[str] = []  # what each turn did, e.g. "warmup", "tab:overview", "chart:overview"
        self._jobs: list = []  # run one a step after the warm-up, before the tabs

    def add_jobs(self, jobs) -> None:
        """Start-up jobs (menus, font check) run one a step once the warm-up is done; at once
        when the window builds nothing by itself (``auto_build`` off)."""
        if not self.window.auto_build:
            for job in jobs:
                job()
            return
        self._jobs.extend(jobs)

    # -- the step-by-step build ----------------------------------------------------------------
    def run_next(self) -> bool:
        """Run one step; True while more remain."""
        w = self.window
        if self._warmup is None:
            from etown_desktop.ui.warmup.plan import warmup_steps

            self._warmup = warmup_steps(module for _, module, _ in TAB_REGISTRY)
        self.turns += 1
        if self._warmup:
            if self._warmup[0]():
                self._warmup.pop(0)
            self.log.append("warmup")
            return True
        if self._jobs:
            self._jobs.pop(0)()
            self.log.append("job")
            return True
        for name in self._order():
            widget = w.tab_widget(name)
            if getattr(widget, "pending_steps", None):
                self._draw_one(name, widget)
                self.log.append(f"chart:{name}")
                return True
        for name in self._order():
            if not w.is_tab_built(name):
                w.make_tab(name, staged=True)
                self.log.append(f"tab:{name}")
                return True
        self.turns -= 1
        return False

    @property
    def waiting(self) -> bool:
        """The next step is the warm-up's background import, still running: nothing to do on
        the GUI thread until it is done (the window looks again a little later)."""
        return bool(self._warmup) and isinstance(step := self._warmup[0], BackgroundImport) and step.running

    def run_for(self, budget_s: float) -> bool:
        """Run steps while this turn has used less than ``budget_s`` (always one; short steps
        share a turn, so ~90 steps do not cost ~90 turns); True while more remain. Only warm-up
        steps and start-up jobs share a turn: building a tab or drawing a chart never follows
        another step in the same turn."""
        start = time.perf_counter()
        while self.run_next():
            if (time.perf_counter() - start >= budget_s or self.waiting
                    or not (self._warmup or self._jobs)):
                return True  # a tab or chart step always starts a turn of its own
        return False

    def _order(self) -> list[str]:
        current = self.window.current_tab_name()
        return [current, *(n for n in self.window.tab_names if n != current)]

    def _draw_one(self, name: str, widget) -> None:
        start = time.perf_counter()
        more = widget.run_pending_step()
        seconds = self.window.tab_build_seconds
        seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - start
        if not more:
            self.window.tab_finished(name)

    # -- callers that need things now ------------------------------------------------------------
    def finish_warmup(self) -> None:
        """Run what is left of a warm-up under way."""
        while self._warmup:
            step = self._warmup[0]
            if isinstance(step, BackgroundImport):
                step.wait()  # the thread's imports, or (not started yet) here: either way done
                self._warmup.pop(0)
            elif step():
                self._warmup.pop(0)
        while self._jobs:
            self._jobs.pop(0)()

    def finish_tab(self, name: str) -> None:
        """Draw every deferred chart of tab ``name`` now."""
        widget = self.window.tab_widget(name)
        if getattr(widget, "pending_steps", None):
            start = time.perf_counter()
            widget.finish_pending()
            seconds = self.window.tab_build_seconds
            seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - start
            self.window.tab_finished(name)

    @contextmanager
    def deferring(self, on: bool) -> Iterator[None]:
        """Pages made inside defer their charts (``on``) or draw them at once."""
        from etown_desktop.ui.tabs import tab_page  # not before the first paint: it loads core

        before = tab_page.DEFER_CHARTS["on"]
        tab_page.DEFER_CHARTS["on"] = on
        try:
            yield
        finally:
            tab_page.DEFER_CHARTS["on"] = before

    def has_pending(self, name: str) -> bool:
        return bool(getattr(self.window.tab_widget(name), "pending_steps", None))

    def any_pending(self) -> bool:
        return any(self.has_pending(name) for name in self.window.tab_names)
