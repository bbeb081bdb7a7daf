"""Scroll with a finger (WCAG 2.5, touch screens at a booth or on a meeting-room table): kinetic
scrolling by QScroller on touch only; a mouse drag keeps selecting text and clicking bars.

Charts (QGraphicsView) are left out: a finger on a chart taps its bars, and the page around the
chart scrolls when the finger starts beside it."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QAbstractScrollArea, QWidget


log = logging.getLogger(__name__)


def touch_scroll_areas(root: QWidget) -> list[QAbstractScrollArea]:
    """``root`` (when it scrolls) and every scroll area inside it, charts left out, and so are the
    lists of a combo box's or date edit's popup (another window, Qt's own)."""
    areas = [root] if isinstance(root, QAbstractScrollArea) else []
    areas += root.findChildren(QAbstractScrollArea)
    return [a for a in areas if not a.inherits("QGraphicsView") and a.window() is root.window()]


def enable_touch_scrolling(root: QWidget) -> int:
    """Grab the touch gesture on the viewport of every scroll area in ``root``; how many."""
    areas = touch_scroll_areas(root)
    for area in areas:
        # By class name, and QAbstractItemView / QScroller imported only when used: resolving a
        # class builds its enums in Python (~70 members), for every window that scrolls by touch.
        if area.inherits("QAbstractItemView"):  # kinetic scrolling moves by pixels, not by rows
            from PySide6.QtWidgets import QAbstractItemView

            area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            area.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        _grab_touch(area)
    log.debug("Touch scrolling on %d scroll areas of %s", len(areas), root.objectName())
    return len(areas)


def _grab_touch(area: QAbstractScrollArea) -> None:
    from PySide6.QtWidgets import QScroller

    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
