"""Industrial clusters: the four hundred-billion-yuan clusters, the 2025 plan's clusters,
Beijing's 2020 blue-paper targets and the district × industry matrix of the six cluster zones."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel

from etown_desktop.core.records import Cluster
from etown_desktop.ui.tabs.tab_page import TabPage
from etown_desktop.ui.theme import colors

log = logging.getLogger(__name__)

MAIN_GROUP = "etown_hundred_billion"
PLAN_GROUP = "etown_2025_plan"
CARD_IN_BOX_MIN_WIDTH = 190
CARDS_PER_ROW = 2
CLUSTER_BOX_MIN_WIDTH = 420
PLAN_CHIP_MIN_WIDTH = 150


class ClustersTab(TabPage):
    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("ClustersTab", "Industrial clusters")

    def build(self) -> None:
        groups = {g.id: g for g in self.repo.cluster_groups()}
        main = groups[MAIN_GROUP]
        self.add_section(main.name_zh if self.lang == "zh" else main.name_en,
                         (main.note_zh if self.lang == "zh" else main.note_en) or None)
        self.add_cards([self.make_card(self.repo.headline("hundred_billion_cluster_count")),
                        self.make_card(self.repo.headline("cluster_scale_threshold"))], columns=4)
        self.cluster_boxes: dict[str, QFrame] = {
            cluster.id: self._cluster_box(cluster) for cluster in self.repo.clusters(MAIN_GROUP)}
        self.add_grid(list(self.cluster_boxes.values()), 2, min_width=CLUSTER_BOX_MIN_WIDTH)

        shown = {c.figure.id for c in self.cards}
        loose = [f for f in self.repo.figures(topic="clusters")
                 if f.company_id is None and f.id not in shown
                 and f.metric not in ("hundred_billion_cluster_count", "cluster_scale_threshold")]
        if loose:
            self.add_text(self.tr("More facts from the clusters"), pt=13).setStyleSheet("font-weight: 600;")
            self.add_cards([self.make_card(f) for f in loose], columns=4)

        self._plan_clusters(groups[PLAN_GROUP])
        bp = groups["beijing_2020_bluepaper"]
        self.add_section(self.tr("Beijing-wide context (2019 blue paper)"),
                         bp.note_zh if self.lang == "zh" else bp.note_en)
        self.add_charts("clusters.bluepaper_2020")
        self.add_charts("clusters.zone_matrix")

    def _cluster_box(self, cluster: Cluster) -> QFrame:
        c = colors()
        box, lay = self.panel("clusterBox", (16, 12, 16, 14), f" border-top: 5px solid {c.accent};")
        name = QLabel(cluster.name(self.lang), box)
        name.setWordWrap(True)
        font = name.font()
        font.setPointSize(17)
        font.setBold(True)
        name.setFont(font)
        lay.addWidget(name)
        self.add_text(cluster.description_zh if self.lang == "zh" else cluster.description_en,
                      parent_layout=lay)
        companies = self.repo.companies(cluster.id)
        if companies:
            names = self.tr(", ").join(co.name(self.lang) for co in companies)
            self.add_text(self.tr("Showcase companies: %1").replace("%1", names), muted=False,
                          parent_layout=lay).setStyleSheet("font-weight: 600;")
        else:
            self.add_text(self.tr("The sources name no showcase company for this cluster."),
                          muted=True, parent_layout=lay)
        figs = [f for co in companies for f in self.repo.company_figures(co.id)]
        if figs:
            # Two cards a row: three side by side in half a page leaves each too narrow to read.
            cards = [self.make_card(f) for f in figs[:4]]
            self.add_grid(cards, CARDS_PER_ROW, parent_layout=lay, spacing=10,
                          min_width=CARD_IN_BOX_MIN_WIDTH)
        lay.addStretch(1)
        return box

    def _plan_clusters(self, group) -> None:
        self.add_section(group.name_zh if self.lang == "zh" else group.name_en)
        try:
            total = self.repo.headline("plan2025_clusters")
        except Exception:  # noqa: BLE001 - optional figure
            total = None
        named = self.repo.clusters(group.id)
        c = colors()
        count = int(total.value) if total is not None else len(named)
        self.plan_chips: list[QLabel] = []
        for i in range(max(count, len(named))):
            if i < len(named):
                text, style = named[i].name(self.lang), (
                    f"background: {c.accent}; color: {c.accent_text}; font-weight: 600;")
            else:
                text, style = self.tr("not named in the source"), (
                    f"background: {c.base}; color: {c.muted}; border: 1px dashed {c.border};"
                    " font-style: italic;")
            chip = QLabel(text, self.body)
            chip.setWordWrap(True)
            chip.setStyleSheet(f"QLabel {{ {style} border-radius: 6px; padding: 10px; font-size: 13pt; }}")
            self.plan_chips.append(chip)
        self.add_grid(self.plan_chips, len(self.plan_chips), spacing=10, min_width=PLAN_CHIP_MIN_WIDTH)
        if total is not None:
            self.add_text(self.tr("The plan aims for %1 clusters; the source names only %2 of them.")
                          .replace("%1", str(count)).replace("%2", str(len(named))), muted=True)
