"""The app's wrapped, selectable text label: one point size, optional bold/italic, muted or coloured."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from etown_desktop.ui.text_size.fonts import sized_font
from etown_desktop.ui.theme import colors


def text_label(text: str, parent: QWidget | None, pt: int = 12, bold: bool = False, italic: bool = False,
               muted: bool = False, color: str | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    sized_font(label, pt, bold=bold, italic=italic)  # pt at 100 %; follows View → Text size
    if muted or color:
        label.setStyleSheet(f"color: {color or colors().muted};")
    return label
