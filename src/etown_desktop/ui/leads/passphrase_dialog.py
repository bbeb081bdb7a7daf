"""The staff passphrase: unlock (once per run), or set it the first time (typed twice, with the
warning that a forgotten passphrase cannot be recovered)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from etown_desktop.core.errors import EtownError
from etown_desktop.core.leads.keyring import check_new_passphrase
from etown_desktop.ui.leads.leads_session import LeadsSession
from etown_desktop.ui.theme import colors


class PassphraseDialog(QDialog):
    def __init__(self, session: LeadsSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadsPassphrase")
        self.session = session
        self.creating = not session.store.initialised
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setObjectName("passphrase")
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setObjectName("passphraseAgain")
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {colors().error};")
        self.form = QFormLayout()
        self.first_label, self.second_label = QLabel(self), QLabel(self)
        self.form.addRow(self.first_label, self.first)
        if self.creating:
            self.form.addRow(self.second_label, self.second)
        else:
            self.second.hide()
            self.second_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:  # the live language switch (ui/language/retranslation.py)
        if self.creating:
            self.setWindowTitle(self.tr("Set the leads passphrase"))
            self.intro.setText(self.tr(
                "Leads are stored encrypted on this laptop. Choose a passphrase of at least 8 characters "
                "for the staff. A forgotten passphrase cannot be recovered: the leads are gone with it."))
        else:
            self.setWindowTitle(self.tr("Unlock the leads"))
            self.intro.setText(self.tr("Type the staff passphrase to read the leads during this run."))
        self.first_label.setText(self.tr("&Passphrase"))
        self.first_label.setBuddy(self.first)
        self.second_label.setText(self.tr("&Again"))
        self.second_label.setBuddy(self.second)

    def submit(self) -> None:
        try:
            if self.creating:
                check_new_passphrase(self.first.text(), self.second.text())
                self.session.store.init_keys(self.first.text())
            self.session.unlock(self.first.text())
        except EtownError as exc:
            self.error.setText(str(exc))
            self.first.selectAll()
            self.first.setFocus()
            return
        self.accept()
