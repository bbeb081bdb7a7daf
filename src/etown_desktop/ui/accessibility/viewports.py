"""Scroll-area viewports set up once the window has been painted.

A scroll area's viewport is a widget Qt creates in C++. The first time one is handed to Python
(``viewport()``), PySide6 works out its class by resolving every widget class of QtWidgets, and
so builds their Python enums (~60, dialogs and wizards included): ~15 % of the work before the
main window's first paint, for a name and a touch gesture nobody uses before that paint. Inside
:func:`postpone_viewports` those viewport steps (accessible name, touch scrolling) are collected
and run by :meth:`Postponed.run` (the main window runs them right after its first paint); outside
it they run at once, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from shiboken6 import isValid

_collecting: list[tuple[object, Callable[[], None]]] | None = None


def viewport_step(owner: object, step: Callable[[], None]) -> None:
    """Run ``step`` (which uses ``owner``'s viewport) now, or later inside postpone_viewports()."""
    if _collecting is None:
        step()
    else:
        _collecting.append((owner, step))


class Postponed:
    """The viewport steps collected by one postpone_viewports() block."""

    def __init__(self) -> None:
        self.steps: list[tuple[object, Callable[[], None]]] = []

    def run(self) -> None:
        """Run the collected steps in order (once); a step whose widget is gone is skipped."""
        steps, self.steps = self.steps, []
        for owner, step in steps:
            if isValid(owner):
                step()


@contextmanager
def postpone_viewports() -> Iterator[Postponed]:
    global _collecting
    outer, postponed = _collecting, Postponed()
    _collecting = postponed.steps
    try:
        yield postponed
    finally:
        _collecting = outer
