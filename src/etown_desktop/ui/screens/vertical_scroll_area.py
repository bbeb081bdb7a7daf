"""A scroll area that scrolls up and down only and never cuts its content off on the right.

A plain QScrollArea with the horizontal scroll bar switched off asks for the width of its content,
then shows the vertical scroll bar inside that width when the content is taller than the screen:
the content is squeezed below its minimum and its right edge (buttons, fields) disappears under
the bar. This one asks for the content's width plus the vertical scroll bar's, so the content
always gets at least its minimum width, with or without the bar.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class VerticalScrollArea(QScrollArea):
    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)

    def _width_for(self, content_width: int) -> int:
        bar = self.verticalScrollBar().sizeHint().width()
        return content_width + bar + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        return QSize(self._width_for(content.minimumSizeHint().width()), hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        content = self.widget()
        if content is None:
            return hint
        return QSize(self._width_for(content.sizeHint().width()), hint.height())
