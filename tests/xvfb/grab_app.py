"""Helper run by test_real_window.py: start the real app, wait until every tab is ready,
grab the whole X screen to the PNG named on the command line, and quit."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from etown_desktop.app.bootstrap import run_gui


def main(out: str) -> int:
    def hook(window) -> None:
        def grab() -> None:
            # the title as the window manager shows it (the test requires xdotool)
            name = subprocess.run(["xdotool", "getwindowname", str(int(window.winId()))],
                                  capture_output=True, text=True).stdout.strip()
            with open(out + ".title", "w", encoding="utf-8") as fh:
                fh.write(name)
            screen = QGuiApplication.primaryScreen()
            ok = screen.grabWindow(0).save(out, "PNG")
            QGuiApplication.exit(0 if ok else 3)

        window.allTabsReady.connect(lambda: QTimer.singleShot(800, grab))
        QTimer.singleShot(45_000, lambda: QGuiApplication.exit(4))  # never hang the test

    return run_gui("en", on_window=hook)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
