"""LeadForm: quick capture (Ctrl+L) and editing of one lead.

Filled from a business card in 15 seconds: the Tab order follows a card (given name, family name,
company, title, email, phone, country), only a name or a company is required, the five consent
choices start unticked and are worded in the visitor's language with the privacy notice beside
them, and Enter saves."""

from __future__ import annotations

import logging

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QScrollArea, QToolButton, QVBoxLayout, QWidget)

from etown_desktop.core.errors import EtownError
from etown_desktop.core.leads.choices import CONSENT_PURPOSES, choice_lists
from etown_desktop.core.leads.errors import DuplicateLead
from etown_desktop.core.leads.model import Lead, Personal
from etown_desktop.core.leads.notice import NoticeSettings, notice_text
from etown_desktop.core.leads.sectors import sector_ids, sector_label
from etown_desktop.core.leads.store import LeadDraft
from etown_desktop.ui.accessibility.touch_scroll import enable_touch_scrolling
from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.leads import merge_prompt
from etown_desktop.ui.leads.consent_check import consent_row, set_consent_text
from etown_desktop.ui.leads.leads_session import LeadsSession
from etown_desktop.ui.theme import colors

log = logging.getLogger(__name__)
NO_DATE = QDate(2000, 1, 1)
CARD_FIELDS = ("given", "family", "company", "title", "email", "phone", "country")


