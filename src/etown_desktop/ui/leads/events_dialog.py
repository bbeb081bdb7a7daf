"""Leads → Events…: create an event (name, date, place, language, retention, kiosk), choose the
current one, and the bureau's name and contact shown in the privacy notice."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from etown_desktop.core.errors import EtownError
from etown_desktop.ui.accessibility.touch_scroll import enable_touch_scrolling
from etown_desktop.ui.leads.leads_session import LeadsSession
from etown_desktop.ui.theme import colors


class EventsDialog(QDialog):
    eventChanged = Signal()

    def __init__(self, session: LeadsSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadsEvents")
        self.session = session
        self.list = QListWidget(self)
        self.list.setObjectName("eventsList")
        self.use_button = QPushButton(self)
        self.use_button.clicked.connect(self.use_selected)
        self.new_box = QGroupBox(self)
        form = QFormLayout(self.new_box)
        self.name = QLineEdit(self)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.place = QLineEdit(self)
        self.lang = QComboBox(self)
        self.lang.addItem("English", "en")
        self.lang.addItem("中文", "zh")
        self.retention = QSpinBox(self)
        self.retention.setRange(1, 120)
        self.retention.setValue(12)
        self.kiosk = QCheckBox(self)
        self.create_button = QPushButton(self)
        self.create_button.clicked.connect(self.create)
        self.labels = [QLabel(self) for _ in range(6)]
        for label, field in zip(self.labels, (self.name, self.date, self.place, self.lang, self.retention, self.kiosk)):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.create_button)
        self.bureau_box = QGroupBox(self)
        bform = QFormLayout(self.bureau_box)
        store = session.store
        self.bureau = QLineEdit(store.setting("bureau"), self)
        self.contact = QLineEdit(store.setting("contact"), self)
        self.bureau_labels = [QLabel(self), QLabel(self)]
        bform.addRow(self.bureau_labels[0], self.bureau)
        bform.addRow(self.bureau_labels[1], self.contact)
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {colors().error};")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close_and_save)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.use_button)
        right = QVBoxLayout()
        right.addWidget(self.new_box)
        right.addWidget(self.bureau_box)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(columns)
        outer.addWidget(self.error)
        outer.addWidget(buttons)
        self._set_texts()
        self.refresh()
        enable_touch_scrolling(self)  # a finger scrolls its lists and texts (QScroller, touch only)

    def retranslate_ui(self) -> None:
        """Called by the live language switch (ui/language/retranslation.py)."""
        self._set_texts()
        self.refresh()

    def _set_texts(self) -> None:
        self.setWindowTitle(self.tr("Events"))
        self.list.setAccessibleName(self.tr("Events"))
        self.use_button.setText(self.tr("&Use for new leads"))
        self.new_box.setTitle(self.tr("New event"))
        for label, text in zip(self.labels, (self.tr("&Name"), self.tr("&Date"), self.tr("&Place"),
                                             self.tr("&Language"), self.tr("&Keep leads (months)"),
                                             self.tr("&Kiosk"))):
            label.setText(text)
        self.kiosk.setText(self.tr("visitors may leave their contact at the kiosk"))
        self.create_button.setText(self.tr("&Create event"))
        self.bureau_box.setTitle(self.tr("Shown in the privacy notice"))
        self.bureau_labels[0].setText(self.tr("&Bureau"))
        self.bureau_labels[1].setText(self.tr("C&ontact"))

    def refresh(self) -> None:
        self.list.clear()
        current = self.session.store.current_event()
        for e in self.session.store.events():
            text = f"{e.date}  {e.name}" + (f" — {e.place}" if e.place else "")
            text += "  " + self.tr("({n} leads, kept {m} months)").format(n=self.session.store.count(e.id),
                                                                         m=e.retention_months)
            item = QListWidgetItem(("✓ " if current and e.id == current.id else "   ") + text)
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            self.list.addItem(item)

    def create(self) -> None:
        try:
            self.session.store.add_event(self.name.text(), self.date.date().toString("yyyy-MM-dd"),
                                         self.place.text(), self.lang.currentData(), self.retention.value(),
                                         self.kiosk.isChecked())
        except EtownError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self.name.clear()
        self.refresh()
        self.session.touch()

    def use_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.session.store.use_event(item.data(Qt.ItemDataRole.UserRole))
            self.refresh()
            self.session.touch()

    def close_and_save(self) -> None:
        store = self.session.store
        store.set_setting("bureau", self.bureau.text().strip())
        store.set_setting("contact", self.contact.text().strip())
        self.accept()
