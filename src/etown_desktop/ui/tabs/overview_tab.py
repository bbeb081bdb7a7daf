"""Overview: the headline KPI cards and the key charts (output 2012 → 2021, shares)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from etown_desktop.core.errors import NotFound
from etown_desktop.ui.tabs.tab_page import TabPage

log = logging.getLogger(__name__)

# Headline metrics shown as cards, in reading order (the newest statement of each is shown).
KPI_METRICS = (
    "industrial_output", "gdp", "hightech_industry_share", "hightech_company_output_share",
    "fortune500_companies", "fortune500_projects", "foreign_invested_firms", "utilized_fdi",
    "area_now", "talent_pool", "invention_patents_per_10k", "output_per_km2",
)
CHARTS = ("overview.output_trend", "overview.beijing_share", "overview.industry_shares")


class OverviewTab(TabPage):
    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("OverviewTab", "Overview")

    def build(self) -> None:
        self.add_section(self.tr("Beijing E-Town at a glance"),
                         self.tr("Beijing Economic-Technological Development Area (BDA)."))
        self.add_screen_hint(self.tr("Hover or click any figure to see its source."))
        cards = []
        for metric in KPI_METRICS:
            try:
                fig = self.repo.headline(metric)
            except NotFound:
                log.warning("Overview: no figure for %s", metric)
                continue
            cards.append(self.make_card(fig, extra=self.alternatives_text(fig, differing_only=True)))
        self.add_cards(cards, columns=4)
        self.add_charts(CHARTS[0], CHARTS[1], stretches=(1, 1))
        self.add_charts(CHARTS[2])
