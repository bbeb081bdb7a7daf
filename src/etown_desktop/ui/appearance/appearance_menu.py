"""View → Appearance: System / Light / Dark / High contrast (exclusive, checkable)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from etown_desktop.core.appearance.schemes import APPEARANCES
from etown_desktop.ui.appearance.switcher import adopt, current_appearance, set_appearance

if TYPE_CHECKING:
    from etown_desktop.ui.main_window import MainWindow
    from etown_desktop.ui.settings import AppSettings

CONTEXT = "AppearanceMenu"
LABELS = {
    "system": QT_TRANSLATE_NOOP("AppearanceMenu", "&System"),
    "light": QT_TRANSLATE_NOOP("AppearanceMenu", "&Light"),
    "dark": QT_TRANSLATE_NOOP("AppearanceMenu", "&Dark"),
    "high_contrast": QT_TRANSLATE_NOOP("AppearanceMenu", "&High contrast"),
}


def build_appearance_menu(menu_parent: QMenu, settings: AppSettings | None = None) -> QMenu:
    menu = menu_parent.addMenu(QCoreApplication.translate("AppearanceMenu", "&Appearance"))
    menu.setObjectName("appearanceMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    for choice in APPEARANCES:
        action = QAction(QCoreApplication.translate(CONTEXT, LABELS[choice]), menu)
        action.setObjectName(f"appearance_{choice}")
        action.setCheckable(True)
        action.setChecked(current_appearance() == choice)
        action.triggered.connect(lambda _=False, c=choice: set_appearance(c, settings=settings))
        group.addAction(action)
        menu.addAction(action)
    menu.aboutToShow.connect(lambda: [a.setChecked(a.objectName() == f"appearance_{current_appearance()}")
                                      for a in group.actions()])
    return menu


class WindowRestyler(QObject):
    """The main window's part of a scheme switch: its tab pages are rebuilt (charts and cards in
    the new colours; the current page at once, the others when shown, as after a language switch)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("windowRestyler")
        self.window = window

    def restyle_ui(self) -> None:
        from etown_desktop.ui.language.window_retranslator import retranslator_of

        retranslator = retranslator_of(self.window)
        if retranslator is not None:
            retranslator.rebuild_tabs()


def install(window: MainWindow) -> QMenu:
    """View → Appearance in the main window (its settings' choice in use), and its restyler."""
    adopt(window.settings)
    window.appearance_menu = build_appearance_menu(window.view_menu, window.settings)
    window.restyler = WindowRestyler(window)
    return window.appearance_menu
