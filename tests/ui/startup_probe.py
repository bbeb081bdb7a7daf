"""Helper run by test_startup_order.py: start the real app (``run_gui``) offscreen and print, as
one JSON line, what was loaded and shown at the first paint and what the window had once every
tab was ready. With a database that cannot be opened, it records the error message instead."""

from __future__ import annotations

import gc
import json
import sys

from enum_recorder import ENUMS_BUILT  # before PySide6: records the enums it builds

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from etown_desktop.app import bootstrap, startup_gc
from etown_desktop.ui import event_loop_gc

# Modules the first screen must not wait for (imported after the first paint, or by the tabs).
DEFERRED = ("etown_desktop.core.repository", "etown_desktop.core.records", "logging.handlers",
            "etown_desktop.ui.export.export_actions", "etown_desktop.ui.fonts", "pandas",
            "pyqtgraph", "numpy", "sqlite_utils",
            # issue 22: no database driver, search, profiles, stories, editions, brief or leads
            # before the first paint, nor the widget classes of the accessibility tree walk
            "sqlite3", "etown_desktop.core.search", "etown_desktop.core.profiles",
            "etown_desktop.core.stories", "etown_desktop.core.editions", "etown_desktop.core.leads",
            "etown_desktop.ui.brief", "etown_desktop.ui.accessibility.tree_walk")
# Modules a start does not need at all, until the user exports or unlocks something: the office
# formats (python-pptx, python-docx, openpyxl) and PyNaCl (the leads store's sealing).
NOT_AT_START = ("pptx", "docx", "openpyxl", "nacl")


def main() -> int:
    report: dict[str, object] = {"critical": []}

    def critical(parent, title, text, *args, **kwargs):
        report["critical"].append(text)
        return QMessageBox.StandardButton.Ok

    QMessageBox.critical = staticmethod(critical)

    def hook(window) -> None:
        def first_paint() -> None:
            page = window.tabs.currentWidget()
            report["first_paint"] = {
                "loaded": [m for m in DEFERRED if m in sys.modules],
                "menus": [a.text() for a in window.menuBar().actions()],
                "tabs": window.tabs.count(),
                "page_visible": page.isVisible(),
                "placeholder": page.placeholder.text() if page.content is None else "",
                "dock_visible": window.provenance_dock.isVisible(),
                "has_repo": window.repo is not None,
                "has_exports": hasattr(window, "export_factsheet_action"),
                "gc_enabled": gc.isenabled(),
                "enums": list(ENUMS_BUILT),
            }
            from PySide6.QtCore import Qt  # after the enums were recorded

            report["first_paint"]["dock_right"] = (
                window.dockWidgetArea(window.provenance_dock) == Qt.DockWidgetArea.RightDockWidgetArea)

        def ready() -> None:
            handlers = [type(h).__name__ for h in __import__("logging").getLogger().handlers]
            log_file = bootstrap.log_folder() / bootstrap.LOG_FILE
            report["ready"] = {
                "loaded": [m for m in NOT_AT_START if m in sys.modules],
                "has_exports": hasattr(window, "export_factsheet_action"),
                "status": window.status_label.text(),
                "handlers": handlers,
                "log_text": log_file.read_text(encoding="utf-8") if log_file.is_file() else "",
                "gc_enabled": gc.isenabled(),
                "gc_on_event_loop": event_loop_gc.is_running(),
            }
            QTimer.singleShot(0, QApplication.quit)

        window.firstPainted.connect(first_paint)
        window.allTabsReady.connect(ready)
        QTimer.singleShot(30_000, lambda: QApplication.exit(4))  # never hang the test

    startup_gc.pause()  # as cli.main does for a plain start
    code = bootstrap.run_gui("en", on_window=hook)
    report["code"] = code
    print("REPORT " + json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
