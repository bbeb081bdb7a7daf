"""Wire the meeting brief into the main window: the Brief dock, File menu entries, and an
"Add to brief" entry on every KPI card, chart and table of each tab once it is built."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from etown_desktop.ui.brief.brief_controller import BriefController
from etown_desktop.ui.brief.brief_panel import BriefDock
from etown_desktop.ui.screens.dock_tabs import DockTabFitter
from etown_desktop.ui.brief.requests import request_add
from etown_desktop.ui.menus.mnemonics import keep_toggle_text
from etown_desktop.ui.widgets.table_view import FIGURE_ID_ROLE

if TYPE_CHECKING:
    from etown_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _card_menu(card, pos: QPoint) -> None:
    menu = QMenu(card)
    action = menu.addAction(QCoreApplication.translate("BriefActions", "Add to brief"))
    action.triggered.connect(lambda: request_add(card.figure.id))
    menu.popup(card.mapToGlobal(pos))


def _box_menu(box: QWidget, ref: str, pos: QPoint) -> None:
    menu = QMenu(box)
    action = menu.addAction(QCoreApplication.translate("BriefActions", "Add to brief"))
    action.triggered.connect(lambda: request_add(ref))
    menu.popup(box.mapToGlobal(pos))


def selection_refs(table) -> list[str]:
    """Brief items for the selected rows of a table: figures, else companies."""
    from etown_desktop.ui.models.company_table_model import COMPANY_ROLE

    sel = table.selectionModel()
    rows = sorted({i.row() for i in sel.selectedIndexes()}) if sel is not None else []
    model = table.model()
    figs = [str(model.index(r, 0).data(FIGURE_ID_ROLE)) for r in rows if model.index(r, 0).data(FIGURE_ID_ROLE)]
    if figs:
        ids = list(dict.fromkeys(figs))
        return [ids[0]] if len(ids) == 1 else ["figures:" + ",".join(ids)]
    companies = [model.index(r, 0).data(COMPANY_ROLE) for r in rows]
    return [f"company:{c}" for c in companies if c]


def decorate(tab: QWidget, repo) -> None:
    """Add "Add to brief" (and the chart Table toggle) to the cards, charts and tables of ``tab``."""
    from etown_desktop.ui.widgets.kpi_card import KpiCard
    from etown_desktop.ui.widgets.table_view import TableView

    for card in tab.findChildren(KpiCard):
        card.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        card.customContextMenuRequested.connect(lambda pos, c=card: _card_menu(c, pos))
    try:
        from etown_desktop.ui.charts.chart_view import ChartView
    except ImportError:  # pragma: no cover
        ChartView = None  # noqa: N806
    if ChartView is not None:
        from etown_desktop.ui.chart_table.chart_table_toggle import attach

        for view in tab.findChildren(ChartView):
            attach(view, repo)
    for reform_id, box in getattr(tab, "reform_boxes", {}).items():
        box.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        box.customContextMenuRequested.connect(
            lambda pos, b=box, ref=f"reform:{reform_id}": _box_menu(b, ref, pos))
    for table in tab.findChildren(TableView):
        if table.objectName() == "chartTable":
            continue
        action = QAction(QCoreApplication.translate("BriefActions", "Add selected rows to brief"), table)
        action.triggered.connect(lambda _=False, t=table: [request_add(r) for r in selection_refs(t)])
        table.add_context_action(action)


def install(window: MainWindow) -> BriefController:
    controller = BriefController(window.settings, window)
    dock = BriefDock(controller, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.tabifyDockWidget(window.provenance_dock, dock)
    window.provenance_dock.raise_()
    window.dock_tab_fitter = DockTabFitter(window)  # full dock tab titles where they fit
    dock.hide()  # shown from View → Meeting brief panel, or when the first item is added
    toggle = dock.toggleViewAction()
    keep_toggle_text(dock, lambda: QCoreApplication.translate("BriefActions", "Meeting &brief panel"))
    window.view_menu.addAction(toggle)
    panel = dock.panel
    entries = (
        (QCoreApplication.translate("BriefActions", "&Save brief…"), panel.save_dialog),
        (QCoreApplication.translate("BriefActions", "&Open brief…"), panel.open_dialog),
        (QCoreApplication.translate("BriefActions", "Export &brief as PDF…"), lambda: panel.export_dialog("pdf")),
    )
    window.file_menu.insertSeparator(window.quit_action)
    for text, slot in entries:
        action = QAction(text, window)
        action.triggered.connect(slot)
        window.file_menu.insertAction(window.quit_action, action)
    window.file_menu.insertSeparator(window.quit_action)
    # Feedback shows in the panel itself (it opens on the first add); the status bar is full.
    controller.message.connect(dock.panel.count_label.setToolTip)
    from etown_desktop.ui.brief.requests import brief_requests

    brief_requests().addRequested.connect(dock.reveal)  # a bound slot: disconnected with the dock

    if window.repo is not None:
        controller.set_repository(window.repo)
    window.brief_controller = controller
    window.brief_dock = dock
    return controller


def tab_built(window: MainWindow, name: str) -> None:
    """Called for each tab once built: attach the brief to the data, decorate the tab."""
    controller = window.brief_controller
    if controller.repo is None and window.repo is not None:
        controller.set_repository(window.repo)
    tab = window.tab_widget(name)
    if tab is not None:
        decorate(tab, window.repo)
