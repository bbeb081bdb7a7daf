"""Python's cyclic garbage collector paused while a window starts (Qt-free).

A start allocates hundreds of thousands of long-lived objects (PySide6's enums and wrappers,
pyqtgraph, numpy, every tab's widgets): Python's collector ran ~190 times over them before every
tab was built (one full collection among them) and found next to nothing to free; measured on
a shipped start, ~50 ms of CPU before the first paint and ~200 ms before all tabs were ready on
this machine (callgrind: 26 M instructions before the first paint; the rest is memory traffic).
Reference counting still frees everything else at once, and the peak memory of a start stays the
same (150 MB). Once the start is over (every tab built, or the first slide painted), and by a
fallback timer in case that moment never comes, a window hands the collector to its event loop
(:mod:`etown_desktop.ui.event_loop_gc`) without switching automatic collection on in between.
"""

from __future__ import annotations

import gc

FALLBACK_S = 20  # the collector is back on after this long whatever happens

_paused = False


def pause() -> None:
    """Pause the collector for a start (not when something else has switched it off)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Switch the collector back on if :func:`pause` switched it off (once; safe to call again)."""
    global _paused
    if _paused:
        _paused = False
        gc.enable()


def is_paused() -> bool:
    return _paused


def hand_to_event_loop() -> None:
    """A window's start is over (every tab built, or the first slide painted): from now on the
    collector runs between two events only (:mod:`etown_desktop.ui.event_loop_gc`).

    Straight from the pause to the event loop's collector: switching automatic collection on in
    between made the next allocation collect every generation of the start's objects at once
    (~30 ms, right as the last tab was built); the timer's first tick collects them instead, a
    second later, between two events."""
    global _paused
    from etown_desktop.ui.event_loop_gc import collect_from_event_loop

    if collect_from_event_loop(take_over_pause=_paused):
        _paused = False  # the event loop's collector has it (automatic collection stays off)
    else:
        resume()  # no event loop to run it from: automatic collection is back on
