"""Leads → Show my card (QR)…: the staffer's contact as a large QR code, for a meeting across a
table (the kiosk's thanks page shows the same card to visitors). The card itself is typed in
Leads → My card…; this dialog only shows it, big enough for a phone to read from half a metre."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from etown_desktop.core.errors import EtownError
from etown_desktop.core.leads.my_card import MyCard, load_card
from etown_desktop.ui.leads.leads_session import LeadsSession
from etown_desktop.ui.leads.my_card_dialog import qr_pixmap

log = logging.getLogger(__name__)

MIN_QR = 320  # logical px: about 8 cm on a laptop screen, read by phone cameras from ~50 cm
MAX_QR = 560


def qr_side(widget: QWidget | None = None) -> int:
    """The QR code's side: half the screen's height, within MIN_QR..MAX_QR."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    height = screen.availableGeometry().height() if screen is not None else 768
    return max(MIN_QR, min(MAX_QR, height // 2))


class ShowCardDialog(QDialog):
    def __init__(self, session: LeadsSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("showMyCard")
        self.session = session
        self.setWindowTitle(self.tr("My card"))
        self.qr = QLabel(self)
        self.qr.setObjectName("showMyCardQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(self.tr("QR code of my contact"))
        self.caption = QLabel(self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        self.who = QLabel(self)  # the card's name and organisation, as typed (data)
        self.who.setObjectName("showMyCardWho")
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("&Edit my card…"), self)
        self.edit_button.clicked.connect(self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.who)
        layout.addWidget(self.caption)
        layout.addWidget(buttons)
        self.card = MyCard()
        self.refresh()

    def refresh(self) -> None:
        try:
            self.card = load_card(self.session.store)
        except EtownError as exc:  # no store: nothing to show, say so
            log.warning("My card not read: %s", exc)
            self.card = MyCard()
        side = qr_side(self)
        self.qr.setFixedSize(side, side)
        if self.card.empty:
            self.qr.clear()
            self.who.clear()
            self.caption.setText(self.tr("No card yet: type your contact with “Edit my card…”."))
            return
        try:
            self.qr.setPixmap(qr_pixmap(self.card, side))
        except EtownError as exc:  # too long for a QR code phones read: the reason, in the caption
            self.qr.clear()
            self.caption.setText(str(exc))
            return
        self.who.setText(" · ".join(x for x in (self.card.name, self.card.title, self.card.org) if x))
        self.caption.setText(self.tr("Scan with your phone's camera to save my contact."))

    def edit(self) -> None:
        from etown_desktop.ui.leads.my_card_dialog import MyCardDialog

        MyCardDialog(self.session, self).exec()
        self.refresh()
