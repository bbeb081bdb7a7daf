"""F6 / Shift+F6 in the main window: the focus goes round the panes — the current tab's content,
the source panel, the meeting brief (when it is open) — and back. The pane that gets the focus
shows its focus ring on its first focusable element (the focus arrives as if by Tab, so every
style draws its ring)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QScrollArea, QWidget

from etown_desktop.ui.lean_start import set_shortcut

log = logging.getLogger(__name__)


def can_take_focus(widget: QWidget) -> bool:
    """Reachable with Tab now: visible, enabled, accepts Tab focus."""
    from PySide6.QtCore import Qt  # here, not at the top: ui/lean_start

    return (widget.isVisible() and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and widget.focusProxy() is None)


def first_focusable(pane: QWidget) -> QWidget | None:
    """The first widget inside ``pane`` (or ``pane`` itself) in Tab order that can take the focus.
    A scrolling page's frame is passed over for the first control on it (its ring is what the
    user looks for); it is taken only when nothing on the page can take the focus."""
    fallback: QWidget | None = None
    widget = pane
    seen: set[int] = set()
    while widget is not None and id(widget) not in seen:
        seen.add(id(widget))
        if (widget is pane or pane.isAncestorOf(widget)) and can_take_focus(widget):
            if not isinstance(widget, QScrollArea):
                return widget
            fallback = fallback or widget
        widget = widget.nextInFocusChain()
        if widget is pane:
            break
    return fallback


def focus_first(pane: QWidget) -> QWidget | None:
    """Put the focus (with its ring) on the first focusable element of ``pane``; scrolled into view."""
    target = first_focusable(pane)
    if target is None:
        return None
    from PySide6.QtCore import Qt  # here, not at the top: ui/lean_start

    target.setFocus(Qt.FocusReason.TabFocusReason)
    parent = target.parentWidget()
    while parent is not None:  # the ring is no use where nobody sees it
        if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(target):
            parent.ensureWidgetVisible(target)
            break
        parent = parent.parentWidget()
    return target


class PaneCycle(QObject):
    """``panes()`` lists the panes in order (only those shown); F6 / Shift+F6 step through them."""

    def __init__(self, window: QMainWindow, panes: Callable[[], list[QWidget]]) -> None:
        super().__init__(window)
        self.window = window
        self.panes = panes
        self.next_action = QAction(QCoreApplication.translate("PaneCycle", "Ne&xt pane"), window)
        set_shortcut(self.next_action, "F6")
        self.next_action.triggered.connect(lambda: self.step(1))
        self.previous_action = QAction(QCoreApplication.translate("PaneCycle", "Pr&evious pane"), window)
        set_shortcut(self.previous_action, "Shift+F6")
        self.previous_action.triggered.connect(lambda: self.step(-1))
        for action in (self.next_action, self.previous_action):
            window.addAction(action)  # works in full screen and with the menu bar hidden

    def current(self, panes: list[QWidget]) -> int:
        """The pane that holds the focus (-1: none, e.g. the tab bar or the menu)."""
        focus = QApplication.focusWidget()
        for i, pane in enumerate(panes):
            if focus is not None and (focus is pane or pane.isAncestorOf(focus)):
                return i
        return -1

    def step(self, step: int) -> QWidget | None:
        panes = self.panes()
        if not panes:
            return None
        start = self.current(panes)
        if start < 0:
            start = -1 if step > 0 else 0
        for k in range(1, len(panes) + 1):  # a pane with nothing focusable is passed over
            pane = panes[(start + step * k) % len(panes)]
            dock = _dock_of(pane)
            if dock is not None:
                dock.raise_()  # a tabbed dock behind another comes to the front
            target = focus_first(pane)
            if target is not None:
                log.debug("F6: focus to %s", target.objectName() or type(target).__name__)
                return target
        return None


def _dock_of(widget: QWidget) -> QDockWidget | None:
    while widget is not None and not isinstance(widget, QDockWidget):
        widget = widget.parentWidget()
    return widget


def main_window_panes(window) -> list[QWidget]:
    """The current tab's content, the source panel, the brief panel — those open."""
    panes: list[QWidget] = []
    page = window.tabs.currentWidget()
    if page is not None:
        panes.append(page)
    for dock in (window.provenance_dock, getattr(window, "brief_dock", None)):
        if dock is not None and dock.toggleViewAction().isChecked():
            panes.append(dock.widget())
    return panes


def install(window) -> PaneCycle:
    cycle = PaneCycle(window, lambda: main_window_panes(window))
    window.pane_cycle = cycle
    return cycle

