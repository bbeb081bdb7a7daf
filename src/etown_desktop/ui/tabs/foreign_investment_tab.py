"""Foreign investment: foreign-invested firms, FDI, Fortune 500 presence, multinational lines,
the international talent community and the time to a foreigner's work permit."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from etown_desktop.ui.tabs.tab_page import TabPage

log = logging.getLogger(__name__)


class ForeignInvestmentTab(TabPage):
    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("ForeignInvestmentTab", "Foreign investment")

    def build(self) -> None:
        repo = self.repo
        self.add_section(self.tr("Foreign investment in E-Town"),
                         self.tr("Totals since the zone was founded, as the sources state them."))
        figs = [repo.headline(m) for m in ("foreign_invested_firms", "utilized_fdi",
                                           "fortune500_companies", "fortune500_projects")]
        self.add_cards([self.make_card(f, extra=self.alternatives_text(f)) for f in figs], columns=4)

        self.add_section(self.tr("Multinational production: Bayer"))
        bayer = repo.company("bayer")
        self.add_text(bayer.description_zh if self.lang == "zh" else bayer.description_en)
        self.add_cards([self.make_card(f) for f in repo.company_figures("bayer")], columns=4)

        self.add_section(self.tr("Living and working here"))
        talent = repo.company("talent_community")
        self.add_text(talent.description_zh if self.lang == "zh" else talent.description_en)
        cards = [self.make_card(repo.headline(m)) for m in
                 ("talent_community_size", "talent_community_park", "talent_pool")]
        before = repo.headline("work_permit_time_before")
        after = repo.headline("work_permit_time_after")
        cards += [self.make_card(before), self.make_card(after)]
        self.add_cards(cards, columns=5)
        self.add_charts("reforms.work_permit")
        self.add_charts("fortune500.presence")
