"""A wait cursor while every window is redone at once (a colour-scheme or text-size switch, about
half a second with every tab built).

Not while a kiosk window or a window that hides its pointer on purpose (the audience's slide on the
projector) is shown: an application-wide cursor would appear over it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

KIOSK_WINDOW = "kioskWindow"  # ui/kiosk/kiosk_window.py


def pointer_hidden(app: QApplication) -> bool:
    """A shown window where no cursor must appear: the kiosk's, or one with a blank cursor."""
    for window in app.topLevelWidgets():
        if window.isVisible() and (window.objectName() == KIOSK_WINDOW
                                   or window.cursor().shape() == Qt.CursorShape.BlankCursor):
            return True
    return False


@contextmanager
def wait_cursor(app: QObject | None) -> Iterator[None]:
    """The wait cursor over every window while the block runs (unless :func:`pointer_hidden`)."""
    if not isinstance(app, QApplication) or pointer_hidden(app):
        yield
        return
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
