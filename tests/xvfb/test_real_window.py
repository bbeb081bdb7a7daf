"""Start the real app on an X server (Xvfb, xcb platform), screenshot the screen, check it is not blank."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from required_tools import require_tool
from x_session import app_env, start_xvfb, stop

pytestmark = pytest.mark.xvfb

HELPER = Path(__file__).with_name("grab_app.py")
SCREEN = (1600, 1000)


def _start_xvfb(tmp_path: Path):
    return start_xvfb(tmp_path, SCREEN)


@pytest.fixture
def display(tmp_path):
    proc, name = _start_xvfb(tmp_path)
    yield name
    stop(proc)


def test_real_window_under_xvfb_is_not_blank(display, tmp_path):
    require_tool("xdotool")  # the helper reads the window title as the window manager shows it
    shot = tmp_path / "screen.png"
    env = app_env(dict(os.environ, DISPLAY=display), tmp_path)
    result = subprocess.run([sys.executable, str(HELPER), str(shot)], env=env,
                            capture_output=True, text=True, timeout=90)
    assert result.returncode == 0, f"app exited {result.returncode}:\n{result.stderr[-3000:]}"
    assert shot.is_file()
    title_file = Path(str(shot) + ".title")
    # rough edge 4: the X window title names the app once
    assert title_file.is_file()
    title = title_file.read_text(encoding="utf-8")
    assert title.count("E-Town Investor Desktop") == 1, title
    assert "Economic-Technological Development Area" in title, title

    from PySide6.QtGui import QImage

    img = QImage(str(shot))
    assert not img.isNull()
    assert (img.width(), img.height()) == SCREEN
    small = img.scaled(400, 250).convertToFormat(QImage.Format.Format_RGB32)
    pixels = [small.pixel(x, y) & 0xFFFFFF for y in range(small.height()) for x in range(small.width())]
    if os.environ.get("ETOWN_KEEP_XVFB_SHOT"):
        img.save(os.environ["ETOWN_KEEP_XVFB_SHOT"])
    counts = Counter(pixels)
    most_common_share = counts.most_common(1)[0][1] / len(pixels)
    assert len(counts) > 50, f"only {len(counts)} colours: the screen looks blank"
    assert most_common_share < 0.9, f"one colour covers {most_common_share:.0%} of the screen"
    # The window was actually mapped: the X root background of Xvfb is black.
    black = counts.get(0, 0) / len(pixels)
    assert black < 0.5, f"{black:.0%} of the screen is black: the window did not cover it"
