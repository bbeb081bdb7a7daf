"""Helper run by test_keyboard_journey_real.py: start the real app; once every tab is ready print
``READY <window id>``; then write what a keyboard user has reached to the JSON file named on the
command line every 100 ms (tab, search popup, the focused widget and the pane it is in, the focused
bar, the source panel's figure, the brief, an open save dialog, the status bar's announcement).
A ``.shot`` twin of that file asks for a grab of the X screen (to the PNG named in it); a ``.stop``
twin ends the app (the loop: state_loop.py)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from search_app import snapshot as search_snapshot  # tests/xvfb, next to this script
from state_loop import run_main_window


def _pane(window, focus) -> str | None:
    if focus is None:
        return None
    for name, pane in (("content", window.tabs.currentWidget()),
                       ("source", window.provenance_dock.widget()),
                       ("brief", getattr(window, "brief_dock", None) and window.brief_dock.widget())):
        if pane is not None and (focus is pane or pane.isAncestorOf(focus)):
            return name
    return "other"


def _bar(focus) -> str | None:
    view = focus.parentWidget() if focus is not None else None
    while view is not None and not hasattr(view, "bar_keys"):
        view = view.parentWidget()
    if view is None or focus not in getattr(view, "plot_widgets", []):
        return None
    hit = view.bar_keys.current(focus)
    return hit.figure_id if hit is not None else ""


def snapshot(window) -> dict:
    """search_app's state (tab, profile, search popup and query, focused widget's name), and more."""
    focus = QApplication.focusWidget()
    modal = QApplication.activeModalWidget()
    brief = getattr(window, "brief_controller", None)
    return {**search_snapshot(window),
            "focus_class": type(focus).__name__ if focus is not None else None,
            "focus_text": focus.text() if focus is not None and hasattr(focus, "text")
            and callable(focus.text) and isinstance(focus.text(), str) else "",
            "pane": _pane(window, focus),
            "bar": _bar(focus),
            "source_figure": window.provenance_panel.current_figure_id,
            "brief": brief.brief.refs() if brief is not None else [],
            "save_dialog": isinstance(modal, QFileDialog) and modal.isVisible(),
            "announced": window.statusBar().accessibleName()}


def _start_on_the_tab_bar(window) -> None:
    window.select_tab("overview")
    window.tabs.tabBar().setFocus()


def main(out: str) -> int:
    # Qt's own file dialog (a desktop portal's dialog would be another process's window)
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    return run_main_window(out, snapshot, on_ready=_start_on_the_tab_bar, give_up_ms=120_000)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
