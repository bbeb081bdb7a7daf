"""LeadTableModel: the unlocked leads of an event, filtered in memory (no SQL on encrypted fields)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from etown_desktop.core.leads import filtering
from etown_desktop.core.leads.choices import choice_lists
from etown_desktop.core.leads.model import Lead
from etown_desktop.core.leads.sectors import sector_label
from etown_desktop.ui.i18n import current_language

COLUMNS = ("name", "company", "rating", "sectors", "consent", "next", "due")
_HEADERS = {"name": QT_TRANSLATE_NOOP("LeadTableModel", "Name"),
            "company": QT_TRANSLATE_NOOP("LeadTableModel", "Company"),
            "rating": QT_TRANSLATE_NOOP("LeadTableModel", "Rating"),
            "sectors": QT_TRANSLATE_NOOP("LeadTableModel", "Sectors"),
            "consent": QT_TRANSLATE_NOOP("LeadTableModel", "Consent"),
            "next": QT_TRANSLATE_NOOP("LeadTableModel", "Next step"),
            "due": QT_TRANSLATE_NOOP("LeadTableModel", "Due")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("LeadTableModel", text)


class LeadTableModel(QAbstractTableModel):
    def __init__(self, parent=None, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self._all: list[Lead] = []
        self._texts: list[str] = []
        self._rows: list[int] = []
        self.filter = filtering.LeadFilter()
        self._shown: dict[tuple[int, str], tuple[str, ...]] = {}  # (lead index, language) -> cell texts

    def set_leads(self, leads: list[Lead]) -> None:
        self.beginResetModel()
        self._all = list(leads)
        self._shown = {}
        self._texts = [filtering.haystack(lead) for lead in self._all]
        self._rows = filtering.apply(self._all, self.filter, self.today, self._texts)
        self.endResetModel()

    def set_filter(self, f: filtering.LeadFilter) -> None:
        old = self.filter
        narrower = (f.text.startswith(old.text) and (f.rating, f.sector, f.due) == (old.rating, old.sector, old.due))
        self.beginResetModel()
        self.filter = f
        if narrower:  # typing one more letter: only the rows shown can still match
            subset = [self._all[i] for i in self._rows]
            texts = [self._texts[i] for i in self._rows]
            self._rows = [self._rows[j] for j in filtering.apply(subset, f, self.today, texts)]
        else:
            self._rows = filtering.apply(self._all, f, self.today, self._texts)
        self.endResetModel()

    def lead_at(self, row: int) -> Lead:
        return self._all[self._rows[row]]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[COLUMNS[section]])
        return None

    _ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in self._ROLES or not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:  # each lead's texts made once per language
            key = (self._rows[index.row()], current_language())
            texts = self._shown.get(key)
            if texts is None:
                lead = self._all[key[0]]
                texts = self._shown[key] = tuple(self._text(lead, c) for c in COLUMNS)
            return texts[index.column()]
        lead = self.lead_at(index.row())
        col = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if lead.withdrawn:
                return QBrush(QColor("#777777"))
            if col == "due" and lead.due and lead.due <= self.today.isoformat():
                return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.ToolTipRole and col == "name" and lead.personal and not lead.personal.email_ok:
            return QCoreApplication.translate("LeadTableModel", "The email address looks malformed (kept as typed).")
        return None

    def _text(self, lead: Lead, col: str) -> str:
        p = lead.personal
        lang = current_language()
        if col == "name":
            name = p.display_name() if (p.family or p.given) else ""
            return name + (" ⚠" if not p.email_ok else "")
        if col == "company":
            return p.company
        if col == "rating":
            return choice_lists().rating_label(lead.rating, lang) if lead.rating else ""
        if col == "sectors":
            return ", ".join(sector_label(s, lang) for s in lead.sectors)
        if col == "consent":
            if lead.withdrawn or lead.consent is None or lead.consent.withdrawn:
                return QCoreApplication.translate("LeadTableModel", "withdrawn") if lead.withdrawn else ""
            return str(len(lead.consent.granted)) + "/5"
        if col == "next":
            return p.next_step
        if col == "due":
            return lead.due
        return ""
