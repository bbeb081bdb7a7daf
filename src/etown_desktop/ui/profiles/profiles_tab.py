"""The Profiles tab: pick a sector to see its profile, or a second one (or the zone overall) to
compare side by side; swap exchanges the two sides.

Built by the main window's step-by-step build (``DEFER_CHARTS`` on, see ui/tabs/tab_page.py), the
first profile's summary and sections are added by later steps (``pending_steps``), one short step
each, as a fact tab's charts are; built at once otherwise."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from etown_desktop.core.profiles import build_profile, profile_ids
from etown_desktop.core.profiles.compare import compare
from etown_desktop.core.profiles.definitions import profile_names
from etown_desktop.core.profiles.outline import ProfileOutline
from etown_desktop.core.repository import Repository
from etown_desktop.ui.brief.requests import request_add
from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.profiles.compare_view import CompareView
from etown_desktop.ui.profiles.profile_view import ProfileView
from etown_desktop.ui.provenance_hub import ProvenanceHub
from etown_desktop.ui.screens.page_scroll_area import PageScrollArea
from etown_desktop.ui.theme import colors
from etown_desktop.ui.widgets.flow_layout import flow_container

log = logging.getLogger(__name__)


class ProfilesTab(QWidget):
    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("ProfilesTab", "Sector profiles")

    def __init__(self, repo: Repository, hub: ProvenanceHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.hub = hub
        self.lang = current_language()
        self.view: ProfileView | CompareView | None = None
        self._compare_steps: list = []  # a comparison replacing a page still being added: one last step
        self.setAutoFillBackground(True)  # opaque, like the other tabs' pages
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 14, 24, 0)
        outer.setSpacing(10)

        self.profile_combo = QComboBox(self)
        self.profile_combo.setAccessibleName(self.tr("Profile"))
        self.compare_combo = QComboBox(self)
        self.compare_combo.setAccessibleName(self.tr("Compare with"))
        for combo in (self.profile_combo, self.compare_combo):
            # Wide enough for the longest sector name where there is room; the explicit minimum
            # width below (not the names) sets how narrow it may get on a 1366 px laptop.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.compare_combo.addItem(self.tr("(no comparison)"), "")
        names = profile_names(repo.clusters())  # the clusters' names, from the data
        for pid in profile_ids():
            name = names[pid][1 if self.lang == "zh" else 0]
            self.profile_combo.addItem(name, pid)
            self.compare_combo.addItem(name, pid)
        self.swap_button = QPushButton(self.tr("Swap ⇄"), self)
        self.swap_button.setToolTip(self.tr("Exchange the two sides"))
        self.add_button = QPushButton(self.tr("Add profile to brief"), self)
        # The bar reflows onto two rows in a narrow window instead of setting its minimum width.
        holder, flow = flow_container(self, spacing=8, stretch=False)
        for text, combo in ((self.tr("Profile:"), self.profile_combo),
                            (self.tr("Compare with:"), self.compare_combo)):
            group = QWidget(holder)
            glay = QHBoxLayout(group)
            glay.setContentsMargins(0, 0, 0, 0)
            label = QLabel(text, group)
            label.setBuddy(combo)  # a screen reader reads the label with the field
            glay.addWidget(label)
            combo.setParent(group)
            combo.setMinimumWidth(220)
            glay.addWidget(combo, 1)
            flow.addWidget(group)
        flow.addWidget(self.swap_button)
        flow.addWidget(self.add_button)
        outer.addWidget(holder)

        self.scroll = PageScrollArea(self)
        self.scroll.setAccessibleName(self.tr("Sector profile"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setStyleSheet(f"QScrollArea {{ background: {colors().window}; }}")
        outer.addWidget(self.scroll, 1)

        self.profile_combo.currentIndexChanged.connect(lambda _: self._refresh())
        self.compare_combo.currentIndexChanged.connect(lambda _: self._refresh())
        self.swap_button.clicked.connect(self.swap)
        self.add_button.clicked.connect(lambda: request_add(f"profile:{self.profile_id}"))
        from etown_desktop.ui.tabs.tab_page import DEFER_CHARTS

        self._refresh(staged=DEFER_CHARTS["on"])

    # -- state -------------------------------------------------------------------------------------
    @property
    def profile_id(self) -> str:
        return self.profile_combo.currentData()

    @property
    def compare_id(self) -> str:
        return self.compare_combo.currentData() or ""

    def show_profile(self, profile_id: str, compare_with: str = "") -> None:
        self.compare_combo.blockSignals(True)
        self.compare_combo.setCurrentIndex(max(0, self.compare_combo.findData(compare_with)))
        self.compare_combo.blockSignals(False)
        self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(profile_id)))
        self._refresh()

    def swap(self) -> None:
        if self.compare_id:
            self.show_profile(self.compare_id, self.profile_id)

    # -- the step-by-step build (see ui/warmup/build_steps.py) --------------------------------------
    @property
    def pending_steps(self) -> list:
        """What is left to add to the page shown (its summary and sections)."""
        return self.view.pending_steps if isinstance(self.view, ProfileView) else self._compare_steps

    def run_pending_step(self) -> bool:
        """Add the next part of the profile shown; True while more remain."""
        if isinstance(self.view, ProfileView):
            return self.view.run_pending_step()
        self._compare_steps.clear()  # a comparison is made at once
        return False

    def finish_pending(self) -> None:
        """Add every part still to come now (a caller that needs the complete page)."""
        while self.run_pending_step():
            pass

    def _refresh(self, staged: bool = False) -> None:
        # A page replaced while the build is adding its parts: the new one is added the same way,
        # so the build still finishes it (and says the tab is complete).
        staged = staged or bool(self.pending_steps)
        self.swap_button.setEnabled(bool(self.compare_id))
        body = QWidget()
        body.setObjectName("profilesBody")
        body.setStyleSheet(f"QWidget#profilesBody {{ background: {colors().window}; }}")
        lay = QVBoxLayout(body)
        lay.setContentsMargins(0, 4, 0, 24)
        if self.compare_id:
            self.view = CompareView(compare(build_profile(self.repo, self.profile_id),
                                            build_profile(self.repo, self.compare_id)), self.lang, body,
                                    self.hub, self.repo)
            self._compare_steps = [None] if staged else []
        else:
            self.view = ProfileView(ProfileOutline(self.repo, self.profile_id), self.lang, body, self.hub,
                                    self.repo, staged=staged)
        lay.addWidget(self.view)
        old = self.scroll.takeWidget()
        self.scroll.setWidget(body)
        if old is not None:
            old.deleteLater()

    def widget_for_figure(self, figure_id: str) -> QWidget | None:
        if isinstance(self.view, ProfileView):
            return self.view.figure_widgets.get(figure_id)
        return None
