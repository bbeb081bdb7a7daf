"""Let Qt finish laying out: run the event loop until a widget tree stops changing (geometry of
every widget, and where every item of its graphics views sits), with a deadline — instead of
waiting a few milliseconds and hoping height-for-width layouts and chart ranges have settled."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget


def _snapshot(root: QWidget) -> list:
    widgets = [root, *root.findChildren(QWidget)]
    state: list = [(w.isVisible(), w.geometry().getRect()) for w in widgets]
    for view in (w for w in widgets if isinstance(w, QGraphicsView)):
        scene = view.scene()
        if scene is not None:
            state.append(tuple(item.sceneBoundingRect().getRect() for item in scene.items()[:2000]))
    return state


def settle(root: QWidget, timeout: float = 5.0, min_rounds: int = 2) -> None:
    """Process events until two consecutive rounds leave ``root``'s tree unchanged."""
    deadline = time.monotonic() + timeout
    last, rounds = None, 0
    while True:
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        rounds += 1
        now = _snapshot(root)
        if now == last and rounds >= min_rounds:
            return
        last = now
        if time.monotonic() > deadline:
            raise AssertionError(f"the layout of {root.objectName() or type(root).__name__} "
                                 f"kept changing for {timeout:g} s")


def pump(rounds: int = 3, deletes: bool = False) -> None:
    """Run ``rounds`` passes of the event loop — posted work done, not a layout known to be still
    (that is ``settle``); ``deletes``: widgets a rebuild replaced are deleted in each pass too."""
    for _ in range(rounds):
        QApplication.processEvents()
        if deletes:
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
