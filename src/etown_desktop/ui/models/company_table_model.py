"""CompanyTableModel: every named company or project, for a sortable, filterable table."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from etown_desktop.core.records import Company
from etown_desktop.core.repository import Repository

FIGURE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COMPANY_ROLE = Qt.ItemDataRole.UserRole + 3

KIND_TEXT = {"company": QT_TRANSLATE_NOOP("CompanyTableModel", "Company"),
             "joint_venture": QT_TRANSLATE_NOOP("CompanyTableModel", "Joint venture"),
             "park": QT_TRANSLATE_NOOP("CompanyTableModel", "Park"),
             "project": QT_TRANSLATE_NOOP("CompanyTableModel", "Project")}
BASIS_TEXT = {"public": QT_TRANSLATE_NOOP("CompanyTableModel", "yes (public knowledge)"),
              "stated": QT_TRANSLATE_NOOP("CompanyTableModel", "yes (stated in the source)")}


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


class CompanyTableModel(QAbstractTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("CompanyTableModel", "Name"),
               QT_TRANSLATE_NOOP("CompanyTableModel", "Kind"),
               QT_TRANSLATE_NOOP("CompanyTableModel", "Country"),
               QT_TRANSLATE_NOOP("CompanyTableModel", "Cluster"),
               QT_TRANSLATE_NOOP("CompanyTableModel", "Fortune Global 500"))

    def __init__(self, repo: Repository, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.companies = repo.companies()
        clusters = {c.id: c for c in repo.clusters()}
        self._cluster_names = {cid: c.name(lang) for cid, c in clusters.items()}
        self._figure_ids = {co.id: [f.id for f in repo.company_figures(co.id)] for co in self.companies}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.companies)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

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

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        company = self.companies[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell_text(company, index.column())
        if role == FIGURE_ID_ROLE:
            ids = self._figure_ids.get(company.id)
            return ids[0] if ids else None
        if role == COMPANY_ROLE:
            return company.id
        return None

    def figure_ids(self, row: int) -> list[str]:
        return list(self._figure_ids.get(self.companies[row].id, []))
