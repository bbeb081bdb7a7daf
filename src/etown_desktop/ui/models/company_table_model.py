"""CompanyTableModel: every named company or project, for a sortable, filterable table.

Rows come from SQLite on demand (:class:`SqlListModel`); the filter matches both languages.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from etown_desktop.core.queries import list_query
from etown_desktop.core.records import Company
from etown_desktop.core.repository import Repository
from etown_desktop.ui.models.sql_table_model import SqlListModel
from etown_desktop.ui.widgets.table_view import FIGURE_ID_ROLE

COMPANY_ROLE = Qt.ItemDataRole.UserRole + 3

KIND_TEXT = {"company": QT_TRANSLATE_NOOP("CompanyTableModel", "Company"),
             "joint_venture": QT_TRANSLATE_NOOP("CompanyTableModel", "Joint venture"),
             "park": QT_TRANSLATE_NOOP("CompanyTableModel", "Park"),
             "project": QT_TRANSLATE_NOOP("CompanyTableModel", "Project")}
BASIS_TEXT = {"public": QT_TRANSLATE_NOOP("CompanyTableModel", "yes (public knowledge)"),
              "stated": QT_TRANSLATE_NOOP("CompanyTableModel", "yes (stated in the source)")}
COLUMNS = (QT_TRANSLATE_NOOP("CompanyTableModel", "Name"),
           QT_TRANSLATE_NOOP("CompanyTableModel", "Kind"),
           QT_TRANSLATE_NOOP("CompanyTableModel", "Country"),
           QT_TRANSLATE_NOOP("CompanyTableModel", "Cluster"),
           QT_TRANSLATE_NOOP("CompanyTableModel", "Fortune Global 500"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompanyTableModel", text)


def fortune500_text(company: Company) -> str:
    """The Fortune Global 500 flag with its basis; never a guess."""
    if company.fortune500 is None:
        return QCoreApplication.translate("CompanyTableModel", "not stated")
    if not company.fortune500:
        return QCoreApplication.translate("CompanyTableModel", "no")
    basis = BASIS_TEXT.get(company.fortune500_basis or "")
    return _tr(basis) if basis else QCoreApplication.translate("CompanyTableModel", "yes")


class CompanyTableModel(SqlListModel):
    SPEC = list_query.COMPANIES
    COLUMNS = COLUMNS
    ROLES = frozenset(int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                       FIGURE_ID_ROLE, COMPANY_ROLE))

    def __init__(self, repo: Repository, lang: str = "en", parent: QObject | None = None) -> None:
        super().__init__(repo, lang, parent)
        self._cluster_names = {c.id: c.name(lang) for c in repo.clusters()}

    def load(self, keys: list[str]) -> dict[str, tuple[Company, list[str]]]:
        companies = self.repo.companies_by_ids(keys)
        figure_ids = self.repo.company_figure_ids(keys)
        return {k: (co, figure_ids.get(k, [])) for k, co in companies.items()}

    def company(self, row: int) -> Company:
        return self.record(row)[0]

    def shown_record(self, row: int) -> Company:
        return self.company(row)

    @property
    def companies(self):
        return self.records

    def figure_ids(self, row: int) -> list[str]:
        return list(self.record(row)[1])

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.COLUMNS[section])
        return None

    def cell_text(self, company: Company, column: int) -> str:
        zh = self.lang == "zh"
        if column == 0:
            return company.name(self.lang)
        if column == 1:
            return _tr(KIND_TEXT.get(company.kind, company.kind))
        if column == 2:
            return company.country_zh if zh else company.country_en
        if column == 3:
            return self._cluster_names.get(company.cluster_id or "", "—")
        return fortune500_text(company)

    def cell_data(self, record: tuple[Company, list[str]], column: int, role: int) -> Any:
        company, figure_ids = record
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell_text(company, column)
        if role == FIGURE_ID_ROLE:
            return figure_ids[0] if figure_ids else None
        if role == COMPANY_ROLE:
            return company.id
        return None
