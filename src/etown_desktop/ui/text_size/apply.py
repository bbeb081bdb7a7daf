"""Load the text size at start-up and change it live.

At start-up :func:`load` reads the stored size before the theme sets the application font, so the
first paint is already at the right size (at 100 % nothing else happens). A live change
(:func:`set_text_size`) sets the application font and stylesheet again, gives every widget with a
design size (ui/text_size/fonts) its new size, and asks every object of every window that has an
``apply_text_size()`` method to redo what depends on the size (the main window rebuilds its tab
pages, the source panel redraws, slides re-measure).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from etown_desktop.ui.text_size import state
from etown_desktop.ui.text_size.fonts import resize_fonts

log = logging.getLogger(__name__)


def load(settings=None) -> int:
    """The stored text size becomes the one in use (call before ``theme.apply_theme``)."""
    if settings is None:
        from etown_desktop.ui.settings import AppSettings

        settings = AppSettings()
    return state.set_percent(settings.text_size)


def set_text_size(value: object, settings=None) -> int:
    """Make ``value`` the text size now (snapped to a step), in every window; stored in
    ``settings`` (an AppSettings) when given. Returns the size in use."""
    old = state.percent()
    new = state.set_percent(value)
    if settings is not None:
        settings.text_size = new
        settings.sync()
    if new != old:
        log.info("Text size: %d %%", new)
        apply_everywhere()
    return new


def apply_everywhere(app: QApplication | None = None) -> None:
    app = app or QApplication.instance()
    if not isinstance(app, QApplication):
        return
    # Here, not at the top: a show's start (no docks) need not resolve QDockWidget (issue 22).
    from PySide6.QtWidgets import QDockWidget

    from etown_desktop.ui import theme
    from etown_desktop.ui.busy import wait_cursor
    from etown_desktop.ui.language.window_retranslator import pages_dropped
    from etown_desktop.ui.text_size.docks import follow_text_size

    # The tab pages are built anew at the new size, not resized (about half a second).
    with wait_cursor(app), pages_dropped(app):
        theme.apply_fonts(app)
        for window in app.topLevelWidgets():
            resize_fonts(window)
            for dock in window.findChildren(QDockWidget):  # their titles, as Qt keeps the old size
                follow_text_size(dock)
            for obj in (window, *window.findChildren(QObject)):
                hook = getattr(obj, "apply_text_size", None)
                if callable(hook):
                    try:
                        hook()
                    except Exception:  # one panel failing must not leave the others at the old size
                        log.exception("%s could not apply the text size", type(obj).__name__)
