"""First start in a real window (Xvfb + openbox): the welcome comes first, in the system's language,
Enter confirms it, and the next start goes straight to the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from x_session import check_first_start

pytestmark = pytest.mark.xvfb


def test_first_start_welcome_then_main_window(tmp_path):
    env = dict(os.environ)
    if "PYTHONPATH" in env:  # development runs; an installed package needs nothing
        env["PYTHONPATH"] = os.pathsep.join([env["PYTHONPATH"], str(Path(__file__).resolve().parents[2] / "src")])
    check_first_start([sys.executable, "-m", "etown_desktop"], env, tmp_path)
