"""Leads → My card…: the staffer's or the bureau's contact, shown as a QR code a visitor scans."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from etown_desktop.core.errors import EtownError
from etown_desktop.core.leads.my_card import MyCard, load_card, qr_png, save_card
from etown_desktop.ui.accessibility.touch_scroll import enable_touch_scrolling
from etown_desktop.ui.leads.leads_session import LeadsSession

FIELDS = ("name", "org", "title", "tel", "email", "url")


def qr_pixmap(card: MyCard, size: int = 240) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(qr_png(card, scale=8), "PNG")
    return pixmap.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)


class MyCardDialog(QDialog):
    def __init__(self, session: LeadsSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myCard")
        self.session = session
        card = load_card(session.store)
        self.edits = {f: QLineEdit(getattr(card, f), self) for f in FIELDS}
        self.labels = {f: QLabel(self) for f in FIELDS}
        form = QFormLayout()
        for f in FIELDS:
            self.labels[f].setBuddy(self.edits[f])
            form.addRow(self.labels[f], self.edits[f])
            self.edits[f].textChanged.connect(self.refresh)
        self.qr = QLabel(self)
        self.qr.setObjectName("myCardQr")
        self.qr.setFixedSize(240, 240)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        row = QHBoxLayout(self)
        row.addLayout(form, 1)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate_ui()
        self.refresh()
        enable_touch_scrolling(self)  # a finger scrolls its lists and texts (QScroller, touch only)

    def retranslate_ui(self) -> None:  # the live language switch (ui/language/retranslation.py)
        self.setWindowTitle(self.tr("My card"))
        for f, text in zip(FIELDS, (self.tr("&Name"), self.tr("&Organisation"), self.tr("&Title"),
                                    self.tr("&Phone"), self.tr("&Email"), self.tr("&Web site"))):
            self.labels[f].setText(text)

    def card(self) -> MyCard:
        return MyCard(**{f: e.text().strip() for f, e in self.edits.items()})

    def refresh(self) -> None:
        card = self.card()
        if card.empty:
            self.qr.clear()
            self.error.setText(self.tr("Type your contact: visitors scan it with their phone's camera."))
            return
        try:
            self.qr.setPixmap(qr_pixmap(card))
            self.error.clear()
        except EtownError as exc:
            self.qr.clear()
            self.error.setText(str(exc))

    def save(self) -> None:
        save_card(self.session.store, self.card())
        self.accept()
