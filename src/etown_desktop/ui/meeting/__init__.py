"""Tools for an investor meeting in the main window: the search box (Ctrl+K) and the brief."""

from __future__ import annotations


def install_meeting_tools(window) -> None:
    from etown_desktop.ui.brief import brief_actions
    from etown_desktop.ui.search import search_actions

    search_actions.install(window)
    brief_actions.install(window)
