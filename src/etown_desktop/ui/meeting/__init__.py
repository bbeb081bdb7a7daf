"""Tools for an investor meeting in the main window: the search box (Ctrl+K) and the brief.

Only the Ctrl+K action is made before the first paint; the search index, the brief controller,
its dock and its menu entries are created when first needed (the first tab built or Ctrl+K), so
the first screen loads no data module.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from etown_desktop.ui.lean_start import set_shortcut


def install_meeting_tools(window) -> None:
    action = QAction(QCoreApplication.translate("SearchController", "&Search everything…"), window)
    set_shortcut(action, "Ctrl+K")
    action.triggered.connect(lambda: search_controller(window).open())
    window.view_menu.insertAction(window.find_action, action)
    window.addAction(action)
    window.search_action = action
    window.tabBuilt.connect(lambda name: _tab_built(window, name))


def search_controller(window):
    controller = getattr(window, "search_controller", None)
    if controller is None:
        from etown_desktop.ui.search.search_actions import SearchController

        controller = SearchController(window, window.search_action)
        window.search_controller = controller
    return controller


def brief_controller(window):
    controller = getattr(window, "brief_controller", None)
    if controller is None:
        from etown_desktop.ui.brief import brief_actions

        controller = brief_actions.install(window)
    return controller


def _tab_built(window, name: str) -> None:
    from etown_desktop.ui.brief import brief_actions

    brief_controller(window)
    brief_actions.tab_built(window, name)
