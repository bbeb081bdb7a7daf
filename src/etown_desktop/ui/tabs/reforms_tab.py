"""Business-service reforms: what each reform changed, where it is mentioned, and the
work-permit reform's before/after measures as a chart (units kept as the source gives them)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel

from etown_desktop.core.formatting import format_paragraph
from etown_desktop.core.records import Reform
from etown_desktop.ui.tabs.tab_page import TabPage
from etown_desktop.ui.provenance_statement import Statement
from etown_desktop.ui.theme import colors
from etown_desktop.ui.text_size.fonts import sized_font
from etown_desktop.ui.widgets.click_filter import on_click

log = logging.getLogger(__name__)

REFORM_BOX_MIN_WIDTH = 380


class ReformsTab(TabPage):
    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("ReformsTab", "Business-service reforms")

    def build(self) -> None:
        self.add_section(self.tr("Business-service reforms"),
                         self.tr("What changed for companies, and which sources mention each reform."))
        self.reform_boxes: dict[str, QFrame] = {
            reform.id: self._reform_box(reform) for reform in self.repo.reforms()}
        self.add_grid(list(self.reform_boxes.values()), 2, min_width=REFORM_BOX_MIN_WIDTH)
        self.add_section(self.tr("Work permits for foreign staff: before and now"))
        self.add_charts("reforms.work_permit")

    def mentions_text(self, reform: Reform) -> str:
        refs = []
        for source_id, paragraph in reform.mentions:
            refs.append(self.tr("{ref} ({paragraph})").format(
                ref=self.repo.source(source_id).ref, paragraph=format_paragraph(paragraph, self.lang)))
        return self.tr("Mentioned in: %1").replace("%1", self.tr(", ").join(refs))

    def _reform_box(self, reform: Reform) -> QFrame:
        c = colors()
        box, lay = self.panel("reformBox", (16, 12, 16, 12))
        head = QHBoxLayout()
        name = QLabel(reform.name(self.lang), box)
        name.setWordWrap(True)
        sized_font(name, 15, bold=True)
        head.addWidget(name, 1)
        if reform.first_in_beijing:
            badge = QLabel(self.tr("First in Beijing"), box)
            badge.setObjectName("firstBadge")
            badge.setStyleSheet(f"background: {c.accent}; color: {c.accent_text}; border-radius: 10px;"
                                " padding: 4px 10px; font-weight: 700;")
            head.addWidget(badge)
        lay.addLayout(head)
        self.add_text(reform.what_changed_zh if self.lang == "zh" else reform.what_changed_en,
                      parent_layout=lay)
        self.add_text(self.mentions_text(reform), muted=True, pt=11, parent_layout=lay)
        lay.addStretch(1)
        on_click(box, lambda r=reform: self.show_reform(r))
        return box

    def show_reform(self, reform: Reform) -> None:
        """The reform's provenance (every source and paragraph that mentions it) in the source panel."""
        mentions = tuple(dict.fromkeys(((reform.source_id, reform.paragraph), *reform.mentions)))
        text = reform.what_changed_zh if self.lang == "zh" else reform.what_changed_en
        self.hub.show_statement(Statement(reform.name(self.lang), text, mentions))
