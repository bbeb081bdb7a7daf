"""The suite's own safety net: a test stuck in a Qt event loop (a modal dialog's exec() nobody
closes) is ended by pytest-timeout instead of hanging the run. That needs ``timeout_method =
"thread"`` (pyproject.toml): the signal method's handler never runs while Qt's C++ loop blocks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"

STUCK = '''
def test_stuck_in_a_modal_loop(qapp):
    from PySide6.QtCore import QEventLoop

    QEventLoop().exec()  # what an unpatched QDialog.exec() does: waits for a click forever
'''


def test_a_blocked_exec_is_ended_by_the_timeout(tmp_path):
    (tmp_path / "test_stuck.py").write_text(STUCK, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(PYPROJECT), "--rootdir", str(tmp_path),
         "-p", "no:randomly", "-p", "no:cacheprovider", "--timeout", "3", str(tmp_path / "test_stuck.py")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=90)
    out = result.stdout + result.stderr
    assert result.returncode != 0, out[-2000:]
    assert "Timeout" in out and "test_stuck_in_a_modal_loop" in out, out[-2000:]
