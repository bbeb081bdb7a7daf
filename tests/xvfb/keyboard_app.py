"""Helper run by test_keyboard_journey_real.py: start the real app; once every tab is ready print
``READY <window id>``; then write what a keyboard user has reached to the JSON file named on the
command line every 100 ms (tab, search popup, the focused widget and the pane it is in, the focused
bar, the source panel's figure, the brief, an open save dialog, the status bar's announcement).
A ``.shot`` twin of that file asks for a grab of the X screen (to the PNG named in it); a ``.stop``
twin ends the app."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog

from etown_desktop.app.bootstrap import run_gui


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


def main(out: str) -> int:
    path = Path(out)
    # Qt's own file dialog (a desktop portal's dialog would be another process's window)
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)

    def hook(window) -> None:
        def state() -> None:
            controller = getattr(window, "search_controller", None)
            popup = controller.popup if controller is not None else None
            focus = QApplication.focusWidget()
            modal = QApplication.activeModalWidget()
            brief = getattr(window, "brief_controller", None)
            profiles = window.tab_widget("profiles")
            data = {"tab": window.current_tab_name(),
                    "profile": profiles.profile_id if profiles is not None else None,
                    "popup": bool(popup is not None and popup.isVisible()),
                    "query": popup.edit.text() if popup is not None else "",
                    "focus": focus.objectName() if focus is not None else None,
                    "focus_class": type(focus).__name__ if focus is not None else None,
                    "focus_text": focus.text() if focus is not None and hasattr(focus, "text")
                    and callable(focus.text) and isinstance(focus.text(), str) else "",
                    "pane": _pane(window, focus),
                    "bar": _bar(focus),
                    "source_figure": window.provenance_panel.current_figure_id,
                    "brief": brief.brief.refs() if brief is not None else [],
                    "save_dialog": isinstance(modal, QFileDialog) and modal.isVisible(),
                    "announced": window.statusBar().accessibleName()}
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data), encoding="utf-8")
            tmp.replace(path)
            shot = path.with_suffix(".shot")
            if shot.exists():
                target = shot.read_text(encoding="utf-8").strip()
                shot.unlink()
                QGuiApplication.primaryScreen().grabWindow(0).save(target, "PNG")
                Path(target + ".done").write_text("", encoding="utf-8")
            if path.with_suffix(".stop").exists():
                QApplication.exit(0)

        def ready() -> None:
            window.select_tab("overview")
            window.tabs.tabBar().setFocus()
            print(f"READY {int(window.winId())}", flush=True)
            timer = QTimer(window)
            timer.timeout.connect(state)
            timer.start(100)

        window.allTabsReady.connect(lambda: QTimer.singleShot(300, ready))
        QTimer.singleShot(120_000, lambda: QApplication.exit(4))  # never hang the test

    return run_gui("en", on_window=hook)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
