"""The main window's tabs, one module each. Order here is the order on screen.

Each tab class is built as ``TabClass(repo, hub, parent=None)`` (a Repository and a ProvenanceHub)
and has a static ``title()`` returning its translated title.
"""

from __future__ import annotations

# (name used by `screenshot --tab`, module, class)
TAB_REGISTRY: tuple[tuple[str, str, str], ...] = (
    ("overview", "etown_desktop.ui.tabs.overview_tab", "OverviewTab"),
    ("clusters", "etown_desktop.ui.tabs.clusters_tab", "ClustersTab"),
    ("foreign-investment", "etown_desktop.ui.tabs.foreign_investment_tab", "ForeignInvestmentTab"),
    ("fortune500", "etown_desktop.ui.tabs.fortune500_tab", "Fortune500Tab"),
    ("reforms", "etown_desktop.ui.tabs.reforms_tab", "ReformsTab"),
    ("targets", "etown_desktop.ui.tabs.targets_tab", "TargetsTab"),
    ("sources", "etown_desktop.ui.tabs.sources_tab", "SourcesTab"),
    ("profiles", "etown_desktop.ui.profiles.profiles_tab", "ProfilesTab"),
)
