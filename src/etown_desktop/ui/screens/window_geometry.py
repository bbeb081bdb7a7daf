"""The main window's minimum size, and a restored geometry moved back onto a visible screen.

A window saved on a projector or a large monitor and restored on a laptop (or after the second
screen was unplugged) would otherwise open partly or wholly outside the visible area.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

# Logical pixels. A 1280x720 screen at 150 % gives 853x480 minus the taskbar; the window must fit.
MIN_WINDOW_SIZE = QSize(800, 450)


def fit_rect(rect: QRect, screens: list[QRect], minimum: QSize = MIN_WINDOW_SIZE) -> QRect:
    """``rect`` moved (and shrunk if it must) to lie inside the screen it overlaps most.

    A rect that overlaps no screen goes to the first (primary) one. Never below ``minimum``
    unless the screen itself is smaller.
    """
    if not screens:
        return QRect(rect)

    def overlap(screen: QRect) -> int:
        part = screen.intersected(rect)
        return part.width() * part.height() if part.isValid() else 0

    target = max(screens, key=overlap)
    if overlap(target) == 0:
        target = screens[0]
    width = max(min(rect.width(), target.width()), min(minimum.width(), target.width()))
    height = max(min(rect.height(), target.height()), min(minimum.height(), target.height()))
    x = min(max(rect.x(), target.left()), target.left() + target.width() - width)
    y = min(max(rect.y(), target.top()), target.top() + target.height() - height)
    return QRect(x, y, width, height)


def keep_on_screen(window: QWidget) -> bool:
    """Move/shrink ``window`` into the visible area of the available screens. True if it moved."""
    screens = [s.availableGeometry() for s in QGuiApplication.screens()]
    primary = QGuiApplication.primaryScreen()
    if primary is not None:
        screens.sort(key=lambda g: g != primary.availableGeometry())
    frame = window.frameGeometry()
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    fitted = fit_rect(frame, screens, MIN_WINDOW_SIZE + extra)
    if fitted == frame:
        return False
    log.info("Window geometry %s is outside the visible screens; moved to %s", frame, fitted)
    window.resize(fitted.size() - extra)
    window.move(fitted.topLeft())
    return True
