"""Python's cyclic garbage collector, run from the Qt event loop only, once a window has started.

Left to itself, the collector runs whenever enough objects have been allocated: in the middle of
any Python code, including Python code that Qt or PySide6 calls while they are half-way through
something (a signal being disconnected, a layout asking its items). A collection there can
destroy Qt objects of a dropped window (shiboken's ``tp_clear``) under Qt's feet. Seen in this
project's test runs: a grid layout asked for its items after the collector had cleared its
attributes, and the whole process hung inside ``disconnect`` while pyqtgraph moved a new bar to
its plot (PySide6 6.11.3). pyqtgraph documents the same hazard and ships the same remedy
(``pyqtgraph.util.garbage_collector.GarbageCollector``): switch automatic collection off and
collect from a timer, between two events, where nothing of Qt is on the stack.

This is that remedy, written out rather than imported: importing it loads the whole pyqtgraph
package (150-300 ms on a slow laptop), which ``present`` and ``kiosk`` do not load before their
first slide; and this timer is a child of the application, so it goes with it at exit.

The start's own pause (:mod:`etown_desktop.app.startup_gc`) comes first; once the start is over
(every tab built, or the first slide painted) its ``hand_to_event_loop`` ends the pause and calls
:func:`collect_from_event_loop`.
"""

from __future__ import annotations

import gc

INTERVAL_MS = 1000  # as pyqtgraph's: a second of garbage at most

_timer = None  # the running collector's QTimer (one per process)


def collect_due() -> int:
    """One tick of the timer: collect what the automatic collector would have collected by now
    (the oldest generation whose count, and every younger one's, is past its threshold: as
    pyqtgraph's collector decides). Returns that generation, or -1 when nothing was due."""
    counts = gc.get_count()
    thresholds = gc.get_threshold()
    generation = -1
    for gen in range(3):
        if thresholds[gen] and counts[gen] > thresholds[gen]:
            generation = gen
        else:
            break
    if generation >= 0:
        gc.collect(generation)
    return generation


def collect_from_event_loop(take_over_pause: bool = False) -> bool:
    """From now on the cyclic collector runs between two events only (once per process); True
    when it does (now or already).

    If automatic collection is off (someone else, a host program or a test harness, switched it
    off), it is left to them, unless ``take_over_pause``: the caller switched it off itself for the
    start (:mod:`etown_desktop.app.startup_gc`) and hands it over as it is, off."""
    global _timer
    if _timer is not None:
        return True
    if not (gc.isenabled() or take_over_pause):
        return False
    from PySide6.QtCore import QCoreApplication, QTimer

    app = QCoreApplication.instance()
    if app is None:  # no event loop to run it from: automatic collection stays (or comes back) on
        return False
    _timer = QTimer(app)
    _timer.setObjectName("etownEventLoopGc")
    _timer.timeout.connect(collect_due)
    gc.disable()
    _timer.start(INTERVAL_MS)
    app.aboutToQuit.connect(stop)
    return True


def stop() -> None:
    """Automatic collection back on (the event loop is ending: nothing of Qt runs any more)."""
    global _timer
    if _timer is None:
        return
    try:
        _timer.stop()
    except RuntimeError:  # the application (its parent) is gone already
        pass
    _timer = None
    gc.enable()


def is_running() -> bool:
    return _timer is not None
