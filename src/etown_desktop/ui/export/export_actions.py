"""Wire the exports into the window: File menu entries, chart and table context menus, Ctrl+C.

Nothing here owns a widget: :func:`install_exports` attaches actions to the main window's File
menu and to every ChartView / TableView of each tab as it is built (``MainWindow.tabBuilt``).
"""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from etown_desktop.core.charts import ChartSpec
from etown_desktop.core.repository import Repository
from etown_desktop.core.sectors import sectors
from etown_desktop.ui.export.export_controller import ExportController
from etown_desktop.ui.language.retranslation import escape_title
from etown_desktop.ui.menus.mnemonics import numbered
from etown_desktop.ui.models.company_table_model import COMPANY_ROLE
from etown_desktop.ui.widgets.table_view import FIGURE_ID_ROLE

log = logging.getLogger(__name__)

# Source model class -> (registry table id, how a displayed row names its record).
_TABLE_BINDINGS: dict[str, tuple[str, Callable[[QModelIndex], object]]] = {
    "FigureTableModel": ("figures", lambda ix: ix.data(FIGURE_ID_ROLE)),
    "CompanyTableModel": ("companies", lambda ix: ix.data(COMPANY_ROLE)),
    "TargetTableModel": ("targets", lambda ix: ix.data(FIGURE_ID_ROLE)),
}


def _registry_keys(repo: Repository, table_id: str) -> list[object]:
    if table_id == "figures":
        return repo.figure_ids()
    if table_id == "companies":
        return [c.id for c in repo.companies()]
    return [t.target.id for t in repo.targets()]


def is_chart_view(widget: QWidget) -> bool:
    return isinstance(getattr(widget, "spec", None), ChartSpec) and hasattr(widget, "plot_widgets")


# -- charts ---------------------------------------------------------------------------------------
def attach_chart(view: QWidget, ctl: ExportController) -> None:
    """Context menu "Copy chart" / "Export chart…" and Ctrl+C on a focused chart."""
    if view.property("etownExportActions"):
        return
    view.setProperty("etownExportActions", True)
    copy_act = QAction(QCoreApplication.translate("ExportActions", "Copy chart"), view)
    copy_act.setShortcut(QKeySequence.StandardKey.Copy)
    copy_act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    copy_act.triggered.connect(lambda: ctl.copy_chart(view.spec))
    export_act = QAction(QCoreApplication.translate("ExportActions", "Export chart…"), view)
    export_act.triggered.connect(lambda: ctl.export_chart(view.spec))
    view.addAction(copy_act)
    view.chart_copy_action, view.chart_export_action = copy_act, export_act
    view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_menu(source: QWidget, pos: QPoint) -> None:
        menu = QMenu(view)
        menu.addAction(copy_act)
        menu.addAction(export_act)
        menu.popup(source.mapToGlobal(pos))

    targets = [view] + list(getattr(view, "plot_widgets", []))
    for w in targets:
        w.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        w.customContextMenuRequested.connect(lambda pos, w=w: show_menu(w, pos))
    for plot in getattr(view, "plots", []):
        try:
            plot.setMenuEnabled(False)  # our menu replaces pyqtgraph's
        except (AttributeError, TypeError):
            pass


# -- tables ---------------------------------------------------------------------------------------
def _source_model(view):
    source = view.model()
    while hasattr(source, "sourceModel") and source.sourceModel() is not None:
        source = source.sourceModel()
    return source


def is_bound(view) -> bool:
    """Whether the view shows a registry table (cheap: looks at the model's class only)."""
    return type(_source_model(view)).__name__ in _TABLE_BINDINGS


def table_binding(view, repo: Repository) -> tuple[str, list[int] | None, int] | None:
    """(table id, displayed registry rows in view order, total rows) for a known table view."""
    model = view.model()
    source = model
    while hasattr(source, "sourceModel") and source.sourceModel() is not None:
        source = source.sourceModel()
    binding = _TABLE_BINDINGS.get(type(source).__name__)
    if binding is None:
        return None
    table_id, key_of = binding
    if model is source and hasattr(source, "list_positions"):
        # A model served from SQLite knows the shown rows' places in the full list, which is the
        # registry table's order: no walk over (and no fetch of) every row.
        return table_id, source.list_positions(), source.total_count()
    keys = _registry_keys(repo, table_id)
    position = {k: i for i, k in enumerate(keys)}
    rows = []
    for r in range(model.rowCount()):
        if view.isRowHidden(r):
            continue
        key = key_of(model.index(r, 0))
        if key not in position:
            return table_id, None, len(keys)  # cannot map a row: offer all rows only
        rows.append(position[key])
    return table_id, rows, len(keys)


