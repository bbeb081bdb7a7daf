"""The show's input watchers (the swipe filter, the kiosk's idle watcher) on every widget of the
application, from the first paint of the first slide on.

An event filter on the application is handed every event of every object, and each object is
handed to Python: the objects Qt made in C++ (the window's platform window, the style sheet style,
a text browser's viewport) have no Python wrapper yet, and PySide6 works out their class by
resolving widget and core classes and building their enums (~190 M instructions for the kiosk,
~60 M for ``present``, before the first slide could be painted). Nor are the filters put on the
window's own widgets before that paint: showing, laying out and painting the first slide hands
each of them ~10 events, twice for the kiosk's two filters (~10 M instructions), and nobody can
touch a slide before it is on screen. Should no slide be painted (a screen that never shows it),
the filters are installed after FALLBACK_MS all the same.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from etown_desktop.ui.presentation.slide_deck import SlideDeck

FALLBACK_MS = 5000  # the filters are installed this long after install() if no slide is painted


class InputFilters:
    """``install()`` / ``remove()`` the ``filters`` of the show whose slides ``deck`` shows."""

    def __init__(self, deck: SlideDeck, *filters: QObject) -> None:
        self.deck, self.filters = deck, filters
        self.installed = False
        self.app_wide = False
        deck.firstPainted.connect(self._first_paint)

    def install(self) -> None:
        if self.installed:
            return
        self.installed = True
        if self.deck.first_painted:
            self._install_app_wide()
        else:  # at the first paint (_first_paint), or after FALLBACK_MS without one
            QTimer.singleShot(FALLBACK_MS, self._fallback)

    def remove(self) -> None:
        if not self.installed:
            return
        self.installed = False
        if self.app_wide:
            app = QApplication.instance()
            for f in self.filters:
                app.removeEventFilter(f)
            self.app_wide = False

    def _first_paint(self) -> None:
        if self.installed and not self.app_wide:
            self._install_app_wide()

    def _fallback(self) -> None:
        if isValid(self.deck) and all(isValid(f) for f in self.filters):  # (a show still there)
            self._first_paint()

    def _install_app_wide(self) -> None:
        app = QApplication.instance()
        for f in self.filters:
            app.installEventFilter(f)
        self.app_wide = True
