"""The audience's full-screen window: the current slide, nothing else."""

from __future__ import annotations

from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from etown_desktop.ui import lean_start
from etown_desktop.ui.presentation.controller import SlideController
from etown_desktop.ui.presentation.slide_deck import SlideDeck


class AudienceWindow(QWidget):
    def __init__(self, deck: SlideDeck, controller: SlideController,
                 parent: QWidget | None = None) -> None:
        # No ``Qt`` enum before the first slide is painted (ui/lean_start).
        super().__init__(parent)
        lean_start.set_window_flags(self, lean_start.WINDOW)
        self.deck = deck
        self.controller = controller
        self.setObjectName("audienceWindow")
        self.setWindowTitle(self.tr("E-Town presentation"))
        lean_start.set_cursor(self, lean_start.BLANK_CURSOR)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(deck)
        self.setProperty("focusPolicy", "StrongFocus")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self.controller.handle_key(event):
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        self.controller.handle_wheel(event.angleDelta().y())
        event.accept()
