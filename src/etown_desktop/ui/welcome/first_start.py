"""When the welcome dialog is shown: on the first start until confirmed, and from Help.

The confirmation and the chosen language are stored in the app's settings (``AppSettings``);
``etown-desktop --reset-settings`` forgets them, so the welcome comes back.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from etown_desktop.ui import i18n
from etown_desktop.ui.settings import AppSettings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

log = logging.getLogger(__name__)

CONFIRMED_KEY = "welcome/confirmed"


def is_confirmed(settings: AppSettings) -> bool:
    return settings.value(CONFIRMED_KEY) == "1"


def confirm(settings: AppSettings, lang: str) -> None:
    settings.language = i18n.normalize(lang)
    settings.set_value(CONFIRMED_KEY, "1")
    settings.sync()


def first_start(lang: str, settings: AppSettings | None = None) -> str:
    """Before the main window exists: show the welcome unless it was confirmed before.

    Returns the language to use (the translator for it is installed). Closing the dialog
    without confirming keeps the preselected language for this run and asks again next time."""
    settings = settings if settings is not None else AppSettings()
    if is_confirmed(settings):
        return lang
    from etown_desktop.ui.fonts import ensure_cjk_font
    from etown_desktop.ui.welcome.welcome_dialog import WelcomeDialog

    ensure_cjk_font()  # the dialog shows 简体中文 whatever the language
    dialog = WelcomeDialog(lang)
    if dialog.exec() == WelcomeDialog.DialogCode.Accepted:
        chosen = dialog.language()
        confirm(settings, chosen)
        log.info("Welcome confirmed; language %s", chosen)
        return chosen
    i18n.install_translator(lang)
    log.info("Welcome closed without confirming; asked again at the next start")
    return lang


def reopen(window: QMainWindow, settings: AppSettings | None = None) -> None:
    """Help › Welcome: show the dialog over the window (it does not block the event loop).

    The window itself keeps its language until the next start; a new choice is stored."""
    from etown_desktop.ui.welcome.welcome_dialog import WelcomeDialog

    settings = settings if settings is not None else getattr(window, "settings", None) or AppSettings()
    current = i18n.current_language()
    dialog = WelcomeDialog(settings.language or current, window, preview=False)
    from PySide6.QtCore import Qt  # here, not at the top: ui/lean_start

    dialog.setWindowModality(Qt.WindowModality.WindowModal)

    def done(result: int) -> None:
        if result != WelcomeDialog.DialogCode.Accepted:
            return
        chosen = dialog.language()
        confirm(settings, chosen)
        if chosen != current:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                window, QCoreApplication.translate("Welcome", "Interface language"),
                QCoreApplication.translate("Welcome", "The new language is used from the next start."))

    dialog.finished.connect(done)
    window.welcome_dialog = dialog  # tests and the caller can reach it
    dialog.open()


def install(window: QMainWindow) -> QAction:
    """Help › Welcome…, before the About entry."""
    action = QAction(QCoreApplication.translate("Welcome", "&Welcome…"), window)
    action.setObjectName("welcomeAction")
    action.triggered.connect(lambda: reopen(window))
    help_menu = getattr(window, "help_menu", None)
    if help_menu is not None:
        about = getattr(window, "about_action", None)
        if about is not None:
            help_menu.insertAction(about, action)
            help_menu.insertSeparator(about)
        else:
            help_menu.addAction(action)
    window.welcome_action = action
    return action
