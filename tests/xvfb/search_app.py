"""Helper run by test_search_keys.py: start the real app; once every tab is ready print
``READY <window id>``; then write the window's state (current tab, profile, popup shown, focused
widget) to the JSON file named on the command line every 100 ms, until that file's ``.stop`` twin
appears."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from etown_desktop.app.bootstrap import run_gui


def main(out: str) -> int:
    path = Path(out)

    def hook(window) -> None:
        def state() -> None:
            controller = getattr(window, "search_controller", None)
            popup = controller.popup if controller is not None else None
            focus = QApplication.focusWidget()
            profiles = window.tab_widget("profiles")
            data = {"tab": window.current_tab_name(),
                    "profile": profiles.profile_id if profiles is not None else None,
                    "popup": bool(popup is not None and popup.isVisible()),
                    "query": popup.edit.text() if popup is not None else "",
                    "focus": focus.objectName() if focus is not None else None}
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data), encoding="utf-8")
            tmp.replace(path)
            if path.with_suffix(".stop").exists():
                QApplication.exit(0)

        def ready() -> None:
            window.tab_widget("sources").search_box.setFocus()
            print(f"READY {int(window.winId())}", flush=True)
            timer = QTimer(window)
            timer.timeout.connect(state)
            timer.start(100)

        window.allTabsReady.connect(lambda: QTimer.singleShot(300, ready))
        QTimer.singleShot(60_000, lambda: QApplication.exit(4))  # never hang the test

    return run_gui("en", on_window=hook)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
