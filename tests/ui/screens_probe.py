"""Helper for test_screens_restore.py: run in a fresh process with an offscreen screen layout.

    python screens_probe.py save INI X Y W H   # place the window there, save its settings
    python screens_probe.py load INI           # restore from the settings, print the geometry
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from etown_desktop.core.repository import Repository
from etown_desktop.ui.main_window import MainWindow
from etown_desktop.ui.settings import AppSettings


def main(argv: list[str]) -> int:
    app = QApplication([])
    action, ini = argv[0], argv[1]
    settings = AppSettings(QSettings(ini, QSettings.Format.IniFormat))
    repo = Repository()
    window = MainWindow(repo, settings=settings, auto_build=False)
    if action == "save":
        x, y, w, h = (int(v) for v in argv[2:6])
        window.setGeometry(x, y, w, h)
        window.show()
        app.processEvents()
        window.save_settings()
    else:
        window.show()
        app.processEvents()
    g = window.frameGeometry()
    screens = ";".join(f"{s.geometry().x()},{s.geometry().y()},{s.geometry().width()},{s.geometry().height()}"
                       for s in app.screens())
    print(f"{g.x()} {g.y()} {g.width()} {g.height()} | {screens}")
    window.close()
    repo.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
