"""The installed PySide6 must not be the 6.12.0 build that leaks references to None (the app would
abort after a few thousand painter calls on Python < 3.12)."""

from __future__ import annotations

import subprocess
import sys


def test_installed_pyside6_does_not_leak_none_references():
    code = (
        "import os; os.environ['QT_QPA_PLATFORM']='offscreen';"
        "from PySide6.QtGui import QGuiApplication; app = QGuiApplication([]);"
        "from etown_desktop.ui.qt_workarounds import pyside_leaks_none;"
        "import sys; sys.exit(3 if pyside_leaks_none() else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, (
        "PySide6 leaks references to None (6.12.0 bug); pyproject.toml must exclude this version\n"
        + result.stderr)


def test_ten_thousand_void_calls_do_not_crash_the_interpreter():
    code = (
        "import os; os.environ['QT_QPA_PLATFORM']='offscreen';"
        "from PySide6.QtGui import QColor, QGuiApplication; app = QGuiApplication([]);"
        "c = QColor()\nfor _ in range(10000): c.setRed(1)\nprint('ok')"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "ok" in result.stdout, result.stderr
