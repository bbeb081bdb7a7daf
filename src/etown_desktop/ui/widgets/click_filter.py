"""Make any widget (a box of labels) clickable: a left click anywhere on it calls a function."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget


class _ClickFilter(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.callback = callback

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.MouseButtonRelease
                and event.button() == Qt.MouseButton.LeftButton
                and obj.rect().contains(event.position().toPoint())):
            self.callback()
        return False


def on_click(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` when ``widget`` or any label inside it is clicked."""
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    click = _ClickFilter(widget, callback)
    widget.installEventFilter(click)
    for child in widget.findChildren(QWidget):
        child.installEventFilter(click)
