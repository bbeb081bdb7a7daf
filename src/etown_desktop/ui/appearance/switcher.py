"""The appearance in use, applied at start-up and switched live.

The choice ("system", "light", "dark", "high_contrast") is stored in the settings. "System"
follows ``QStyleHints.colorScheme()`` and changes when the system's ``colorSchemeChanged`` fires.
A switch applies the scheme (ui/theme: palette and stylesheet) and then restyles every window
(:func:`etown_desktop.ui.appearance.restyle.restyle_application`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from etown_desktop.core.appearance.schemes import SYSTEM, normalize, resolve
from etown_desktop.ui import theme

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from etown_desktop.ui.settings import AppSettings

log = logging.getLogger(__name__)

_choice = SYSTEM
_following: set[int] = set()  # the applications whose colorSchemeChanged we listen to


def current_appearance() -> str:
    """The user's choice: "system", "light", "dark" or "high_contrast"."""
    return _choice


def apply_at_start(app: QApplication, choice: str | None) -> str:
    """Before the first paint: the stored choice's scheme. For "system" on a light system this is
    exactly the work the light theme always did (one colour-scheme query, the light palette)."""
    global _choice
    _choice = normalize(choice)
    if _choice == SYSTEM:
        theme.apply_theme(app)  # dark=None: asks the system
    else:
        theme.apply_theme(app, name=resolve(_choice, False).name)
    _follow_system(app)
    return theme.scheme().name


def _follow_system(app: QApplication) -> None:
    if id(app) in _following:
        return
    try:
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(on_system_scheme_changed)
    except AttributeError:  # Qt < 6.5: no colour scheme to follow
        return
    _following.add(id(app))


def on_system_scheme_changed(scheme: Qt.ColorScheme) -> None:
    """The system switched between light and dark: follow it when the choice is "System"."""
    app = QApplication.instance()
    if _choice != SYSTEM or not isinstance(app, QApplication):
        return
    from PySide6.QtCore import Qt  # here, not at the top: ui/lean_start

    _apply(app, resolve(SYSTEM, scheme == Qt.ColorScheme.Dark).name)


def set_appearance(choice: str, app: QApplication | None = None, persist: bool = True,
                   settings: AppSettings | None = None) -> str:
    """View → Appearance: apply ``choice`` live to every window and (``persist``) remember it in
    ``settings`` (the app's settings file by default). Returns the scheme now in use."""
    global _choice
    app = app or QApplication.instance()
    _choice = normalize(choice)
    if persist:
        if settings is None:
            from etown_desktop.ui.settings import AppSettings

            settings = AppSettings()
        settings.appearance = _choice
        settings.sync()
    if isinstance(app, QApplication):
        dark = theme.system_prefers_dark() if _choice == SYSTEM else False
        _apply(app, resolve(_choice, dark).name)
    return theme.scheme().name


def adopt(settings: AppSettings) -> None:
    """A main window opened with ``settings``: the choice they store, if any and not the one in
    use (at start-up the bootstrap has applied it already, so this costs one settings read)."""
    if settings.value("ui/appearance") is None:
        return  # nothing stored (a throw-away settings file, e.g. for a screenshot): keep the scheme
    stored = settings.appearance
    if stored != _choice:
        set_appearance(stored, persist=False)


def _apply(app: QApplication, name: str) -> None:
    if name == theme.scheme().name:
        return
    from etown_desktop.ui.appearance.restyle import restyle_application
    from etown_desktop.ui.busy import wait_cursor
    from etown_desktop.ui.language.window_retranslator import pages_dropped

    # The tab pages are built anew in the new colours, not restyled (about half a second).
    with wait_cursor(app), pages_dropped(app):
        theme.apply_theme(app, name=name)
        restyle_application(app)
    log.info("Appearance: %s (%s)", _choice, name)
