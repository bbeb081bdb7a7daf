"""Rough edge 14: no usable display → one clear line and exit code 1, not Qt's plugin abort."""

from __future__ import annotations

import os
import subprocess
import sys

from etown_desktop.app.display_check import MISSING_LIBRARY, NO_DISPLAY, display_problem


def test_no_display_is_named_on_linux():
    assert display_problem({}, "linux") == NO_DISPLAY
    assert display_problem({"DISPLAY": ""}, "linux") == NO_DISPLAY
    assert display_problem({"QT_QPA_PLATFORM": "xcb"}, "linux") == NO_DISPLAY
    assert display_problem({"QT_QPA_PLATFORM": "wayland"}, "linux") == NO_DISPLAY


def test_a_display_or_a_windowless_platform_is_fine():
    always = lambda _s: True  # noqa: E731
    assert display_problem({"DISPLAY": ":0"}, "linux", loads=always) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", loads=always) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "win32") is None and display_problem({}, "darwin") is None


def test_a_missing_xcb_library_is_named_with_its_package():
    problem = display_problem({"DISPLAY": ":0"}, "linux", loads=lambda s: "cursor" not in s)
    assert problem == MISSING_LIBRARY.format(lib="libxcb-cursor.so.0", package="libxcb-cursor0")


def test_launch_without_display_prints_one_line_and_exits_1():
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "etown_desktop"], env=env, capture_output=True,
                            text=True, timeout=60)
    if not sys.platform.startswith("linux"):
        return
    assert result.returncode == 1
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert lines == [NO_DISPLAY], result.stderr
    assert "Reinstalling" not in result.stderr
