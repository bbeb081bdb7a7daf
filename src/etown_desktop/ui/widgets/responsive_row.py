"""A row of widgets that stacks them vertically when it is narrower than a breakpoint.

Used where two blocks of different widths sit side by side (a table and its detail pane): on a
wide window they share the row by their stretch factors, on a narrow one each gets the full width.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget


class ResponsiveRow(QWidget):
    def __init__(self, breakpoint: int, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self.breakpoint = breakpoint
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        widget.setParent(self)
        self.box.addWidget(widget, stretch)

    @property
    def stacked(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def minimumSizeHint(self):  # noqa: N802 - narrow enough to stack
        hint = super().minimumSizeHint()
        if not self.stacked:
            widest = max((self.box.itemAt(i).minimumSize().width() for i in range(self.box.count())),
                         default=0)
            hint.setWidth(widest)
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        direction = (QBoxLayout.Direction.TopToBottom if event.size().width() < self.breakpoint
                     else QBoxLayout.Direction.LeftToRight)
        if direction != self.box.direction():
            self.box.setDirection(direction)
        super().resizeEvent(event)
