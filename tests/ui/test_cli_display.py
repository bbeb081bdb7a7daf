"""Issue 17 §3: every command that opens a window, started without a display, says so in one line
and exits 1, as the app does (not Qt's five-line xcb abort with exit 134 or a kiosk crash loop)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from etown_desktop.app.cli import build_parser
from etown_desktop.app.display_check import NO_DISPLAY, NO_DISPLAY_ZH, opens_window

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the display check is for X11/Wayland (Linux)")

WINDOW_COMMANDS = [
    [],
    ["present"],
    ["present", "--story", "auto", "--interval", "5"],
    ["kiosk"],
    ["kiosk", "--no-supervisor"],
    ["kiosk", "--crash-message"],
]


def _no_display_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    return env


@pytest.mark.parametrize("argv", WINDOW_COMMANDS, ids=lambda a: " ".join(a) or "app")
def test_a_window_command_without_a_display_prints_one_line_and_exits_1(tmp_path, argv):
    result = subprocess.run([sys.executable, "-m", "etown_desktop", *argv], env=_no_display_env(tmp_path),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines() == [NO_DISPLAY], result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("argv", [["--lang", "zh", "present"], ["kiosk", "--lang", "zh"]])
def test_the_line_follows_lang(tmp_path, argv):
    result = subprocess.run([sys.executable, "-m", "etown_desktop", *argv], env=_no_display_env(tmp_path),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and result.stderr.splitlines() == [NO_DISPLAY_ZH], result.stderr


def test_commands_that_need_no_window_still_run_without_a_display(tmp_path):
    env = _no_display_env(tmp_path)
    out = tmp_path / "slide.png"
    shot = subprocess.run([sys.executable, "-m", "etown_desktop", "present", "--screenshot", str(out),
                           "--size", "1366x768"], env=env, capture_output=True, text=True, timeout=120)
    assert shot.returncode == 0, shot.stderr
    assert out.stat().st_size > 1000
    pin = subprocess.run([sys.executable, "-m", "etown_desktop", "kiosk", "--set-pin"], env=env, input="480213\n",
                         capture_output=True, text=True, timeout=60)
    assert pin.returncode == 0, pin.stderr


@pytest.mark.parametrize("argv, opens", [
    ([], True), (["present"], True), (["kiosk"], True), (["kiosk", "--crash-message"], True),
    (["present", "--screenshot", "a.png"], False), (["kiosk", "--screenshot", "a.png"], False),
    (["kiosk", "--set-pin"], False), (["list", "stories"], False), (["stats", "-o", "r.pdf"], False),
    (["screenshot", "--list"], False),
])
def test_which_commands_open_a_window(argv, opens):
    assert opens_window(build_parser().parse_args(argv)) is opens
