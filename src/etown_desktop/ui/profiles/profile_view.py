"""ProfileView: one sector profile — generated summary, then one panel per section with its own
"Add to brief" button. Cards reflow (FlowLayout) to the width they get. A section shows its first
headline items (:mod:`etown_desktop.core.profiles.headline`: the rule is kept in the data), then
"… and N more" with a "Show all N" button that opens the section's full list as a table fetched on
demand (a sector of a large database names thousands of figures and companies: never one widget
per item). It is built from the profile's outline (:mod:`etown_desktop.core.profiles.outline`: only
the headline items and counts are read), at once or one part a step."""

from __future__ import annotations

import logging
import time
from functools import cached_property

from PySide6.QtWidgets import QVBoxLayout, QWidget

from etown_desktop.core.formatting import format_source_date, join_sentences
from etown_desktop.core.profiles.outline import ProfileOutline
from etown_desktop.core.profiles.profile import Profile, build_profile
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
    top_aligned,
)
from etown_desktop.ui.profiles.section_table import section_dialog
from etown_desktop.ui.theme import colors
from etown_desktop.ui.widgets.flow_layout import flow_container

log = logging.getLogger(__name__)

# One step of a staged build reads and adds parts for about this long (a section's widgets may
# take it past); short parts share a step, a long section's reading is split over several.
STEP_BUDGET_S = 0.025


class ProfileView(QWidget):
    """``staged``: only the title is made now; the summary and the sections are added by later
    short steps (:meth:`run_pending_step`, a long section read in slices over several), as the
    main window's step-by-step build does with a tab's charts."""

    def __init__(self, outline: ProfileOutline, lang: str, parent: QWidget | None = None, hub=None,
                 repo: Repository | None = None, staged: bool = False) -> None:
        super().__init__(parent)
        self.hub = hub
        self.repo = repo if repo is not None else outline.repo
        self.section_dialog: QWidget | None = None  # the last "Show all" window opened
        self.outline = outline
        self.lang = lang
        self.sections: dict[str, QWidget] = {}
        self.figure_widgets: dict[str, QWidget] = {}
        self._lay = lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(12)
        lay.addWidget(label(outline.name(lang), self, 20, bold=True))
        lay.addStretch(1)
        self.pending_steps: list = [self._step(("companies", "figures"), self._add_summary)]
        self.pending_steps += [self._step((key,), lambda key=key: self._add_section(key))
                               for key in SECTION_KEYS]
        if not staged:
            self.finish_pending()

    @cached_property
    def profile(self) -> Profile:
        """The full profile (every item of every section), read when first asked for."""
        return build_profile(self.repo, self.outline.id)

    # -- the step-by-step build ------------------------------------------------------------------
    def _step(self, keys: tuple[str, ...], add):
        def step(budget_s: float) -> bool:
            for key in keys:
                if not self.outline.advance(key, budget_s):
                    self.pending_steps.insert(0, step)  # more of the section to read: next step
                    return False
            add()
            return True
        return step

    def run_pending_step(self) -> bool:
        """Read and add the next parts of the page, for about ``STEP_BUDGET_S`` (at least one
        slice of reading, a section at most past it); True while more remain."""
        start = time.perf_counter()
        while self.pending_steps:
            left = STEP_BUDGET_S - (time.perf_counter() - start)
            if not self.pending_steps.pop(0)(max(0.0, left)) or time.perf_counter() - start >= STEP_BUDGET_S:
                break
        return bool(self.pending_steps)

    def finish_pending(self) -> None:
        while self.run_pending_step():
            pass

    def _add(self, widget: QWidget) -> None:
        self._lay.insertWidget(self._lay.count() - 1, widget)  # before the closing stretch

    def _add_summary(self) -> None:
        o, lang = self.outline, self.lang
        if o.thin:
            self.thin_label = label(ptext(lang, "thin"), self, 12, bold=True, color=colors().warn)
            self.thin_label.setObjectName("thinNote")
            self._add(self.thin_label)
        summary = join_sentences((pf.sentence(lang) for pf in o.summary), lang)
        if summary:
            self.summary_label = label(summary, self, 12)
            self.summary_label.setObjectName("profileSummary")
            self._add(self.summary_label)

    def _add_section(self, key: str) -> None:
        box = self._section(key)
        self.sections[key] = box
        self._add(box)

    def _section(self, key: str) -> QWidget:
        o, lang = self.outline, self.lang
        shown, total = o.headline(key), o.total(key)
        frame, lay = panel(self)
        frame.setObjectName(f"section:{key}")
        lay.addWidget(section_header(frame, key, lang, f"profile:{o.id}#{key}"))
        if key in ("figures", "targets"):
            box, flow = flow_container(frame)
            for pf in shown:
                card = figure_card(pf, lang, box, self.hub)
                flow.addWidget(card)
                self.figure_widgets.setdefault(pf.figure.id, card)
            if total:
                lay.addWidget(box)
            self._more(lay, frame, key, total)
        elif key == "cluster":
            for c in shown:
                lay.addWidget(label(c.name(lang), frame, 12, bold=True))
                lay.addWidget(label(c.description_zh if lang == "zh" else c.description_en, frame, 11,
                                    muted=True))
            self._more(lay, frame, key, total)
        elif key == "zones":
            for z in shown:
                sep = "：" if lang == "zh" else ": "
                name_d = z.district.name_zh if lang == "zh" else z.district.name_en
                name_i = z.industry.name_zh if lang == "zh" else z.industry.name_en
                lay.addWidget(label(f"{name_d}{sep}{name_i}", frame, 12))
            self._more(lay, frame, key, total)
        elif key == "companies":
            box, flow = flow_container(frame)
            for c in shown:
                card, clay = panel(box, "profileCompany")
                card.setMinimumWidth(260)
                clay.addWidget(label(c.name(lang), card, 13, bold=True))
                clay.addWidget(label(c.country_zh if lang == "zh" else c.country_en, card, 10, muted=True))
                clay.addWidget(label(c.description_zh if lang == "zh" else c.description_en, card, 11))
                top_aligned(clay)
                flow.addWidget(card)
            if total:
                lay.addWidget(box)
            self._more(lay, frame, key, total)
        elif key == "reforms":
            box, flow = flow_container(frame)
            for r in shown:
                card, rlay = panel(box, "profileReform")
                card.setMinimumWidth(260)
                first = f" · {ptext(lang, 'first_in_beijing')}" if r.first_in_beijing else ""
                rlay.addWidget(label(r.name(lang) + first, card, 12, bold=True))
                rlay.addWidget(label(r.what_changed_zh if lang == "zh" else r.what_changed_en, card, 11))
                top_aligned(rlay)
                flow.addWidget(card)
            lay.addWidget(box)
            self._more(lay, frame, key, total)
        else:
            for s in shown:
                lay.addWidget(label(f"{s.ref}  {s.title(lang)} — {format_source_date(s, lang)}", frame, 11))
            self._more(lay, frame, key, total)
        if lay.count() == 1:
            lay.addWidget(label(ptext(lang, "none"), frame, 11, muted=True))
        return frame

    def _more(self, lay, frame: QWidget, key: str, total: int) -> None:
        if total > MAX_ITEMS:
            opener = None if self.repo is None else (lambda: self.show_all(key))
            lay.addWidget(more_row(MAX_ITEMS, total, self.lang, frame, opener))

    def show_all(self, key: str) -> QWidget:
        """Open the full list of section ``key`` in a table (rows fetched on demand)."""
        dialog = section_dialog(self.repo, self.outline, key, self.lang, self.hub, self)
        self.section_dialog = dialog
        dialog.show()
        return dialog
