"""The status-bar notice after an export: "Saved etown-pack.zip" and an *Open folder* button that
opens the folder in the system's file manager (QDesktopServices). One notice per window; a newer
export replaces it, and it goes away after a while."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QWidget

log = logging.getLogger(__name__)

SHOWN_MS = 20_000


class SavedNotice(QWidget):
    """"Saved NAME" with an Open folder button, in a main window's status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedNotice")
        self.path: Path | None = None
        self.detail = ""
        self.label = QLabel(self)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openFolder")
        self.open_button.setFlat(True)
        self.open_button.setCursor(Qt.CursorShape.PointingHandCursor)
        # Looks like a link (a flat button alone reads as plain text in a status bar).
        self.open_button.setStyleSheet("QPushButton { color: palette(link); text-decoration: underline; "
                                       "border: none; padding: 0 4px; }")
        self.open_button.clicked.connect(self.open_folder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.open_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        self._retranslate()

    def show_saved(self, path: Path | str, detail: str = "") -> None:
        """Say ``path`` was saved (``detail``: e.g. "12 pages") and offer its folder."""
        self.path = Path(path)
        self.detail = detail
        self._retranslate()
        self.show()
        self.timer.start(SHOWN_MS)

    def _retranslate(self) -> None:
        self.open_button.setText(self.tr("Open folder"))
        self.open_button.setToolTip(self.tr("Show the saved file's folder in the file manager"))
        if self.path is None:
            return
        text = self.tr("Saved {name}").format(name=self.path.name)
        self.label.setText(f"{text} ({self.detail})" if self.detail else text)
        self.label.setToolTip(str(self.path))

    def retranslate_ui(self) -> None:
        """Called by ui/language/retranslation.py after a switch: the formatted "Saved NAME"."""
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:  # a notice outside a window's tree
            self._retranslate()
        super().changeEvent(event)

    def open_folder(self) -> bool:
        if self.path is None:
            return False
        ok = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))
        if not ok:
            log.warning("Could not open the folder %s", self.path.parent)
        return ok


def show_saved(window: QWidget, path: Path | str, detail: str = "") -> SavedNotice | None:
    """The window's notice (made on first use) saying ``path`` was saved."""
    if not isinstance(window, QMainWindow):
        return None
    notice = window.findChild(SavedNotice, "savedNotice")
    if notice is None:
        notice = SavedNotice(window)
        window.statusBar().addWidget(notice)
    window.statusBar().clearMessage()  # a temporary message would hide the notice
    notice.show_saved(path, detail)
    from etown_desktop.ui.accessibility.announce import announce

    announce(window, notice.label.text())  # a screen reader hears "Saved NAME"
    return notice
