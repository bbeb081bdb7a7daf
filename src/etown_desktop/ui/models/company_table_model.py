"""CompanyTableModel: every named company or project, for a sortable, filterable table."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from etown_desktop.core.records import Company
from etown_desktop.core.repository import Repository
from etown_desktop.ui.models.record_table_model import RecordTableModel

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


class CompanyTableModel(RecordTableModel):
    CONTEXT = "CompanyTableModel"
    COLUMNS = (QT_TRANSLATE_NOOP("CompanyTableModel", "Name"),
               QT_TRANSLATE_NOOP("CompanyTableModel", "Kind"),
               QT_TRANSLATE_NOOP("CompanyTableModel", "Country"),
               QT_TRANSLATE_NOOP("CompanyTableModel", "Cluster"),
               QT_TRANSLATE_NOOP("CompanyTableModel", "Fortune Global 500"))

    def __init__(self, repo: Repository, lang: str = "en", parent=None) -> None:
        super().__init__(repo.companies(), lang, parent)
        clusters = {c.id: c for c in repo.clusters()}
        self._cluster_names = {cid: c.name(lang) for cid, c in clusters.items()}
        self._search = [self._search_text(co, clusters.get(co.cluster_id or "")) for co in self.records]
        self._figure_ids = {co.id: [f.id for f in repo.company_figures(co.id)] for co in self.records}

    @property
    def companies(self) -> list[Company]:
        return self.records

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

    def figure_id(self, company: Company, column: int) -> str | None:
        ids = self._figure_ids.get(company.id)
        return ids[0] if ids else None

    def extra_data(self, company: Company, column: int, role: int):
        return company.id if role == COMPANY_ROLE else None

    def _search_text(self, company: Company, cluster) -> str:
        """Both languages, so 奔驰 finds Mercedes-Benz in English and "Bayer" finds 拜耳 in Chinese."""
        bits = [company.name_en, company.name_zh, company.kind, company.country_en, company.country_zh,
                cluster.name_en if cluster else "", cluster.name_zh if cluster else "",
                *(self.cell_text(company, c) for c in range(len(self.COLUMNS)))]
        return "\n".join(b for b in bits if b).casefold()

    def search_text(self, row: int) -> str:
        return self._search[row]

    def figure_ids(self, row: int) -> list[str]:
        return list(self._figure_ids.get(self.companies[row].id, []))