def attach_table(view, ctl: ExportController) -> None:
    if view.property("etownExportActions") or not hasattr(view, "add_context_action"):
        return
    if not is_bound(view):
        return
    view.setProperty("etownExportActions", True)
    act = QAction(QCoreApplication.translate("ExportActions", "Export table…"), view)

    def run() -> None:
        binding = table_binding(view, ctl.repo)
        if binding is not None:
            ctl.export_table(*binding)
    act.triggered.connect(run)
    view.add_context_action(act)
    view.table_export_action = act


def attach_to(widget: QWidget | None, ctl: ExportController) -> None:
    if widget is None:
        return
    from etown_desktop.ui.widgets.table_view import TableView

    for child in [widget, *widget.findChildren(QWidget)]:
        if is_chart_view(child):
            attach_chart(child, ctl)
        elif isinstance(child, TableView):
            attach_table(child, ctl)


# -- main window ------------------------------------------------------------------------------------
def install_exports(window, repo: Repository) -> ExportController:
    """File-menu entries and per-widget actions for a MainWindow; returns the controller."""
    ctl = ExportController(repo, window, getattr(window, "settings", None))
    menu: QMenu = window.file_menu
    anchor = getattr(window, "file_menu_export_anchor", None)
    entries: list[QAction | None] = []

    def action(text: str, slot, shortcut: QKeySequence | None = None) -> QAction:
        act = QAction(QCoreApplication.translate("ExportActions", text), window)
        act.triggered.connect(slot)
        if shortcut is not None:
            act.setShortcut(shortcut)
        entries.append(act)
        return act

    def print_tab(preview: bool) -> None:
        # The whole tab laid out on pages (vector text, header, footer with sources), not a snapshot.
        from etown_desktop.ui.tab_pdf.print_actions import print_tab as print_document

        print_document(window, preview)

    def save_tab_pdf() -> None:
        from etown_desktop.ui.tab_pdf.print_actions import save_tab_pdf as save

        save(window)

    window.export_factsheet_action = action(
        QT_TRANSLATE_NOOP("ExportActions", "Export &fact sheet (PDF)…"), lambda: ctl.export_factsheet())
    window.export_pack_action = action(
        QT_TRANSLATE_NOOP("ExportActions", "Export &investor pack (ZIP)…"), lambda: ctl.export_pack())
    sector_menu = QMenu(QCoreApplication.translate("ExportActions", "Export sec&tor pack"), window)
    for i, sector in enumerate(sectors(ctl.repo).values()):
        act = sector_menu.addAction(numbered(i, escape_title(sector.name(ctl.lang))))
        act.setData(sector.id)
        act.triggered.connect(lambda checked=False, sid=sector.id: ctl.export_pack(sid))
    _SectorNames(sector_menu, ctl)
    entries.append(None)
    window.save_tab_pdf_action = action(
        QT_TRANSLATE_NOOP("ExportActions", "Save current tab as P&DF…"), save_tab_pdf)
    window.print_tab_action = action(
        QT_TRANSLATE_NOOP("ExportActions", "&Print current tab…"), lambda: print_tab(False),
        QKeySequence(QKeySequence.StandardKey.Print))
    window.preview_tab_action = action(
        QT_TRANSLATE_NOOP("ExportActions", "Print pre&view of current tab…"), lambda: print_tab(True))
    window.print_factsheet_action = action(
        QT_TRANSLATE_NOOP("ExportActions", "Print fact s&heet…"),
        lambda: ctl.print_with(ctl.paint_factsheet, preview=False))
    window.preview_factsheet_action = action(
        QT_TRANSLATE_NOOP("ExportActions", "P&rint preview of fact sheet…"),
        lambda: ctl.print_with(ctl.paint_factsheet, preview=True))
    for i, act in enumerate(entries):
        if act is None:
            menu.insertMenu(anchor, sector_menu) if anchor else menu.addMenu(sector_menu)
            menu.insertSeparator(anchor) if anchor else menu.addSeparator()
        elif anchor is not None:
            menu.insertAction(anchor, act)
        else:
            menu.addAction(act)
    window.export_controller = ctl
    from etown_desktop.ui.office.office_actions import install_office_actions

    install_office_actions(window, anchor=window.save_tab_pdf_action)  # File → Export story as PowerPoint…
    window.tabBuilt.connect(lambda name: attach_to(window.tab_widget(name), ctl))
    for name in getattr(window, "tab_names", []):
        attach_to(window.tab_widget(name), ctl)
    return ctl


class _SectorNames(QObject):
    """The sector names of the "Export sector pack" menu follow a language switch
    (ui/language/retranslation.py calls ``retranslate_ui``)."""

    def __init__(self, menu: QMenu, ctl) -> None:
        super().__init__(menu)
        self.menu, self.ctl = menu, ctl

    def retranslate_ui(self) -> None:
        names = sectors(self.ctl.repo)
        for i, act in enumerate(self.menu.actions()):
            sector = names.get(act.data())
            if sector is not None:
                act.setText(numbered(i, escape_title(sector.name(self.ctl.lang))))