class LeadForm(QDialog):
    saved = Signal(int)
    briefRequested = Signal(int)  # editing: Make follow-up brief…
    withdrawRequested = Signal(int)
    deleteRequested = Signal(int)

    def __init__(self, session: LeadsSession, lead: Lead | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadForm")
        self.session = session
        self.lead = lead
        self.lists = choice_lists()
        store = session.store
        self.lead_event = store.event(lead.event_id) if lead else store.current_event()
        self.notice_settings = NoticeSettings(store.setting("bureau"), store.setting("contact"))

        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        for key in CARD_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"lead_{key}")
            edit.setMaxLength(200)
            self.edits[key] = edit
            self.labels[key] = QLabel(self)
            self.labels[key].setBuddy(edit)
            form.addRow(self.labels[key], edit)
        self.lang_combo = QComboBox(self)
        self.lang_combo.addItem("English", "en")
        self.lang_combo.addItem("中文", "zh")
        self.labels["lang"] = QLabel(self)
        self.labels["lang"].setBuddy(self.lang_combo)
        form.addRow(self.labels["lang"], self.lang_combo)

        self.sector_buttons: dict[str, QToolButton] = {}
        chips = QWidget(self)
        chip_row = QGridLayout(chips)
        chip_row.setContentsMargins(0, 0, 0, 0)
        for i, sid in enumerate(sector_ids()):
            b = QToolButton(chips)
            b.setCheckable(True)
            b.setObjectName(f"sector_{sid}")
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.sector_buttons[sid] = b
            chip_row.addWidget(b, i // 2, i % 2)
        self.labels["sectors"] = QLabel(self)
        form.addRow(self.labels["sectors"], chips)
        self.rating = QComboBox(self)
        self.labels["rating"] = QLabel(self)
        self.labels["rating"].setBuddy(self.rating)
        form.addRow(self.labels["rating"], self.rating)
        self.answers: dict[str, QComboBox] = {}
        for q in self.lists.questions:
            combo = QComboBox(self)
            combo.setObjectName(f"answer_{q.id}")
            self.answers[q.id] = combo
            self.labels[f"q_{q.id}"] = QLabel(self)
            self.labels[f"q_{q.id}"].setBuddy(combo)
            form.addRow(self.labels[f"q_{q.id}"], combo)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("lead_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(56)
        self.labels["notes"] = QLabel(self)
        self.labels["notes"].setBuddy(self.notes)
        form.addRow(self.labels["notes"], self.notes)
        self.next_step = QLineEdit(self)
        self.next_step.setObjectName("lead_next_step")
        self.due = QDateEdit(self)
        self.due.setObjectName("lead_due")
        self.due.setCalendarPopup(True)
        self.due.setMinimumDate(NO_DATE)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setDate(NO_DATE)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_step, 1)
        next_row.addWidget(self.due)
        self.labels["next"] = QLabel(self)
        self.labels["next"].setBuddy(self.next_step)
        form.addRow(self.labels["next"], next_row)

        self.consent_box = QGroupBox(self)
        consent_layout = QVBoxLayout(self.consent_box)
        self.consents: dict[str, QCheckBox] = {}
        self.consent_labels: dict[str, QLabel] = {}
        for purpose in CONSENT_PURPOSES:
            check = QCheckBox(self.consent_box)
            check.setObjectName(f"consent_{purpose}")
            self.consents[purpose] = check  # unticked: consent is never assumed
            row, self.consent_labels[purpose] = consent_row(check, self.consent_box)
            consent_layout.addLayout(row)
        self.notice = QLabel(self)
        self.notice.setObjectName("leadNotice")
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        notice_scroll = QScrollArea(self)
        notice_scroll.setWidgetResizable(True)
        notice_scroll.setWidget(self.notice)
        notice_scroll.setMinimumWidth(300)
        notice_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        consent_layout.addWidget(notice_scroll, 1)

        self.error = QLabel(self)
        self.error.setObjectName("leadFormError")
        self.error.setStyleSheet(f"color: {colors().error};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                        QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.lead_buttons: dict[str, QPushButton] = {}
        if lead is not None:  # what can be done with a stored lead
            for key, signal in (("brief", self.briefRequested), ("withdraw", self.withdrawRequested),
                                ("delete", self.deleteRequested)):
                b = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
                b.setAutoDefault(False)
                b.clicked.connect(lambda _=False, sig=signal: (sig.emit(self.lead.id), self.reject()))
                self.lead_buttons[key] = b
            self.lead_buttons["withdraw"].setEnabled(not lead.withdrawn)
        self.save_button.setDefault(True)  # Enter in any line edit saves

        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addWidget(self.consent_box, 2)
        outer = QVBoxLayout(self)
        outer.addLayout(columns)
        outer.addWidget(self.error)
        outer.addWidget(self.buttons)
        self.consent_box.setMaximumWidth(420)
        self._set_tab_order()
        self.lang_combo.currentIndexChanged.connect(self._visitor_language_changed)
        self.retranslate_ui()
        if lead is not None:
            self._load(lead)
        elif self.lead_event is not None:
            self.lang_combo.setCurrentIndex(1 if self.lead_event.lang == "zh" else 0)
        self.edits["given"].setFocus()
        enable_touch_scrolling(self)  # a finger scrolls its lists and texts (QScroller, touch only)

    # -- layout and texts -------------------------------------------------------------------
    def _set_tab_order(self) -> None:
        chain = [*self.edits.values(), self.lang_combo, *self.sector_buttons.values(), self.rating,
                 *self.answers.values(), self.notes, self.next_step, self.due, *self.consents.values(),
                 self.save_button]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    def retranslate_ui(self) -> None:  # the live language switch (ui/language/retranslation.py)
        ui = current_language()
        names = {"given": self.tr("&Given name"), "family": self.tr("&Family name"), "company": self.tr("&Company"),
                 "title": self.tr("&Title"), "email": self.tr("&Email"), "phone": self.tr("&Phone"),
                 "country": self.tr("Co&untry"), "lang": self.tr("&Language"), "sectors": self.tr("Sectors"),
                 "rating": self.tr("&Rating"), "notes": self.tr("&Notes"), "next": self.tr("Next &step, due")}
        for key, text in names.items():
            self.labels[key].setText(text)
        for q in self.lists.questions:
            self.labels[f"q_{q.id}"].setText(q.label(ui))
        self.setWindowTitle(self.tr("Edit lead") if self.lead else self.tr("New lead"))
        self.due.setAccessibleName(self.tr("Due date"))  # beside the next step: no label of its own
        self.edits["family"].setPlaceholderText(self.tr("a name or a company is required"))
        self.edits["company"].setPlaceholderText(self.tr("a name or a company is required"))
        for sid, b in self.sector_buttons.items():
            b.setText(sector_label(sid, ui))
        self._fill_combo(self.rating, [(r.id, r.label(ui)) for r in self.lists.ratings])
        for q in self.lists.questions:
            self._fill_combo(self.answers[q.id], [(c.id, c.label(ui)) for c in q.choices])
        self.due.setSpecialValueText(self.tr("no date"))
        self.next_step.setPlaceholderText(self.tr("e.g. send the biomedicine brief"))
        self.save_button.setText(self.tr("Save"))
        for key, text in (("brief", self.tr("Make follow-up &brief…")), ("withdraw", self.tr("&Withdraw consent…")),
                          ("delete", self.tr("&Delete on request…"))):
            if key in self.lead_buttons:
                self.lead_buttons[key].setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._visitor_language_changed()

    def _fill_combo(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        # Not "—": on Linux a combo box's accessible name is its current text, and Orca read a dash.
        combo.addItem(self.tr("not set"), "")
        for value, text in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def visitor_language(self) -> str:
        return self.lang_combo.currentData() or "en"

    def _visitor_language_changed(self) -> None:
        """The consent sentences and the notice follow the visitor's language, not the UI's."""
        lang = self.visitor_language()
        self.consent_box.setTitle("同意（均为可选）" if lang == "zh" else "Consent (each optional)")
        for purpose, check in self.consents.items():
            set_consent_text(check, self.consent_labels[purpose], self.lists.consent_text(purpose, lang))
        months = self.lead_event.retention_months if self.lead_event else 12
        self.notice.setText(notice_text(lang, months, self.notice_settings))

    # -- data -------------------------------------------------------------------------------
    def _load(self, lead: Lead) -> None:
        p = lead.personal or Personal()
        for key in CARD_FIELDS:
            self.edits[key].setText(lead.country if key == "country" else getattr(p, key))
        self.lang_combo.setCurrentIndex(1 if lead.lang == "zh" else 0)
        for sid, b in self.sector_buttons.items():
            b.setChecked(sid in lead.sectors)
        self.rating.setCurrentIndex(max(0, self.rating.findData(lead.rating)))
        for qid, combo in self.answers.items():
            combo.setCurrentIndex(max(0, combo.findData(p.answers.get(qid, ""))))
        self.notes.setPlainText(p.notes)
        self.next_step.setText(p.next_step)
        if lead.due:
            self.due.setDate(QDate.fromString(lead.due, "yyyy-MM-dd"))
        granted = lead.consent.granted if lead.consent and not lead.consent.withdrawn else frozenset()
        for purpose, check in self.consents.items():
            check.setChecked(purpose in granted)

    def draft(self) -> LeadDraft:
        text = {k: e.text().strip() for k, e in self.edits.items()}
        answers = {qid: c.currentData() for qid, c in self.answers.items() if c.currentData()}
        personal = Personal(family=text["family"], given=text["given"], company=text["company"],
                            title=text["title"], email=text["email"], phone=text["phone"],
                            notes=self.notes.toPlainText(), next_step=self.next_step.text().strip(),
                            answers=answers)
        due = "" if self.due.date() == NO_DATE else self.due.date().toString("yyyy-MM-dd")
        return LeadDraft(personal=personal, lang=self.visitor_language(), country=text["country"],
                         sectors=tuple(s for s, b in self.sector_buttons.items() if b.isChecked()),
                         rating=self.rating.currentData() or "", due=due)

    def granted(self) -> frozenset[str]:
        return frozenset(p for p, c in self.consents.items() if c.isChecked())

    def save(self) -> None:
        draft = self.draft()
        p = draft.personal
        if not (p.family or p.given or p.company):
            self.error.setText(self.tr("Type a name or a company."))
            self.edits["given"].setFocus()
            return
        store = self.session.store
        staffer = self.session.staffer()
        try:
            if self.lead is not None:
                store.update_lead(self.lead.id, draft)
                old = self.lead.consent.granted if self.lead.consent else frozenset()
                if self.granted() != old:  # a change of purpose is a new record
                    store.give_consent(self.lead.id, self.granted(), staffer=staffer,
                                       notice_lang=self.visitor_language())
                lead_id = self.lead.id
            else:
                lead_id = self._add(store, draft, staffer)
                if lead_id is None:
                    return
        except EtownError as exc:
            self.error.setText(str(exc))
            return
        self.session.touch()
        self.saved.emit(lead_id)
        self.accept()

    def _add(self, store, draft: LeadDraft, staffer: str) -> int | None:
        kw = dict(staffer=staffer, method="staff", notice_lang=self.visitor_language())
        try:
            return store.add_lead(draft, self.granted(), **kw)
        except DuplicateLead as exc:
            existing = store.lead(exc.matches[0])
            answer = merge_prompt.ask_merge(self, draft.personal.display_name(),
                                            f"#{existing.id} {existing.personal.display_name()}")
            if answer == merge_prompt.CANCEL:
                return None
            new_id = store.add_lead(draft, self.granted(), allow_duplicate=True, **kw)
            if answer == merge_prompt.MERGE:
                return store.merge(existing.id, new_id).id
            return new_id


def new_lead_form(session: LeadsSession, parent: QWidget | None = None) -> LeadForm:
    return LeadForm(session, None, parent)
