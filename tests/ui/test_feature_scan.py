"""The app spares PySide6's source scan of every imported module (ui/feature_scan.py), and Qt's
API stays as it was: plain names everywhere, and a module that selects ``snake_case`` still gets it
(in a fresh process: a feature selection is process-wide state)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

CHILD = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication, QWidget
    import etown_desktop.app.bootstrap  # replaces the scan
    feature = sys.modules.get("shibokensupport.feature")
    print("SKIPPED", feature is not None and feature._mod_uses_pyside.__module__ == "etown_desktop.ui.feature_scan")
    import plain_module, snake_module  # imported after the replacement
    app = QApplication([])
    print("PLAIN", plain_module.title())
    print("SNAKE", snake_module.title())
    print("PLAIN_AGAIN", plain_module.title())
""")
PLAIN = "from PySide6.QtWidgets import QWidget\n" \
        "def title():\n    w = QWidget()\n    w.setWindowTitle('plain')\n    return w.windowTitle()\n"
SNAKE = "from PySide6.QtWidgets import QWidget\nfrom __feature__ import snake_case\n" \
        "def title():\n    w = QWidget()\n    w.set_window_title('snake')\n    return w.window_title()\n"


def test_qt_api_unchanged_and_features_still_selectable(tmp_path: Path):
    (tmp_path / "plain_module.py").write_text(PLAIN, encoding="utf-8")
    (tmp_path / "snake_module.py").write_text(SNAKE, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    src = str(Path(__file__).resolve().parents[2] / "src")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(tmp_path), src, env.get("PYTHONPATH")) if p)
    out = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True,
                         timeout=60, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)
    assert lines["SKIPPED"] == "True"
    assert lines["PLAIN"] == "plain" and lines["SNAKE"] == "snake" and lines["PLAIN_AGAIN"] == "plain"
