"""Flash a border around a widget for a moment (the item a search result jumped to)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QScrollArea, QWidget

from etown_desktop.ui.theme import colors

FLASH_MS = 1800


class Highlight(QWidget):
    """A transparent overlay drawing a thick accent border over its parent; removes itself."""

    def __init__(self, target: QWidget, ms: int = FLASH_MS) -> None:
        super().__init__(target)
        self.setObjectName("searchHighlight")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setGeometry(target.rect())
        self.show()
        self.raise_()
        QTimer.singleShot(ms, self.deleteLater)

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(colors().accent)
        p.setPen(QPen(color, 4))
        fill = QColor(color)
        fill.setAlpha(28)
        p.setBrush(fill)
        p.drawRoundedRect(QRectF(self.rect()).adjusted(2, 2, -2, -2), 8, 8)


def reveal(widget: QWidget) -> None:
    """Scroll every scroll area around ``widget`` so it is in view."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 40, 40)
        parent = parent.parentWidget()


def flash(widget: QWidget) -> Highlight:
    reveal(widget)
    return Highlight(widget)


__all__ = ["Highlight", "flash", "reveal"]
