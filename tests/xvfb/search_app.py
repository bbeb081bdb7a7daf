"""Helper run by test_search_keys.py: start the real app; once every tab is ready print
``READY <window id>``; then write the window's state (current tab, profile, popup shown, focused
widget) to the JSON file named on the command line every 100 ms, until that file's ``.stop`` twin
appears (the loop: state_loop.py)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from state_loop import run_main_window  # tests/xvfb, next to this script


def snapshot(window) -> dict:
    controller = getattr(window, "search_controller", None)
    popup = controller.popup if controller is not None else None
    focus = QApplication.focusWidget()
    profiles = window.tab_widget("profiles")
    return {"tab": window.current_tab_name(),
            "profile": profiles.profile_id if profiles is not None else None,
            "popup": bool(popup is not None and popup.isVisible()),
            "query": popup.edit.text() if popup is not None else "",
            "focus": focus.objectName() if focus is not None else None}


def main(out: str) -> int:
    return run_main_window(out, snapshot, on_ready=lambda w: w.tab_widget("sources").search_box.setFocus())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
