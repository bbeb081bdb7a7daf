"""File → New lead (Ctrl+L), the Leads menu (Unlock/Lock, Events…, the list, export, purge) and
the start-up line in the status bar (next steps due, leads past their retention)."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QPushButton

from etown_desktop.core.errors import EtownError
from etown_desktop.core.leads import erasure, retention
from etown_desktop.ui.leads import merge_prompt
from etown_desktop.ui.leads.leads_session import LeadsSession
from etown_desktop.ui.widgets import file_dialogs

log = logging.getLogger(__name__)

EXPORT_FILTERS = (("salesforce", "Salesforce CSV (*.csv)"), ("hubspot", "HubSpot Excel (*.xlsx)"),
                  ("hubspot", "HubSpot CSV (*.csv)"), ("plain", "All fields, Excel (*.xlsx)"),
                  ("plain", "All fields, CSV (*.csv)"), ("plain", "vCard 3.0 (*.vcf)"))


class LeadsController(QObject):
    def __init__(self, window, session: LeadsSession | None = None, today: date | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.session = session or LeadsSession(parent=self)
        self.today = today or date.today()
        self.dock = None
        self.form = None
        self.session.lockChanged.connect(self._lock_changed)

    def tr(self, text: str) -> str:  # one translation context for the menu texts
        return QCoreApplication.translate("LeadsController", text)

    def _fail(self, exc: EtownError) -> None:
        QMessageBox.warning(self.window, self.tr("Leads"), str(exc))

    # -- menus ------------------------------------------------------------------------------
    def install_menus(self) -> None:
        w = self.window
        self.new_action = QAction(self.tr("New &lead…"), w)
        self.new_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.new_action.triggered.connect(self.new_lead)
        w.file_menu.insertAction(w.file_menu.actions()[0] if w.file_menu.actions() else None, self.new_action)
        w.addAction(self.new_action)
        self.menu = QMenu(self.tr("&Leads"), w)
        self.menu.setObjectName("leadsMenu")
        w.menuBar().insertMenu(w.help_menu.menuAction(), self.menu)
        self.unlock_action = QAction(self.tr("&Unlock…"), w)
        self.unlock_action.triggered.connect(self.unlock)
        self.lock_action = QAction(self.tr("Loc&k"), w)
        self.lock_action.triggered.connect(self.session.lock)
        self.list_action = QAction(self.tr("Leads l&ist"), w)
        self.list_action.triggered.connect(self.show_list)
        self.events_action = QAction(self.tr("&Events…"), w)
        self.events_action.triggered.connect(self.events)
        self.export_action = QAction(self.tr("E&xport leads…"), w)
        self.export_action.triggered.connect(self.export)
        self.card_action = QAction(self.tr("My &card…"), w)
        self.card_action.triggered.connect(self.my_card)
        self.show_card_action = QAction(self.tr("&Show my card (QR)…"), w)  # in a meeting, across the table
        self.show_card_action.setObjectName("showMyCardAction")
        self.show_card_action.triggered.connect(self.show_card)
        self.purge_action = QAction(self.tr("&Purge expired leads…"), w)
        self.purge_action.triggered.connect(self.purge_expired)
        for a in (self.new_action, None, self.unlock_action, self.lock_action, None, self.list_action,
                  self.events_action, self.export_action, self.card_action, self.show_card_action,
                  self.purge_action):
            self.menu.addSeparator() if a is None else self.menu.addAction(a)
        self._lock_changed(False)
        QApplication.instance().aboutToQuit.connect(self.session.close)  # forget the key on quit

    def _lock_changed(self, unlocked: bool) -> None:
        if hasattr(self, "unlock_action"):
            self.unlock_action.setEnabled(not unlocked)
            self.lock_action.setEnabled(unlocked)
            self.export_action.setEnabled(unlocked)

    # -- capture ----------------------------------------------------------------------------
    def _ready_to_capture(self) -> bool:
        try:
            store = self.session.store
            if not store.initialised and not self.unlock():
                return False
            if store.current_event() is None:
                QMessageBox.information(self.window, self.tr("Leads"),
                                        self.tr("Create the event first (its name, date and place)."))
                self.events()
                return store.current_event() is not None
        except EtownError as exc:
            self._fail(exc)
            return False
        return True

    def new_lead(self):
        if not self._ready_to_capture():
            return None
        from etown_desktop.ui.leads.lead_form import LeadForm

        self.form = LeadForm(self.session, None, self.window)
        self.form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form.saved.connect(lambda _id: self.window.statusBar().showMessage(
            self.tr("Lead saved."), 4000))
        self.form.show()
        return self.form

    def open_lead(self, lead_id: int):
        from etown_desktop.ui.leads.lead_form import LeadForm

        try:
            lead = self.session.store.lead(lead_id)
        except EtownError as exc:
            self._fail(exc)
            return None
        self.form = LeadForm(self.session, lead, self.window)
        self.form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form.briefRequested.connect(self.follow_up_brief)
        self.form.withdrawRequested.connect(self.withdraw)
        self.form.deleteRequested.connect(self.delete)
        self.form.show()
        return self.form

    # -- lock -------------------------------------------------------------------------------
    def unlock(self) -> bool:
        from etown_desktop.ui.leads.passphrase_dialog import PassphraseDialog

        try:
            dialog = PassphraseDialog(self.session, self.window)
        except EtownError as exc:
            self._fail(exc)
            return False
        dialog.exec()
        if self.session.unlocked:
            self._check_duplicates_soon()
        return self.session.unlocked

    def _check_duplicates_soon(self) -> None:
        """Kiosk leads are compared with their event's leads once those are open: opened in short
        batches on later event-loop turns (the list is usable meanwhile; 10,000 leads take ~1 s),
        then the merge prompts."""
        from etown_desktop.core.leads.lazy_open import LeadOpener
        from etown_desktop.ui.leads import lead_table_model

        try:
            openers = [LeadOpener(self.session.store, e) for e in self.session.store.unchecked_events()]
        except EtownError as exc:
            log.warning("kiosk leads not compared: %s", exc)
            return

        def step() -> None:
            pending = [o for o in openers if not o.done]
            try:
                if pending:
                    pending[0].open_some(lead_table_model.BATCH_S)
                    QTimer.singleShot(0, self, step)
                    return
                self.check_duplicates()
            except EtownError as exc:  # locked meanwhile: compared at the next unlock
                log.info("kiosk leads not compared: %s", exc)

        if openers:
            QTimer.singleShot(0, self, step)

    def check_duplicates(self) -> None:
        """Leads written while locked (the kiosk) that match another: ask, one at a time."""
        store = self.session.store
        for lead_id, matches in store.unchecked_duplicates():
            new, old = store.lead(lead_id), store.lead(matches[0])
            answer = merge_prompt.ask_merge(self.window, new.personal.display_name(),
                                            f"#{old.id} {old.personal.display_name()}")
            if answer == merge_prompt.MERGE:
                store.merge(old.id, new.id)
            elif answer == merge_prompt.KEEP_BOTH:
                store.keep_both(lead_id)
        self.session.touch()

    # -- list, events -----------------------------------------------------------------------
    def show_list(self):
        if self.dock is None:
            from etown_desktop.ui.leads.leads_panel import LeadsDock

            try:
                _ = self.session.store  # opens it: a damaged store is one message, and no dock
                self.dock = LeadsDock(self.session, self.window, self.today)
            except EtownError as exc:
                self._fail(exc)
                return None
            self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
            panel = self.dock.panel
            panel.openRequested.connect(self.open_lead)
            panel.unlockRequested.connect(self.unlock)
            panel.newRequested.connect(self.new_lead)
            panel.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            panel.table.customContextMenuRequested.connect(self._context_menu)
        self.dock.show()
        self.dock.raise_()
        return self.dock

    def _context_menu(self, pos) -> None:
        panel = self.dock.panel
        idx = panel.table.indexAt(pos)
        if not idx.isValid():
            return
        lead = panel.model.lead_at(idx.row())
        menu = QMenu(panel)
        menu.addAction(self.tr("&Open"), lambda: self.open_lead(lead.id))
        menu.addAction(self.tr("Make follow-up &brief…"), lambda: self.follow_up_brief(lead.id))
        menu.addSeparator()
        menu.addAction(self.tr("&Withdraw consent…"), lambda: self.withdraw(lead.id))
        menu.addAction(self.tr("&Delete on request…"), lambda: self.delete(lead.id))
        menu.popup(panel.table.viewport().mapToGlobal(pos))

    def events(self) -> None:
        from etown_desktop.ui.leads.events_dialog import EventsDialog

        try:
            EventsDialog(self.session, self.window).exec()
        except EtownError as exc:
            self._fail(exc)

    def my_card(self) -> None:
        from etown_desktop.ui.leads.my_card_dialog import MyCardDialog

        try:
            MyCardDialog(self.session, self.window).exec()
        except EtownError as exc:
            self._fail(exc)

    def show_card(self) -> None:
        from etown_desktop.ui.leads.show_card_dialog import ShowCardDialog

        try:
            ShowCardDialog(self.session, self.window).exec()
        except EtownError as exc:
            self._fail(exc)

    # -- consent, deletion, retention -------------------------------------------------------
    def withdraw(self, lead_id: int) -> None:
        if QMessageBox.question(self.window, self.tr("Withdraw consent"), self.tr(
                "Withdraw every consent of this lead? Only the name, company and email are kept, so the "
                "person is not contacted again.")) != QMessageBox.StandardButton.Yes:
            return
        try:
            erasure.withdraw(self.session.store, lead_id, self.session.staffer())
        except EtownError as exc:
            self._fail(exc)
        self.session.touch()

    def delete(self, lead_id: int) -> None:
        if QMessageBox.question(self.window, self.tr("Delete lead"), self.tr(
                "Delete this lead, its consent history and its briefs for good?")) != QMessageBox.StandardButton.Yes:
            return
        try:
            erasure.delete_lead(self.session.store, lead_id)
        except EtownError as exc:
            self._fail(exc)
        self.session.touch()

    def purge_expired(self) -> int:
        try:
            found = retention.expired(self.session.store, self.today)
            if not found:
                QMessageBox.information(self.window, self.tr("Leads"), self.tr("No lead is past its retention period."))
                return 0
            if QMessageBox.question(self.window, self.tr("Purge expired leads"), self.tr(
                    "{n} lead(s) are past their event's retention period. Delete them now?").format(
                    n=len(found))) != QMessageBox.StandardButton.Yes:
                return 0
            n = retention.purge_expired(self.session.store, self.today)
        except EtownError as exc:
            self._fail(exc)
            return 0
        self.session.touch()
        self.startup_checks()
        return n

    # -- exports ----------------------------------------------------------------------------
    def export(self) -> None:
        from etown_desktop.core.leads.export import export_leads

        filters = ";;".join(f for _, f in EXPORT_FILTERS)
        path, chosen = file_dialogs.save_file_name(self.window, self.tr("Export leads"), "leads.csv", filters)
        if not path:
            return
        target = next((t for t, f in EXPORT_FILTERS if f == chosen), "plain")
        store = self.session.store
        event = store.current_event()
        try:
            result = export_leads(self.session.leads() if event is None else
                                  [x for x in self.session.leads() if x.event_id == event.id],
                                  path, target, {e.id: e.name for e in store.events()})
        except EtownError as exc:
            self._fail(exc)
            return
        lines = [self.tr("{n} lead(s) written to {path}.").format(n=result.written, path=path)]
        if result.skipped:
            lines.append(self.tr("Left out (their consent does not cover this use):"))
            lines += [f"#{s.lead_id} {s.name}: {s.reason}" for s in result.skipped]
        QMessageBox.information(self.window, self.tr("Export leads"), "\n".join(lines))

    def follow_up_brief(self, lead_id: int) -> None:
        from etown_desktop.core.leads.followup import brief_file_name, followup_brief
        from etown_desktop.ui.brief.brief_pdf import export_brief_pdf

        store = self.session.store
        lead = store.lead(lead_id)
        if lead.withdrawn or lead.consent is None or not lead.consent.covers("materials"):
            QMessageBox.information(self.window, self.tr("Follow-up brief"),
                                    self.tr("This lead did not consent to receive materials."))
            return
        from etown_desktop.ui.leads.brief_lang_dialog import ask_brief_lang

        lang = ask_brief_lang(self.window, lead.lang)
        if lang is None:
            return
        path, _ = file_dialogs.save_file_name(self.window, self.tr("Follow-up brief"), brief_file_name(lead),
                                              "PDF (*.pdf)")
        if not path or self.window.repo is None:
            return
        try:
            from etown_desktop.core.leads.my_card import load_card

            card = load_card(store)
            brief = followup_brief(lead, staffer=card.name or self.session.staffer(),
                                   contact=card.email or store.setting("contact"), card=card, lang=lang)
            export_brief_pdf(self.window.repo, brief, path, brief.lang)
            store.record_brief(lead.id, path)
        except EtownError as exc:
            self._fail(exc)
            return
        self.window.statusBar().showMessage(self.tr("Wrote {path}").format(path=path), 6000)
        from etown_desktop.ui.accessibility.announce import announce

        announce(self.window, self.window.statusBar().currentMessage())

    # -- start-up ---------------------------------------------------------------------------
    def startup_checks(self) -> None:
        """A status-bar button for next steps due today or overdue, and one for expired leads.
        Due dates are not personal data, so this needs no unlocking."""
        sb = self.window.statusBar()
        for attr in ("due_button", "expired_button"):
            old = getattr(self, attr, None)
            if old is not None:
                sb.removeWidget(old)
                old.deleteLater()
                setattr(self, attr, None)
        try:
            store = self.session.store
            due = retention.due_leads(store.leads(decrypt=False), self.today)
            expired = retention.expired(store, self.today)
        except EtownError as exc:
            log.warning("lead store not checked at start-up: %s", exc)
            return
        if due:
            self.due_button = QPushButton(self.tr("{n} next step(s) due").format(n=len(due)), self.window)
            self.due_button.setObjectName("leadsDueButton")
            self.due_button.setFlat(True)
            self.due_button.clicked.connect(self._show_due)
            sb.insertPermanentWidget(0, self.due_button)
        if expired:
            self.expired_button = QPushButton(
                self.tr("{n} lead(s) past retention — Purge now…").format(n=len(expired)), self.window)
            self.expired_button.setObjectName("leadsExpiredButton")
            self.expired_button.setFlat(True)
            self.expired_button.clicked.connect(self.purge_expired)
            sb.insertPermanentWidget(0, self.expired_button)

    def _show_due(self) -> None:
        dock = self.show_list()
        if dock is not None and not self.session.unlocked:
            self.unlock()
        if dock is not None:
            dock.panel.show_due()


def install(window, session: LeadsSession | None = None, today: date | None = None) -> LeadsController:
    controller = LeadsController(window, session, today)
    controller.install_menus()
    controller.startup_checks()
    window.leads_controller = controller
    return controller
