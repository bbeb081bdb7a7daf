"""The Leads dock: the current event's leads with filters (text, event, rating, sector, due),
opened for editing with a double click or Enter; locked, it offers Unlock."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDockWidget, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QStackedWidget, QTableView, QVBoxLayout, QWidget)

from etown_desktop.core.errors import EtownError
from etown_desktop.core.leads import filtering
from etown_desktop.core.leads.choices import choice_lists
from etown_desktop.core.leads.lazy_open import LeadOpener
from etown_desktop.core.leads.sectors import sector_ids, sector_label
from etown_desktop.ui.accessibility.names import enable_clear_button, name_widget
from etown_desktop.ui.accessibility.touch_scroll import enable_touch_scrolling
from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.leads.lead_table_model import LeadTableModel
from etown_desktop.ui.leads.leads_session import LeadsSession
from etown_desktop.ui.text_size.docks import size_title_buttons

log = logging.getLogger(__name__)
ALL_EVENTS = -1


class LeadsPanel(QWidget):
    openRequested = Signal(int)  # lead id
    unlockRequested = Signal()
    newRequested = Signal()

    def __init__(self, session: LeadsSession, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadsPanel")
        self.session = session
        self.model = LeadTableModel(self, today)
        self.stack = QStackedWidget(self)

        self.locked_page = QWidget(self)
        self.locked_label = QLabel(self.locked_page)
        self.locked_label.setWordWrap(True)
        self.unlock_button = QPushButton(self.locked_page)
        self.unlock_button.clicked.connect(self.unlockRequested)
        lp = QVBoxLayout(self.locked_page)
        lp.addWidget(self.locked_label)
        lp.addWidget(self.unlock_button)
        lp.addStretch(1)

        self.list_page = QWidget(self)
        self.search = QLineEdit(self.list_page)
        self.search.setObjectName("leadsSearch")
        enable_clear_button(self.search)
        self.event_combo, self.rating_combo = QComboBox(self.list_page), QComboBox(self.list_page)
        self.sector_combo, self.due_combo = QComboBox(self.list_page), QComboBox(self.list_page)
        self.new_button = QPushButton(self.list_page)
        self.new_button.clicked.connect(self.newRequested)
        self.count_label = QLabel(self.list_page)
        self.table = QTableView(self.list_page)
        self.table.setObjectName("leadsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Fixed row heights: a reset of 10,000 rows measures no row.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        for col, width in enumerate((170, 200, 70, 220, 70, 200)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda idx: self.openRequested.emit(self.model.lead_at(idx.row()).id))
        self.table.installEventFilter(self)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.event_combo, self.rating_combo, self.sector_combo, self.due_combo):
            filters.addWidget(combo, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.new_button)
        pl = QVBoxLayout(self.list_page)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addLayout(filters)
        pl.addWidget(self.table, 1)
        pl.addLayout(bottom)

        self.stack.addWidget(self.locked_page)
        self.stack.addWidget(self.list_page)
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)
        self.search.textChanged.connect(self.apply_filter)
        for combo in (self.rating_combo, self.sector_combo, self.due_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.event_combo.currentIndexChanged.connect(self.reload)
        session.changed.connect(self.reload)
        self.model.openingProgress.connect(lambda *_: self._update_count())
        self.retranslate_ui()
        self.reload()
        enable_touch_scrolling(self)  # a finger scrolls its lists and texts (QScroller, touch only)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.table and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter):
            idx = self.table.currentIndex()
            if idx.isValid():
                self.openRequested.emit(self.model.lead_at(idx.row()).id)
                return True
        return super().eventFilter(obj, event)

    def retranslate_ui(self) -> None:  # the live language switch (ui/language/retranslation.py)
        lang = current_language()
        self.locked_label.setText(self.tr("The leads are encrypted on this laptop. Unlock them with the "
                                          "staff passphrase to see and edit them; new leads can be added "
                                          "while locked."))
        self.unlock_button.setText(self.tr("&Unlock…"))
        self.search.setPlaceholderText(self.tr("Filter by name, company, email, notes…"))
        self.search.setAccessibleName(self.tr("Filter the leads"))  # a placeholder is not a name
        name_widget(self.table, self.tr("Leads"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Column headers"))
        self.new_button.setText(self.tr("&New lead…"))
        self._fill(self.rating_combo, self.tr("Any rating"),
                   [(r.id, r.label(lang)) for r in choice_lists().ratings])
        self._fill(self.sector_combo, self.tr("Any sector"), [(s, sector_label(s, lang)) for s in sector_ids()])
        self._fill(self.due_combo, self.tr("Any next step"),
                   [(filtering.DUE_NOW, self.tr("Due today or overdue")), (filtering.DUE_SET, self.tr("With a due date"))])
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._fill_events()
        self._update_count()

    @staticmethod
    def _fill(combo: QComboBox, any_text: str, items: list[tuple[object, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(any_text, "")
        for value, text in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.blockSignals(False)

    def _fill_events(self) -> None:
        try:
            store = self.session.store
            events, current = store.events(), store.current_event()
        except EtownError:  # a damaged store: the actions show its message
            events, current = [], None
        wanted = self.event_combo.currentData()
        if wanted is None and current is not None:
            wanted = current.id
        items = [(e.id, e.name) for e in events]
        self._fill(self.event_combo, self.tr("All events"), items)
        self.event_combo.setItemData(0, ALL_EVENTS)
        self.event_combo.blockSignals(True)
        self.event_combo.setCurrentIndex(max(0, self.event_combo.findData(wanted)))
        self.event_combo.blockSignals(False)

    def current_filter(self) -> filtering.LeadFilter:
        return filtering.LeadFilter(self.search.text(), self.rating_combo.currentData() or "",
                                    self.sector_combo.currentData() or "", self.due_combo.currentData() or "")

    def show_due(self) -> None:
        self.due_combo.setCurrentIndex(self.due_combo.findData(filtering.DUE_NOW))

    def reload(self) -> None:
        unlocked = self.session.unlocked
        self.stack.setCurrentWidget(self.list_page if unlocked else self.locked_page)
        if not unlocked:
            self.model.set_leads([])
            return
        self._fill_events()
        event_id = self.event_combo.currentData()
        try:  # shown now; opened as painted and in the background (see LeadTableModel)
            opener = LeadOpener(self.session.store, None if event_id in (None, ALL_EVENTS) else event_id)
        except EtownError as exc:
            log.warning("leads not listed: %s", exc)
            self.model.set_leads([])
            return
        self.model.filter = self.current_filter()
        self.model.set_opener(opener)
        self._update_count()

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._update_count()

    def _update_count(self) -> None:
        text = self.tr("{shown} of {total} leads").format(shown=self.model.rowCount(), total=self.model.total)
        if self.model.opening:
            text += " " + self.tr("(opening {opened} of {total}…)").format(opened=self.model.opened,
                                                                          total=self.model.total)
        self.count_label.setText(text)


class LeadsDock(QDockWidget):
    def __init__(self, session: LeadsSession, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        size_title_buttons(self)  # close/float buttons as large as the text (at 125–200 %)
        self.setObjectName("leadsDock")
        self.panel = LeadsPanel(session, self, today)
        self.setWidget(self.panel)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:  # the live language switch (ui/language/retranslation.py)
        self.setWindowTitle(self.tr("Leads"))
