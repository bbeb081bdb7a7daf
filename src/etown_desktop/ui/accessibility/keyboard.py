"""Keyboard-only use of the main window, installed with one call: F6 / Shift+F6 between the
panes (:mod:`pane_cycle`) and Ctrl+B "Add to brief" (:mod:`brief_key`), listed in the View menu
so they can be found."""

from __future__ import annotations

from etown_desktop.ui.accessibility import brief_key, pane_cycle


def install_keyboard(window) -> None:
    cycle = pane_cycle.install(window)
    add = brief_key.install(window)
    window.view_menu.addSeparator()
    for action in (cycle.next_action, cycle.previous_action, add):
        window.view_menu.addAction(action)
