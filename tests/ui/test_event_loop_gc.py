"""Python's cyclic collector runs between two events only once a window has started
(ui/event_loop_gc.py): never in the middle of Qt code, where destroying a dropped window's
objects hung the process inside a signal's disconnect and cleared a live layout's attributes."""

from __future__ import annotations

import gc
import weakref

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from etown_desktop.app import startup_gc
from etown_desktop.ui import event_loop_gc


class _Cycle:
    """A reference cycle holding a Python-owned Qt object (what a dropped window leaves)."""

    def __init__(self) -> None:
        self.me = self
        self.obj = QObject()
        self.widget = QWidget()


def _garbage_cycle() -> tuple[weakref.ref, weakref.ref]:
    cycle = _Cycle()
    return weakref.ref(cycle), weakref.ref(cycle.widget)


def _allocate_past_threshold() -> list:
    return [[] for _ in range(gc.get_threshold()[0] + 10)]  # tracked objects, kept alive


@pytest.fixture
def fresh_process():
    """Automatic collection on, as in a process that just started; everything put back after."""
    assert not event_loop_gc.is_running()
    was_on = gc.isenabled()  # off during a Qt test (tests/conftest.py)
    gc.enable()
    try:
        yield
    finally:
        event_loop_gc.stop()
        startup_gc.resume()
        (gc.enable if was_on else gc.disable)()


def test_once_the_start_is_over_garbage_goes_between_two_events(qtbot, fresh_process):
    startup_gc.pause()  # as cli.main does for a start
    startup_gc.hand_to_event_loop()  # every tab built / the first slide painted
    assert event_loop_gc.is_running() and not startup_gc.is_paused()
    assert not gc.isenabled()  # automatic collection (at any allocation) stays off

    gc.collect()
    cycle, widget = _garbage_cycle()
    keep = _allocate_past_threshold()  # the automatic collector would have run by now: it does not
    assert cycle() is not None and widget() is not None
    qtbot.waitUntil(lambda: cycle() is None, timeout=3 * event_loop_gc.INTERVAL_MS)  # the timer did
    assert widget() is None and len(keep) > 0

    startup_gc.hand_to_event_loop()  # a second call (the start's fallback timer) changes nothing
    assert event_loop_gc.is_running() and not gc.isenabled()
    event_loop_gc.stop()  # the event loop ends (aboutToQuit): automatic collection is back
    assert gc.isenabled() and not event_loop_gc.is_running()


def test_a_collector_switched_off_by_someone_else_is_left_to_them(qtbot, fresh_process):
    gc.disable()  # a host program or a test harness
    event_loop_gc.collect_from_event_loop()
    assert not event_loop_gc.is_running() and not gc.isenabled()


def test_a_tick_collects_only_what_is_due(qapp, fresh_process):
    gc.disable()
    gc.collect()
    cycle, _ = _garbage_cycle()
    assert event_loop_gc.collect_due() == -1 and cycle() is not None  # below the threshold: kept
    keep = _allocate_past_threshold()
    assert event_loop_gc.collect_due() >= 0 and cycle() is None
    assert gc.get_count()[0] < gc.get_threshold()[0] and len(keep) > 0


def test_the_hand_over_itself_collects_nothing(qtbot, fresh_process):
    """From the start's pause straight to the event loop's collector: the start's objects are
    collected at the timer's first tick, between two events, not at the hand-over, which runs as
    the last tab is built (a collection of every generation there, ~30 ms)."""
    startup_gc.pause()
    keep = _allocate_past_threshold()  # the start allocates far past every threshold
    runs: list[int] = []

    def record(phase: str, info: dict) -> None:
        if phase == "start":
            runs.append(info["generation"])

    gc.callbacks.append(record)
    try:
        startup_gc.hand_to_event_loop()
        assert runs == [] and event_loop_gc.is_running() and not gc.isenabled()
        assert not startup_gc.is_paused()
        qtbot.waitUntil(lambda: runs != [], timeout=3 * event_loop_gc.INTERVAL_MS)  # the tick did
    finally:
        gc.callbacks.remove(record)
    assert len(keep) > 0


def test_without_an_event_loop_the_pause_ends_with_the_collector_back_on(monkeypatch):
    """A start with no application object (nothing to run a timer): automatic collection is back."""
    from PySide6.QtCore import QCoreApplication

    monkeypatch.setattr(QCoreApplication, "instance", staticmethod(lambda: None))
    was_on = gc.isenabled()
    try:
        gc.enable()
        startup_gc.pause()
        startup_gc.hand_to_event_loop()
        assert gc.isenabled() and not startup_gc.is_paused() and not event_loop_gc.is_running()
    finally:
        (gc.enable if was_on else gc.disable)()
