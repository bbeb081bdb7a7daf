"""After a colour-scheme switch: every window redraws what it painted in the old colours.

The application's palette and stylesheet (ui/theme) restyle Qt's widgets and everything styled by
object name at once. What a widget painted itself in the theme's colours (HTML, charts, its own
stylesheet) is redone by its ``restyle_ui()`` method: this walk calls it on every window, shown or
hidden, over the same widget tree the language switch walks (ui/language/retranslation): subtrees
their owner rebuilds (the tab pages) are left to the owner. The main window's restyler rebuilds
the tab pages (charts, cards) the way a language switch does.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from etown_desktop.ui.language.retranslation import _tree

log = logging.getLogger(__name__)

HOOK = "restyle_ui"


def restyle_window(root: QWidget) -> int:
    """Call ``restyle_ui()`` on every object of the window ``root`` that has one; returns how many."""
    owners: list[QObject] = []
    for w in _tree(root):
        owners.append(w)
        owners += [o for o in w.children() if not isinstance(o, QWidget)]
    done = 0
    for obj in owners:
        hook = getattr(obj, HOOK, None)
        if callable(hook):
            try:
                hook()
                done += 1
            except Exception:  # one panel failing must not leave the rest in the old colours
                log.exception("%s could not be restyled", type(obj).__name__)
    return done


def restyle_application(app: QApplication) -> int:
    return sum(restyle_window(w) for w in app.topLevelWidgets())
