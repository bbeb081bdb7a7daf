"""The full list of one profile section in a table ("Show all N"), fetched when asked for.

Figures and companies are served by the app's on-demand SQL tables (:class:`FigureTableModel`,
:class:`CompanyTableModel`) restricted to the section's rows, so filtering, sorting, copying and
the provenance click work as in every other table. Sections whose records the app holds anyway
(sources, zones, reforms, clusters: short lists) get a plain two-column table with the same filter.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QWidget

from etown_desktop.core.formatting import format_source_date
from etown_desktop.core.profiles.headline import section_items, section_keys
from etown_desktop.core.profiles.outline import ProfileOutline
from etown_desktop.core.profiles.profile import Profile
from etown_desktop.core.profiles.texts import text as ptext
from etown_desktop.core.queries.list_query import rowids_of, search_terms
from etown_desktop.core.records import Cluster, ClusterZone, Reform, Source
from etown_desktop.core.repository import Repository
from etown_desktop.ui.models.company_table_model import CompanyTableModel
from etown_desktop.ui.models.figure_table_model import FigureTableModel
from etown_desktop.ui.models.record_table_model import RecordTableModel
from etown_desktop.ui.widgets.show_all_dialog import ShowAllDialog

log = logging.getLogger(__name__)


class SectionItemModel(RecordTableModel):
    """A short section (sources, zones, reforms, clusters): name and details, filtered in memory
    by the same literal words as the SQL tables."""

    CONTEXT = "SectionItemModel"
    COLUMNS = (QT_TRANSLATE_NOOP("SectionItemModel", "Name"),
               QT_TRANSLATE_NOOP("SectionItemModel", "Details"))

    def __init__(self, records: list[Any], lang: str = "en", parent: QObject | None = None) -> None:
        super().__init__(records, lang, parent)
        self._all = list(records)
        self._texts = [" ".join(self._both(r)).casefold() for r in self._all]

    def _both(self, record: Any) -> tuple[str, ...]:
        saved = self.lang
        try:
            out = []
            for lang in ("en", "zh"):
                self.lang = lang
                out += [self.cell_text(record, 0), self.cell_text(record, 1)]
            return tuple(out)
        finally:
            self.lang = saved

    def set_query(self, text: str) -> None:
        terms = search_terms(text)
        self.beginResetModel()
        self.records = [r for r, t in zip(self._all, self._texts) if all(w in t for w in terms)]
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self.records.sort(key=lambda r: self.cell_text(r, column).casefold(),
                          reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def cell_text(self, record: Any, column: int) -> str:
        zh = self.lang == "zh"
        if isinstance(record, Source):
            return (f"{record.ref}  {record.title(self.lang)}" if column == 0
                    else format_source_date(record, self.lang))
        if isinstance(record, ClusterZone):
            if column == 0:
                return record.district.name_zh if zh else record.district.name_en
            return record.industry.name_zh if zh else record.industry.name_en
        if isinstance(record, Reform):
            return record.name(self.lang) if column == 0 else (
                record.what_changed_zh if zh else record.what_changed_en)
        if isinstance(record, Cluster):
            return record.name(self.lang) if column == 0 else (
                record.description_zh if zh else record.description_en)
        return str(record) if column == 0 else ""


def section_model(repo: Repository, profile: Profile | ProfileOutline, key: str, lang: str):
    """A model of every item of the section (rows fetched on demand for figures and companies).
    ``profile``: the full profile, or the outline the Profiles tab shows (its full lists are read
    now, by SQL)."""
    outline = isinstance(profile, ProfileOutline)
    if key in ("figures", "targets", "companies"):
        model = (CompanyTableModel if key == "companies" else FigureTableModel)(repo, lang)
        keys = profile.all_keys(key) if outline else section_keys(profile, key)
        model.set_scope(rowids_of(repo, model.SPEC, keys))
        return model
    return SectionItemModel(list(profile.all_items(key) if outline else section_items(profile, key)), lang)


def section_dialog(repo: Repository, profile: Profile | ProfileOutline, key: str, lang: str, hub,
                   parent: QWidget | None = None) -> ShowAllDialog:
    """A non-modal "Show all" window over the section's full list (deleted when closed)."""
    title = QCoreApplication.translate("SectionTable", "%1: %2").replace(
        "%1", profile.name(lang)).replace("%2", ptext(lang, key))
    dialog = ShowAllDialog(title, section_model(repo, profile, key, lang), hub, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog


def show_all_text(total: int) -> str:
    return QCoreApplication.translate("SectionTable", "Show all %1…").replace("%1", f"{total:,}")
