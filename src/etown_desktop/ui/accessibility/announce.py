"""Status messages a screen reader should speak at once: an export written, an import refused,
the slide number in a presentation, the kiosk's "Still there?".

:func:`announce` is the one call every caller uses. It sends Qt's accessibility announcement
(``QAccessibleAnnouncementEvent``, Qt >= 6.8: Orca, NVDA and Narrator read it without moving the
focus) and, as the fallback for screen readers that ignore announcements, puts the text in the
accessible name and description of the window's status bar (a window without one: the window's
own description), which AT-SPI and UI Automation report as a change.

Every announcement is also emitted by :func:`announcer` (``announced(text)``), so tests and a
log can see what a screen reader was told."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

log = logging.getLogger(__name__)

# QAccessible and its announcement event are imported by announce(), the first time something is
# said: PySide6 builds QAccessible's enums (~200 names) when the class is first touched, work the
# main window's first paint does not need (issue 22).


class Announcer(QObject):
    announced = Signal(str)


_instance: Announcer | None = None


def announcer() -> Announcer:
    global _instance
    if _instance is None:
        _instance = Announcer(QCoreApplication.instance())
    return _instance


def fallback_widget(source: QWidget) -> QWidget:
    """Where the text is written for a screen reader without announcements: the status bar of
    ``source``'s main window, else ``source``'s window itself."""
    window = source.window()
    if isinstance(window, QMainWindow):
        return window.statusBar()
    return window


def announce(source: QWidget | None, text: str, assertive: bool = False) -> None:
    """Say ``text`` now (``assertive``: interrupt what the screen reader is reading — for a
    refusal or a countdown; polite otherwise). ``source`` is a widget of the window concerned."""
    text = " ".join(text.split())
    if not text:
        return
    log.debug("announce: %s", text)
    if source is not None:
        target = fallback_widget(source)
        target.setAccessibleName(text)
        target.setAccessibleDescription(text)
        from PySide6 import QtGui

        from etown_desktop.ui.accessibility.roles import accessibility_active

        # Qt >= 6.8; with an older Qt the status bar's name is the announcement. Qt drops the
        # event when no assistive technology is listening: then it is not made (a show's first
        # slide does not resolve ``QAccessible``, ~15 M instructions: issue 22).
        event_class = getattr(QtGui, "QAccessibleAnnouncementEvent", None) if accessibility_active() else None
        if event_class is not None:
            event = event_class(target, text)
            if assertive:
                event.setPoliteness(QtGui.QAccessible.AnnouncementPoliteness.Assertive)
            QtGui.QAccessible.updateAccessibility(event)
    announcer().announced.emit(text)
