"""The booth's "Leave your contact" form: large touch fields, the booth's own keyboard, the five
unticked consent choices and the privacy notice, in the visitor's language.

It only ever writes: the kiosk opens the lead store without the passphrase, so a lead is sealed
with the public key and cannot be read back here, and no other lead is ever shown. Submit → thanks
→ back to the slides; idle (or Cancel) empties every field first."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QScrollArea, QStackedWidget, QVBoxLayout, QWidget)

from etown_desktop.core.errors import EtownError
from etown_desktop.core.leads.choices import CONSENT_PURPOSES, choice_lists
from etown_desktop.core.leads.model import Personal
from etown_desktop.core.leads.notice import NoticeSettings, notice_text
from etown_desktop.core.leads.store import LeadDraft, LeadStore
from etown_desktop.ui.accessibility.names import name_widget
from etown_desktop.ui.accessibility.touch_scroll import enable_touch_scrolling
from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.kiosk.onscreen_keyboard import OnScreenKeyboard
from etown_desktop.ui.leads.consent_check import consent_row, set_consent_text
from etown_desktop.ui.theme import colors

log = logging.getLogger(__name__)
FIELDS = ("given", "family", "company", "email", "phone")
THANKS_MS = 4000
TOUCH_PX = 50


class KioskContactForm(QWidget):
    submitted = Signal(int)  # the new lead's id
    done = Signal()  # back to the slides

    def __init__(self, store: LeadStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskContactForm")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.restyle_ui()
        self.store = store
        event = store.current_event()  # read once: retranslating never touches the store
        self.retention_months = event.retention_months if event else 12
        self.notice_settings = NoticeSettings(store.setting("bureau"), store.setting("contact"))
        self.stack = QStackedWidget(self)
        page = QWidget(self)
        self.title = QLabel(page)
        self.title.setStyleSheet("font-size: 30px; font-weight: bold;")
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        fields = QGridLayout()
        for i, key in enumerate(FIELDS):
            self.labels[key] = QLabel(page)
            self.edits[key] = QLineEdit(page)
            self.edits[key].setObjectName(f"kiosk_{key}")
            self.edits[key].setMaxLength(200)
            self.labels[key].setBuddy(self.edits[key])
            fields.addWidget(self.labels[key], i, 0)
            fields.addWidget(self.edits[key], i, 1)
        self.edits["email"].setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.edits["phone"].setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.keyboard = OnScreenKeyboard(page)
        self.keyboard.attach(list(self.edits.values()))
        self.consents: dict[str, QCheckBox] = {}
        self.consent_labels = {}
        consent_col = QVBoxLayout()
        for purpose in CONSENT_PURPOSES:
            check = QCheckBox(page)
            check.setObjectName(f"kiosk_consent_{purpose}")
            self.consents[purpose] = check
            row, self.consent_labels[purpose] = consent_row(check, page)
            consent_col.addLayout(row)
        self.notice = QLabel(page)
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notice.setStyleSheet("font-size: 15px;")
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.notice)
        self.notice_scroll = scroll
        consent_col.addWidget(scroll, 1)
        self.error = QLabel(page)
        self.error.setObjectName("formError")  # the scheme's error colour (restyle_ui)
        self.error.setStyleSheet("font-size: 20px;")
        self.submit_button = QPushButton(page)
        self.submit_button.setObjectName("submit")
        self.submit_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(page)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.clicked.connect(self.cancel)
        for b in (self.submit_button, self.cancel_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        left = QVBoxLayout()
        left.addLayout(fields)
        left.addWidget(self.keyboard, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(consent_col, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.submit_button)
        pl = QVBoxLayout(page)
        pl.setContentsMargins(32, 16, 32, 16)
        pl.addWidget(self.title)
        pl.addLayout(columns, 1)
        pl.addLayout(buttons)
        self.thanks = QWidget(self)
        self.thanks_text = QLabel(self.thanks)
        self.thanks_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_text.setWordWrap(True)
        self.thanks_text.setStyleSheet("font-size: 40px;")
        self.card_qr = QLabel(self.thanks)  # "My card": the visitor can scan our contact too
        self.card_qr.setObjectName("kioskCardQr")
        self.card_qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card_caption = QLabel(self.thanks)
        self.card_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._show_card(store)
        tl = QVBoxLayout(self.thanks)
        tl.addStretch(1)
        tl.addWidget(self.thanks_text)
        tl.addWidget(self.card_qr)
        tl.addWidget(self.card_caption)
        tl.addStretch(1)
        self.stack.addWidget(page)
        self.stack.addWidget(self.thanks)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.setInterval(THANKS_MS)
        self.thanks_timer.timeout.connect(self.finish)
        self.retranslate_ui()
        enable_touch_scrolling(self)  # a finger scrolls its lists and texts (QScroller, touch only)

    def restyle_ui(self) -> None:
        """The window colours of the scheme in use (also after a switch: ui/appearance)."""
        c = colors()
        self.setStyleSheet(f"#kioskContactForm {{ background: {c.window}; }} QLineEdit {{ font-size: 22px; "
                           f"min-height: {TOUCH_PX}px; }} QLabel {{ font-size: 18px; }} "
                           f"QLabel#formError {{ color: {c.error}; }} "
                           f"QCheckBox {{ min-height: {TOUCH_PX}px; min-width: {TOUCH_PX}px; max-width: {TOUCH_PX}px; }} "
                           f"QCheckBox::indicator {{ width: 40px; height: 40px; }} "
                           f"QPushButton#submit, QPushButton#cancel {{ font-size: 24px; min-height: {TOUCH_PX}px; "
                           f"min-width: 180px; }}")

    def retranslate_ui(self) -> None:  # the live language switch (ui/language/retranslation.py)
        lang = current_language()
        self.title.setText(self.tr("Leave your contact"))
        name_widget(self.notice_scroll, self.tr("Privacy notice"))
        for key, text in zip(FIELDS, (self.tr("Given name"), self.tr("Family name"), self.tr("Company"),
                                      self.tr("Email"), self.tr("Phone"))):
            self.labels[key].setText(text)
        lists = choice_lists()
        for purpose, check in self.consents.items():
            set_consent_text(check, self.consent_labels[purpose], lists.consent_text(purpose, lang))
        self.notice.setText(notice_text(lang, self.retention_months, self.notice_settings))
        self.submit_button.setText(self.tr("Submit"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.thanks_text.setText(self.tr("Thank you! Our staff will be in touch."))
        self.card_caption.setText(self.tr("Scan to save our contact") if not self.card_qr.pixmap().isNull() else "")

    def _show_card(self, store: LeadStore) -> None:
        from etown_desktop.core.leads.my_card import load_card
        from etown_desktop.ui.leads.my_card_dialog import qr_pixmap

        try:
            card = load_card(store)
            if not card.empty:
                self.card_qr.setPixmap(qr_pixmap(card, 260))
        except EtownError as exc:  # no card shown; the form works
            log.warning("kiosk: no 'My card' QR code (%s)", exc)

    def clear(self) -> None:
        """Nothing of the previous visitor stays on the form."""
        for e in self.edits.values():
            e.clear()
        for c in self.consents.values():
            c.setChecked(False)
        self.error.clear()
        self.keyboard.set_shift(False)
        self.thanks_timer.stop()
        self.stack.setCurrentIndex(0)

    def open(self) -> None:
        self.clear()
        self.show()
        self.raise_()
        self.edits["given"].setFocus()

    def submit(self) -> None:
        text = {k: e.text().strip() for k, e in self.edits.items()}
        if not (text["given"] or text["family"] or text["company"]):
            self.error.setText(self.tr("Please give your name or your company."))
            return
        granted = frozenset(p for p, c in self.consents.items() if c.isChecked())
        draft = LeadDraft(Personal(family=text["family"], given=text["given"], company=text["company"],
                                   email=text["email"], phone=text["phone"]), lang=current_language())
        try:
            lead_id = self.store.add_lead(draft, granted, method="kiosk", notice_lang=current_language())
        except EtownError as exc:
            log.error("kiosk lead not stored: %s", exc)
            self.error.setText(self.tr("Sorry, this could not be saved. Please ask our staff."))
            return
        self.clear()  # the entries leave the screen at once
        self.stack.setCurrentWidget(self.thanks)
        self.thanks_timer.start()
        self.submitted.emit(lead_id)

    def cancel(self) -> None:
        self.finish()

    def finish(self) -> None:
        self.clear()
        self.hide()
        self.done.emit()
