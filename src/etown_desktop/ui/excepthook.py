"""One dialog for unexpected errors: what happened, the details, and a Copy button. Always logged."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from etown_desktop.ui.accessibility.touch_scroll import enable_touch_scrolling

log = logging.getLogger(__name__)


class ErrorDialog(QDialog):
    def __init__(self, message: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Unexpected error"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(QCoreApplication.translate("ErrorDialog", "Something went wrong. The app keeps running, but the last action may "
                           "not have finished. Please copy the details below and send them to "
                           "your IT contact."))
        intro.setWordWrap(True)
        self.message_label = QLabel(message)
        self.message_label.setWordWrap(True)
        self.message_label.setObjectName("sectionTitle")
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(QCoreApplication.translate("ErrorDialog", "Error details"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(QCoreApplication.translate("ErrorDialog", "Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.message_label)
        layout.addWidget(intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        enable_touch_scrolling(self)  # a finger scrolls its lists and texts (QScroller, touch only)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(f"{self.message_label.text()}\n\n{self.details.toPlainText()}")


_showing = False


def handle_exception(exc_type: type[BaseException], exc: BaseException,
                     tb: TracebackType | None) -> None:
    """Log the exception and show it in the error dialog (one at a time)."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.critical("Unexpected error", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None or _showing:
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    _showing = True
    try:
        dialog = ErrorDialog(f"{exc_type.__name__}: {exc}", details, QApplication.activeWindow())
        dialog.exec()
    finally:
        _showing = False
