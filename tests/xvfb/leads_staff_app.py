"""Helper run by test_kiosk_contact_real.py for the staff side: the real app (run_gui). Once every
tab is ready and the Leads menu is installed it prints ``READY <window id>``; then, every 100 ms
until the ``.stop`` twin of the JSON file named on the command line appears, it writes there what
the staffer sees: whether the Leads menu is open (and the global centres of its entries), the
passphrase dialog and the focused widget, the lock state, the Leads list's page, rows and count."""

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
            c = window.leads_controller
            menu = c.menu
            entries = {}
            if menu.isVisible():
                for name, action in (("unlock", c.unlock_action), ("list", c.list_action)):
                    p = menu.mapToGlobal(menu.actionGeometry(action).center())
                    entries[name] = [p.x(), p.y()]
            modal = QApplication.activeModalWidget()
            focus = QApplication.focusWidget()
            panel = c.dock.panel if c.dock is not None else None
            rows = []
            if panel is not None and panel.isVisible():
                rows = [[panel.model.index(r, col).data() for col in (0, 1)]
                        for r in range(min(panel.model.rowCount(), 20))]
            data = {"menu": menu.isVisible(), "entries": entries,
                    "dialog": modal.objectName() if modal is not None else None,
                    "focus": focus.objectName() if focus is not None else None,
                    "unlocked": c.session.unlocked,
                    "page": (None if panel is None or not panel.isVisible() else
                             "list" if panel.stack.currentWidget() is panel.list_page else "locked"),
                    "rows": rows, "count": panel.count_label.text() if panel is not None else ""}
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data), encoding="utf-8")
            tmp.replace(path)
            if path.with_suffix(".stop").exists():
                QApplication.exit(0)

        def ready() -> None:
            if getattr(window, "leads_controller", None) is None:  # installed after the first paint
                QTimer.singleShot(100, ready)
                return
            print(f"READY {int(window.winId())}", flush=True)
            timer = QTimer(window)
            timer.timeout.connect(state)
            timer.start(100)

        window.allTabsReady.connect(lambda: QTimer.singleShot(300, ready))
        QTimer.singleShot(90_000, lambda: QApplication.exit(4))  # never hang the test

    return run_gui("en", on_window=hook)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
