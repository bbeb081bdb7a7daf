"""ProfileView: one sector profile — generated summary, then one panel per section with its own
"Add to brief" button. Cards reflow (FlowLayout) to the width they get. A section shows its first
headline items (:mod:`etown_desktop.core.profiles.headline`: the rule is kept in the data), then
"… and N more" with a "Show all N" button that opens the section's full list as a table fetched on
demand (a sector of a large database names thousands of figures and companies: never one widget
per item)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QVBoxLayout, QWidget

from etown_desktop.core.formatting import format_source_date
from etown_desktop.core.profiles.headline import SUMMARY_SENTENCES, headline
from etown_desktop.core.profiles.profile import Profile
from etown_desktop.core.profiles.texts import SECTION_KEYS
from etown_desktop.core.profiles.texts import text as ptext
from etown_desktop.core.repository import Repository
from etown_desktop.ui.profiles.profile_widgets import (
    MAX_ITEMS,
    figure_card,
    label,
    more_row,
    panel,
    section_header,
)
from etown_desktop.ui.profiles.section_table import section_dialog
from etown_desktop.ui.widgets.flow_layout import flow_container

log = logging.getLogger(__name__)

WARN = "#a15c00"


class ProfileView(QWidget):
    def __init__(self, profile: Profile, lang: str, parent: QWidget | None = None, hub=None,
                 repo: Repository | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.repo = repo
        self.section_dialog: QWidget | None = None  # the last "Show all" window opened
        self.profile = profile
        self.lang = lang
        self.sections: dict[str, QWidget] = {}
        self.figure_widgets: dict[str, QWidget] = {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(12)
        lay.addWidget(label(profile.name(lang), self, 20, bold=True))
        if profile.thin:
            self.thin_label = label(ptext(lang, "thin"), self, 12, bold=True, color=WARN)
            self.thin_label.setObjectName("thinNote")
            lay.addWidget(self.thin_label)
        summary = " ".join(pf.sentence(lang) for pf in headline(profile, "figures", SUMMARY_SENTENCES))
        if summary:
            self.summary_label = label(summary, self, 12)
            self.summary_label.setObjectName("profileSummary")
            lay.addWidget(self.summary_label)
        for key in SECTION_KEYS:
            box = self._section(key)
            self.sections[key] = box
            lay.addWidget(box)
        lay.addStretch(1)

    def _section(self, key: str) -> QWidget:
        p, lang = self.profile, self.lang
        frame, lay = panel(self)
        frame.setObjectName(f"section:{key}")
        lay.addWidget(section_header(frame, key, lang, f"profile:{p.id}#{key}"))
        if key in ("figures", "targets"):
            items = p.figures if key == "figures" else p.targets
            box, flow = flow_container(frame)
            for pf in headline(p, key):
                card = figure_card(pf, lang, box, self.hub)
                flow.addWidget(card)
                self.figure_widgets.setdefault(pf.figure.id, card)
            if items:
                lay.addWidget(box)
            self._more(lay, frame, key, len(items))
        elif key == "cluster":
            for c in headline(p, key):
                lay.addWidget(label(c.name(lang), frame, 12, bold=True))
                lay.addWidget(label(c.description_zh if lang == "zh" else c.description_en, frame, 11,
                                    muted=True))
            self._more(lay, frame, key, len(p.clusters))
        elif key == "zones":
            for z in headline(p, key):
                sep = "：" if lang == "zh" else ": "
                name_d = z.district.name_zh if lang == "zh" else z.district.name_en
                name_i = z.industry.name_zh if lang == "zh" else z.industry.name_en
                lay.addWidget(label(f"{name_d}{sep}{name_i}", frame, 12))
            self._more(lay, frame, key, len(p.zones))
        elif key == "companies":
            box, flow = flow_container(frame)
            for c in headline(p, key):
                card, clay = panel(box, "profileCompany")
                card.setMinimumWidth(260)
                clay.addWidget(label(c.name(lang), card, 13, bold=True))
                clay.addWidget(label(c.country_zh if lang == "zh" else c.country_en, card, 10, muted=True))
                clay.addWidget(label(c.description_zh if lang == "zh" else c.description_en, card, 11))
                flow.addWidget(card)
            if p.companies:
                lay.addWidget(box)
            self._more(lay, frame, key, len(p.companies))
        elif key == "reforms":
            box, flow = flow_container(frame)
            for r in headline(p, key):
                card, rlay = panel(box, "profileReform")
                card.setMinimumWidth(260)
                first = f" · {ptext(lang, 'first_in_beijing')}" if r.first_in_beijing else ""
                rlay.addWidget(label(r.name(lang) + first, card, 12, bold=True))
                rlay.addWidget(label(r.what_changed_zh if lang == "zh" else r.what_changed_en, card, 11))
                flow.addWidget(card)
            lay.addWidget(box)
            self._more(lay, frame, key, len(p.reforms))
        else:
            for s in headline(p, key):
                lay.addWidget(label(f"{s.ref}  {s.title(lang)} — {format_source_date(s, lang)}", frame, 11))
            self._more(lay, frame, key, len(p.sources))
        if lay.count() == 1:
            lay.addWidget(label(ptext(lang, "none"), frame, 11, muted=True))
        return frame

    def _more(self, lay, frame: QWidget, key: str, total: int) -> None:
        if total > MAX_ITEMS:
            opener = None if self.repo is None else (lambda: self.show_all(key))
            lay.addWidget(more_row(MAX_ITEMS, total, self.lang, frame, opener))

    def show_all(self, key: str) -> QWidget:
        """Open the full list of section ``key`` in a table (rows fetched on demand)."""
        dialog = section_dialog(self.repo, self.profile, key, self.lang, self.hub, self)
        self.section_dialog = dialog
        dialog.show()
        return dialog
