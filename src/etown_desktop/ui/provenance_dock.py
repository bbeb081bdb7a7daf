"""The dock at the right of the main window that holds the source panel (ui/provenance_panel).

The dock is on the first screen; the panel inside it is built when the window gets its database
(a real start opens it right after the first paint), or when first asked for. Its text browser, its quote view and their
touch scrolling are the costliest part of the window's construction for PySide6 (each Qt class a
start touches from Python has its enums built, the text document's and the scroller's among them):
building it before the first paint made that paint ~25 million instructions later (issue 22), for
a panel that says "click a figure" while the tabs still say "Loading…".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDockWidget, QWidget

from etown_desktop.ui.provenance_hub import ProvenanceHub
from etown_desktop.ui.text_size.docks import size_title_buttons

if TYPE_CHECKING:
    from etown_desktop.core.repository import Repository
    from etown_desktop.ui.provenance_panel import ProvenancePanel


class _PanelRoom(QWidget):
    """The panel's place until it is built. A dock is as wide as its widget asks (its own size hint
    only counts while it has none): the panel asks what its text browser asks, Qt's fixed 256×192
    for a scroll area, so the room asks the same and the dock keeps its width when the panel comes."""

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(256, 192)


class ProvenanceDock(QDockWidget):
    """The provenance panel docked at the right of the main window."""

    def __init__(self, repo: Repository | None, hub: ProvenanceHub,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        size_title_buttons(self)  # close button as large as the text (a start at 200 %)
        self.setObjectName("provenanceDock")
        self.setWindowTitle(self.tr("Source of the figure"))
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self._repo = repo  # None until the window gets its database
        self._hub = hub
        self._panel: ProvenancePanel | None = None
        self.setWidget(_PanelRoom(self))
        self.setMinimumWidth(260)

    @property
    def panel(self) -> ProvenancePanel:
        """The source panel, built the first time it is asked for."""
        if self._panel is None:
            from etown_desktop.ui.provenance_panel import ProvenancePanel

            self._panel = ProvenancePanel(self._repo, self._hub, self)
            room = self.widget()
            self.setWidget(self._panel)
            room.deleteLater()
        return self._panel

    def set_repository(self, repo: Repository) -> None:
        """The fact database the panel reads from; the panel is built now if it was not."""
        self._repo = repo
        self.panel.repo = repo

    def sizeHint(self):  # noqa: N802 — a readable default width, narrower allowed
        hint = super().sizeHint()
        hint.setWidth(max(hint.width(), 300))
        return hint
