"""Industrial clusters: the four hundred-billion-yuan clusters, the 2025 plan's clusters,
Beijing's 2020 blue-paper targets and the district × industry matrix of the six cluster zones."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel

from etown_desktop.core.queries.featured import MAX_FEATURED
from etown_desktop.core.records import Cluster
from etown_desktop.ui.models.company_table_model import CompanyTableModel
from etown_desktop.ui.models.figure_table_model import FigureTableModel
from etown_desktop.ui.tabs.tab_page import TabPage
from etown_desktop.ui.theme import colors
from etown_desktop.ui.text_size.fonts import sized_font
from etown_desktop.ui.text_size.state import pt
from etown_desktop.ui.widgets.show_all_dialog import ShowAllDialog, show_all_button
from etown_desktop.ui.widgets.value_size import SharedValueSize, share_value_size

log = logging.getLogger(__name__)

MAIN_GROUP = "etown_hundred_billion"
PLAN_GROUP = "etown_2025_plan"
CARD_IN_BOX_MIN_WIDTH = 190
CARDS_PER_ROW = 2
CLUSTER_BOX_MIN_WIDTH = 420
PLAN_CHIP_MIN_WIDTH = 150
HEADLINE_METRICS = ("hundred_billion_cluster_count", "cluster_scale_threshold")


class ClustersTab(TabPage):
    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("ClustersTab", "Industrial clusters")

    def build(self) -> None:
        groups = {g.id: g for g in self.repo.cluster_groups()}
        main = groups[MAIN_GROUP]
        self.add_section(main.name_zh if self.lang == "zh" else main.name_en,
                         (main.note_zh if self.lang == "zh" else main.note_en) or None)
        self.add_cards([self.make_card(self.repo.headline(m)) for m in HEADLINE_METRICS], columns=4)
        shown = tuple(c.figure.id for c in self.cards)  # the headline cards
        # Each box reads its companies and their figures: in a step-by-step build, one a step.
        self.cluster_boxes: dict[str, QFrame] = {}
        # the boxes stand side by side: their cards' values share one size, as one grid's do
        self.box_value_size = SharedValueSize()
        for cluster in self.repo.clusters(MAIN_GROUP):
            box, lay = self.panel("clusterBox", (16, 12, 16, 14),
                                  f" border-top: 5px solid {colors().accent};")
            self.cluster_boxes[cluster.id] = box
            self.deferred(lambda cluster=cluster, box=box, lay=lay: self._fill_cluster_box(cluster, box, lay))
        self.add_grid(list(self.cluster_boxes.values()), 2, min_width=CLUSTER_BOX_MIN_WIDTH)

        # Facts about the clusters (no company's, not the two headline cards): the first few as
        # cards, never one widget per figure; all figures on the clusters in a table on demand.
        featured = self.repo.topic_figure_ids("clusters", True, shown, HEADLINE_METRICS, MAX_FEATURED)
        if featured:
            self.add_text(self.tr("More facts from the clusters"), pt=13).setStyleSheet("font-weight: 700;")
            self.add_cards([self.make_card(self.repo.figure(fid)) for fid in featured], columns=4)
            loose = self.repo.topic_figure_count("clusters", True, shown, HEADLINE_METRICS)
            if loose > len(featured):
                self.layout_.addWidget(show_all_button(
                    self.tr("Show all %1 figures on the clusters…").replace(
                        "%1", f"{self.repo.topic_figure_count('clusters'):,}"),
                    self._show_all_figures, self.body))

        self._plan_clusters(groups[PLAN_GROUP])
        bp = groups["beijing_2020_bluepaper"]
        self.add_section(self.tr("Beijing-wide context (2019 blue paper)"),
                         bp.note_zh if self.lang == "zh" else bp.note_en)
        self.add_charts("clusters.bluepaper_2020")
        self.add_charts("clusters.zone_matrix")

    def _fill_cluster_box(self, cluster: Cluster, box: QFrame, lay) -> None:
        name = QLabel(cluster.name(self.lang), box)
        name.setWordWrap(True)
        sized_font(name, 17, bold=True)
        lay.addWidget(name)
        self.add_text(cluster.description_zh if self.lang == "zh" else cluster.description_en,
                      parent_layout=lay)
        companies = self.repo.companies(cluster.id, limit=MAX_FEATURED)
        total = self.repo.company_count(cluster.id) if len(companies) == MAX_FEATURED else len(companies)
        if companies:
            names = self.tr(", ").join(co.name(self.lang) for co in companies)
            if total > len(companies):
                names = self.tr("%1 … and %2 more").replace("%1", names).replace(
                    "%2", f"{total - len(companies):,}")
            self.add_text(self.tr("Showcase companies: %1").replace("%1", names), muted=False,
                          parent_layout=lay).setStyleSheet("font-weight: 700;")
            if total > len(companies):
                lay.addWidget(show_all_button(
                    self.tr("Show all %1 companies…").replace("%1", f"{total:,}"),
                    lambda _=False, c=cluster: self._show_all_companies(c), box))
        else:
            self.add_text(self.tr("The sources name no showcase company for this cluster."),
                          muted=True, parent_layout=lay)
        figure_ids = self.repo.company_figure_ids([co.id for co in companies])
        ids = [fid for co in companies for fid in figure_ids.get(co.id, [])][:4]
        found = self.repo.figures_by_ids(ids)
        figs = [found[fid] for fid in ids]
        if figs:
            # Two cards a row: three side by side in half a page leaves each too narrow to read.
            cards = [self.make_card(f) for f in figs]
            grid = self.add_grid(cards, CARDS_PER_ROW, parent_layout=lay, spacing=10,
                                 min_width=CARD_IN_BOX_MIN_WIDTH)
            share_value_size(grid, self.box_value_size)
        lay.addStretch(1)

    def _show_all_companies(self, cluster: Cluster) -> None:
        model = CompanyTableModel(self.repo, self.lang)
        model.set_filter("cluster_id", cluster.id)
        self._open(ShowAllDialog(self.tr("Companies: %1").replace("%1", cluster.name(self.lang)),
                                 model, self.hub, self))

    def _show_all_figures(self) -> None:
        model = FigureTableModel(self.repo, self.lang)
        model.set_filter("topic", "clusters")
        self._open(ShowAllDialog(self.tr("Figures on the clusters"), model, self.hub, self))

    def _open(self, dialog: ShowAllDialog) -> None:
        self.show_all_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

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
                    f"background: {c.accent}; color: {c.accent_text}; font-weight: 700;")
            else:
                text, style = self.tr("not named in the source"), (
                    f"background: {c.base}; color: {c.muted}; border: 1px dashed {c.border};"
                    " font-style: italic;")
            chip = QLabel(text, self.body)
            chip.setWordWrap(True)
            chip.setStyleSheet(f"QLabel {{ {style} border-radius: 6px; padding: 10px; font-size: {pt(13):g}pt; }}")
            self.plan_chips.append(chip)
        self.add_grid(self.plan_chips, len(self.plan_chips), spacing=10, min_width=PLAN_CHIP_MIN_WIDTH)
        if total is not None:
            self.add_text(self.tr("The plan aims for %1 clusters; the source names only %2 of them.")
                          .replace("%1", str(count)).replace("%2", str(len(named))), muted=True)
