"""The show's input watchers (the swipe filter, the kiosk's idle watcher) on every widget of the
application once the first slide has been painted, and on the window's own widgets until then.

An event filter on the application is handed every event of every object, and each object is
handed to Python: the objects Qt made in C++ (the window's platform window, the style sheet style,
a text browser's viewport) have no Python wrapper yet, and PySide6 works out their class by
resolving widget and core classes and building their enums (~190 M instructions for the kiosk,
~60 M for ``present``, before the first slide could be painted). Until that paint the filters
watch the window and every widget inside it that Python already knows (it made them): every
widget a finger or a mouse can reach on that screen, so a touch is seen from the start.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import getAllValidWrappers, isValid

from etown_desktop.ui.presentation.slide_deck import SlideDeck


class InputFilters:
    """``install()`` / ``remove()`` the ``filters`` for ``window`` whose slides ``deck`` shows."""

    def __init__(self, window: QWidget, deck: SlideDeck, *filters: QObject) -> None:
        self.window, self.deck, self.filters = window, deck, filters
        self.installed = False
        self.app_wide = False
        self._widgets: list[QWidget] = []
        deck.firstPainted.connect(self._first_paint)

    def install(self) -> None:
        if self.installed:
            return
        self.installed = True
        if self.deck.first_painted:
            self._install_app_wide()
            return
        # Widgets Python made (no C++-made object is handed to Python): the window and its widgets.
        window = self.window
        self._widgets = [w for w in getAllValidWrappers()
                         if isinstance(w, QWidget) and (w is window or window.isAncestorOf(w))]
        for widget in self._widgets:
            for f in self.filters:
                widget.installEventFilter(f)

    def remove(self) -> None:
        if not self.installed:
            return
        self.installed = False
        if self.app_wide:
            app = QApplication.instance()
            for f in self.filters:
                app.removeEventFilter(f)
            self.app_wide = False
        self._remove_from_widgets()

    def _remove_from_widgets(self) -> None:
        widgets, self._widgets = self._widgets, []
        for widget in widgets:
            if isValid(widget):
                for f in self.filters:
                    widget.removeEventFilter(f)

    def _first_paint(self) -> None:
        if self.installed and not self.app_wide:
            self._remove_from_widgets()
            self._install_app_wide()

    def _install_app_wide(self) -> None:
        app = QApplication.instance()
        for f in self.filters:
            app.installEventFilter(f)
        self.app_wide = True
