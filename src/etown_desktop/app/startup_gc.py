"""Python's cyclic garbage collector paused while a window starts (Qt-free).

A start allocates hundreds of thousands of long-lived objects (PySide6's enums and wrappers,
pyqtgraph, numpy, every tab's widgets): Python's collector ran ~190 times over them before every
tab was built (one full collection among them) and found next to nothing to free; measured on
a shipped start, ~50 ms of CPU before the first paint and ~200 ms before all tabs were ready on
this machine (callgrind: 26 M instructions before the first paint; the rest is memory traffic).
Reference counting still frees everything else at once, and the peak memory of a start stays the
same (150 MB). The collector is switched on again once the start is over (:func:`resume`: every
tab built, or the first slide painted), and by a fallback timer in case that moment never comes;
a window then hands it to its event loop (:mod:`etown_desktop.ui.event_loop_gc`).
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
    """A window's start is over (every tab built, or the first slide painted): the collector is
    back, and from now on runs between two events only (:mod:`etown_desktop.ui.event_loop_gc`)."""
    resume()
    from etown_desktop.ui.event_loop_gc import collect_from_event_loop

    collect_from_event_loop()
