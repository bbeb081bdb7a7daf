"""Helper run by test_kiosk_contact_real.py for the staff side: the real app (run_gui). Once every
tab is ready and the Leads menu is installed it prints ``READY <window id>``; then, every 100 ms
until the ``.stop`` twin of the JSON file named on the command line appears, it writes there what
the staffer sees: whether the Leads menu is open (and the global centres of its entries), the
passphrase dialog and the focused widget, the lock state, the Leads list's page, rows and count
(the loop: state_loop.py)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from state_loop import run_main_window  # tests/xvfb, next to this script


def snapshot(window) -> dict:
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
    return {"menu": menu.isVisible(), "entries": entries,
            "dialog": modal.objectName() if modal is not None else None,
            "focus": focus.objectName() if focus is not None else None,
            "unlocked": c.session.unlocked,
            "page": (None if panel is None or not panel.isVisible() else
                     "list" if panel.stack.currentWidget() is panel.list_page else "locked"),
            "rows": rows, "count": panel.count_label.text() if panel is not None else ""}


def main(out: str) -> int:
    # the Leads menu is installed after the first paint (app/bootstrap)
    return run_main_window(out, snapshot, give_up_ms=90_000,
                           ready_when=lambda w: getattr(w, "leads_controller", None) is not None)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
