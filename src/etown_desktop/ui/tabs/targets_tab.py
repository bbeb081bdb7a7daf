"""Plans & targets: the 2025 plan's targets next to the latest figures (related measures marked
as context only) and Beijing's 2020 blue-paper targets."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView

from etown_desktop.ui.models.target_table_model import TargetTableModel
from etown_desktop.ui.tabs.tab_page import TabPage
from etown_desktop.ui.widgets.table_view import TableView

log = logging.getLogger(__name__)

PLAN_ID = "etown_2025"
BLUEPAPER_ID = "beijing_2020"


class TargetsTab(TabPage):
    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("TargetsTab", "Plans & targets")

    def build(self) -> None:
        plans = {p.id: p for p in self.repo.plans()}
        plan = plans[PLAN_ID]
        zh = self.lang == "zh"
        self.add_section(plan.name_zh if zh else plan.name_en,
                         plan.description_zh if zh else plan.description_en)
        self.add_cards([self.make_card(self.repo.headline(m)) for m in
                        ("plan2025_goals", "plan2025_actions", "plan2025_tasks")], columns=4)
        self.add_charts("targets.plan2025")
        self.add_text(self.tr("Where the latest figure measures something different from the target, "
                              "it is shown only as context: it does not show progress towards the "
                              "target."), pt=12).setStyleSheet("font-weight: 700;")
        self.targets_table = self._table(self.repo.targets(PLAN_ID))

        bp = plans[BLUEPAPER_ID]
        self.add_section(bp.name_zh if zh else bp.name_en, bp.description_zh if zh else bp.description_en)
        self.add_charts("clusters.bluepaper_2020")
        self.bluepaper_table = self._table(self.repo.targets(BLUEPAPER_ID))

    def _table(self, targets):
        view = TableView(self.body, hub=self.hub)
        view.setAccessibleName(self.tr("Targets"))
        model = TargetTableModel(targets, self.lang, self)
        self._models = [*getattr(self, "_models", []), model]
        view.setModel(model)
        view.setSortingEnabled(False)
        view.setWordWrap(True)
        header = view.horizontalHeader()
        for col in range(model.columnCount() - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        row_h = view.fontMetrics().height() * 2 + 18  # room for a two-line note
        view.verticalHeader().setDefaultSectionSize(row_h)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Every row, the header and room for a horizontal scroll bar on a narrow window.
        view.setMinimumHeight(row_h * model.rowCount() + view.horizontalHeader().sizeHint().height()
                              + view.horizontalScrollBar().sizeHint().height() + 8)
        self.layout_.addWidget(view)
        return view
