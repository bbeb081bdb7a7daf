"""A consent choice: a checkbox and its sentence in a wrapping label that ticks it when clicked
(a QCheckBox's own text cannot wrap, and these sentences are long)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QWidget


class ClickLabel(QLabel):
    def __init__(self, check: QCheckBox, parent: QWidget) -> None:
        super().__init__(parent)
        self.check = check
        self.setWordWrap(True)
        self.setBuddy(check)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self.check.toggle()
        super().mouseReleaseEvent(event)


def consent_row(check: QCheckBox, parent: QWidget) -> tuple[QHBoxLayout, ClickLabel]:
    label = ClickLabel(check, parent)
    check.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # a tap on it hits the box
    row = QHBoxLayout()
    row.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(label, 1)
    return row, label


def set_consent_text(check: QCheckBox, label: ClickLabel, text: str) -> None:
    label.setText(text)
    check.setAccessibleName(text)
