"""Notices input anywhere in the app and says when nobody has touched it for ``timeout_s``.

The clock and the check are injectable: a test sets the clock and calls :meth:`check`."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    active = Signal()  # the first input after being idle
    idle = Signal()
    inputSeen = Signal()

    def __init__(self, timeout_s: float, clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None, check_every_ms: int = 1000) -> None:
        super().__init__(parent)
        self.timeout_s = timeout_s
        self.clock = clock
        self.last_input = clock()
        self.is_idle = True  # a kiosk starts in the attract loop
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(check_every_ms)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in INPUT_EVENTS and obj.isWidgetType():
            self.touch()
        return False

    def touch(self) -> None:
        self.last_input = self.clock()
        self.inputSeen.emit()
        if self.is_idle:
            self.is_idle = False
            self.active.emit()

    def resume(self) -> None:
        """Not idle any more, without a new "active" (the visit that was going on goes on)."""
        self.last_input = self.clock()
        self.is_idle = False

    def check(self) -> None:
        if not self.is_idle and self.clock() - self.last_input >= self.timeout_s:
            self.is_idle = True
            self.idle.emit()
