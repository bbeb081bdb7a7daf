"""View → Language: English / 简体中文 (each named in its own language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.language.retranslation import VERBATIM
from etown_desktop.ui.language.switcher import switch_language

LANGUAGE_NAMES = (("en", "&English"), ("zh", "简体中文(&Z)"))  # Z: Zhongwen, as typed on a Latin keyboard


def build_language_menu(parent: QWidget, menu_parent: QMenu) -> QMenu:
    menu = menu_parent.addMenu(QCoreApplication.translate("LanguageMenu", "&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    for code, name in LANGUAGE_NAMES:
        action = QAction(name, menu)
        action.setObjectName(f"language_{code}")
        action.setProperty(VERBATIM, True)  # each language named in its own language, always
        action.setCheckable(True)
        action.setChecked(current_language() == code)
        action.triggered.connect(lambda _=False, c=code: switch_language(c))
        group.addAction(action)
        menu.addAction(action)
    menu.aboutToShow.connect(lambda: [a.setChecked(a.objectName() == f"language_{current_language()}")
                                      for a in group.actions()])
    return menu
