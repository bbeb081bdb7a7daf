"""The suite's isolation between tests (tests/conftest.py): a window a test registered with qtbot
is gone when the next test starts, so no finished test's widgets answer a later test's events
(a language switch reaches every live widget). Run as a small pytest session of its own, in order."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
PYPROJECT = TESTS.parent / "pyproject.toml"

PAIR = '''
from PySide6.QtWidgets import QApplication, QWidget

KEPT = []  # something outside the test still holds the window (as a kiosk session holds its own)


def test_1_leaves_a_window(qtbot):
    window = QWidget()
    window.setObjectName("isolation-probe")
    qtbot.addWidget(window)
    window.show()
    KEPT.append(window)


def test_2_finds_it_gone(qapp):
    assert [w for w in QApplication.allWidgets() if w.objectName() == "isolation-probe"] == []
'''


def test_a_finished_tests_windows_are_deleted_before_the_next_test(tmp_path):
    (tmp_path / "test_pair.py").write_text(PAIR, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join(p for p in (str(TESTS), os.environ.get("PYTHONPATH")) if p))
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(PYPROJECT), "--rootdir", str(tmp_path),
         "-p", "no:randomly", "-p", "no:cacheprovider", "-p", "conftest", str(tmp_path / "test_pair.py")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "2 passed" in result.stdout, result.stdout[-3000:] + result.stderr[-2000:]
