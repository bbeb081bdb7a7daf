"""Turns a horizontal drag anywhere in a window into a slide change (touch screens send the drag
as mouse events), and keeps a swipe that ends on a figure from counting as a tap on it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF
from PySide6.QtWidgets import QWidget

from etown_desktop.ui.presentation.controller import SlideController


class SwipeFilter(QObject):
    def __init__(self, window: QWidget, controller: SlideController) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self._start: QPointF | None = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                        QEvent.Type.MouseButtonRelease):
            return False
        if not isinstance(obj, QWidget) or obj.window() is not self.window:
            return False
        # A finger that swipes soon after a tap: Qt turns the second press into a double click
        # (found with real touch events, tests/ui/test_touch_gestures.py); it starts a swipe too.
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self._start = event.globalPosition()
            return False
        if self._start is None:
            return False
        delta = event.globalPosition() - self._start
        self._start = None
        return self.controller.handle_swipe(delta.x(), delta.y())
