"""LeadTableModel: the unlocked leads of an event, filtered in memory (no SQL on encrypted fields).

Given a :class:`LeadOpener`, the list shows at once after unlocking: a lead's personal fields are
opened when its row is first painted (the visible rows first), the rest in batches of ~15 ms on
later event-loop turns. The text filter searches the leads opened so far and is applied again after
each batch, so once every lead is open it has found every match (the count line says "opening"
until then); rating, sector and due filters use plain columns and are complete at once."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor

from etown_desktop.core.leads import filtering
from etown_desktop.core.errors import EtownError
from etown_desktop.core.leads.choices import choice_lists
from etown_desktop.core.leads.lazy_open import LeadOpener
from etown_desktop.core.leads.model import Lead
from etown_desktop.core.leads.sectors import sector_label, sector_names
from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.theme import colors

log = logging.getLogger(__name__)

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


BATCH_S = 0.015  # opening leads in the background: at most this long per event-loop turn


class LeadTableModel(QAbstractTableModel):
    openingProgress = Signal(int, int)  # leads opened, leads in the list

    def __init__(self, parent=None, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self._all: list[Lead] = []
        self._texts: list[str] = []
        self._rows: list[int] = []
        self._opener: LeadOpener | None = None
        self.filter = filtering.LeadFilter()
        self._shown: dict[tuple[int, str], tuple[str, ...]] = {}  # (lead index, language) -> cell texts
        self._sector_names: dict[str, dict[str, str]] = {}  # sector_names() of the active edition, per list
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # the next batch after the pending input and paint events
        self._timer.timeout.connect(self._open_batch)

    def set_leads(self, leads: list[Lead]) -> None:
        """Leads already opened (or none)."""
        self._set(list(leads), None)

    def set_opener(self, opener: LeadOpener) -> None:
        """The leads of an opener: shown now, opened as they are painted and in the background."""
        opener.open_some(BATCH_S)  # the top of the list (a short list whole) before the first paint
        self._set(opener.leads, opener)
        if not opener.done:
            self._timer.start()

    def _set(self, leads: list[Lead], opener: LeadOpener | None) -> None:
        self._timer.stop()
        self.beginResetModel()
        self._opener = opener
        self._all = leads  # an opener's own list: its entries are replaced as they are opened
        self._shown = {}
        self._sector_names = sector_names()  # the active edition resolved once per list, not per cell
        self._texts = [filtering.haystack(lead) for lead in self._all]  # "" until opened
        self._rows = filtering.apply(self._all, self.filter, self.today, self._texts)
        self.endResetModel()

    @property
    def total(self) -> int:
        return len(self._all)

    @property
    def opening(self) -> bool:
        """Leads still to be opened (the text filter has not seen them yet)."""
        return self._opener is not None and not self._opener.done

    @property
    def opened(self) -> int:
        return self._opener.opened_count if self._opener is not None else len(self._all)

    def finish_opening(self) -> None:
        """Open every remaining lead now (tests, exports)."""
        while self.opening:
            self._open_batch(float("inf"))

    def _lead(self, i: int) -> Lead:
        lead = self._all[i]
        if lead.personal is None and self._opener is not None:
            lead = self._opener.open(i)
            self._texts[i] = filtering.haystack(lead)
        return lead

    def _open_batch(self, budget: float | None = None) -> None:
        """One batch; without a budget, a background one of BATCH_S that schedules the next."""
        if self._opener is None:
            return
        background = budget is None
        try:
            opened = self._opener.open_some(BATCH_S if budget is None else budget)
        except EtownError as exc:  # locked meanwhile: the panel reloads
            log.info("leads not opened: %s", exc)
            return
        for i in opened:
            self._texts[i] = filtering.haystack(self._all[i])
        if opened and filtering.fold(self.filter.text).split():  # leads just opened may match the text
            rows = filtering.apply(self._all, self.filter, self.today, self._texts)
            if rows != self._rows:
                self.beginResetModel()
                self._rows = rows
                self.endResetModel()
        self.openingProgress.emit(self._opener.opened_count, len(self._all))
        if not self._opener.done and background:
            self._timer.start()

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
        return self._lead(self._rows[row])

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
                lead = self._lead(key[0])
                texts = self._shown[key] = tuple(self._text(lead, c) for c in COLUMNS)
            return texts[index.column()]
        lead = self.lead_at(index.row())
        col = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if lead.withdrawn:
                return QBrush(QColor(colors().muted))
            if col == "due" and lead.due and lead.due <= self.today.isoformat():
                return QBrush(QColor(colors().error))
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
            return ", ".join(sector_label(s, lang, self._sector_names) for s in lead.sectors)
        if col == "consent":
            if lead.withdrawn or lead.consent is None or lead.consent.withdrawn:
                return QCoreApplication.translate("LeadTableModel", "withdrawn") if lead.withdrawn else ""
            return str(len(lead.consent.granted)) + "/5"
        if col == "next":
            return p.next_step
        if col == "due":
            return lead.due
        return ""
