"""The kiosk under a real X server with a window manager (Xvfb + openbox): real key events to the
focused window (Ctrl+Q, Alt+F4, Escape) and the window manager's close request (wmctrl -i -c)
do not end it; it stays alive and still covers the whole screen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest
from test_real_window import _start_xvfb

pytestmark = pytest.mark.xvfb

SCREEN = (1600, 1000)
TOOLS = ("openbox", "xdotool", "wmctrl", "xwininfo")


def _run(cmd: list[str], env: dict, timeout: float = 10) -> str:
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout).stdout


def _window_id(env: dict, pid: int, deadline: float) -> str:
    while time.monotonic() < deadline:
        out = _run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)], env)
        ids = out.split()
        if ids:
            return ids[-1]
        time.sleep(0.2)
    raise AssertionError("the kiosk window never appeared")


def _geometry(env: dict, wid: str) -> tuple[int, int, int, int]:
    info = _run(["xwininfo", "-id", wid], env)
    vals = {}
    for line in info.splitlines():
        line = line.strip()
        for key in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height"):
            if line.startswith(key + ":"):
                vals[key] = int(line.split(":")[1])
    return (vals["Absolute upper-left X"], vals["Absolute upper-left Y"], vals["Width"], vals["Height"])


def test_kiosk_survives_keys_and_window_manager_close(tmp_path):
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        pytest.skip(f"missing: {', '.join(missing)}")
    xvfb, display = _start_xvfb(tmp_path)
    procs = []
    try:
        env = dict(os.environ)
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_CONFIG_HOME=str(tmp_path / "config"),
                   XDG_DATA_HOME=str(tmp_path / "data"), XDG_RUNTIME_DIR=str(tmp_path / "runtime"))
        (tmp_path / "runtime").mkdir(mode=0o700)
        wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append(wm)
        setpin = subprocess.run([sys.executable, "-m", "etown_desktop", "kiosk", "--set-pin"], env=env,
                                input="2468\n", capture_output=True, text=True, timeout=60)
        assert setpin.returncode == 0, setpin.stderr
        kiosk = subprocess.Popen([sys.executable, "-m", "etown_desktop", "kiosk", "--no-supervisor"],
                                 env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        procs.append(kiosk)
        wid = _window_id(env, kiosk.pid, time.monotonic() + 60)
        time.sleep(1.0)  # let the window manager map it full screen
        for keys in (["ctrl+q"], ["alt+F4"], ["Escape"]):
            _run(["xdotool", "windowfocus", "--sync", wid], env)
            _run(["xdotool", "key", *keys], env)
            time.sleep(0.5)
            assert kiosk.poll() is None, f"the kiosk ended after {keys}"
        _run(["wmctrl", "-i", "-c", wid], env)  # what the title bar's close button asks
        time.sleep(1.0)
        assert kiosk.poll() is None, "the kiosk ended after the window manager's close request"
        assert _geometry(env, wid) == (0, 0, *SCREEN)
        # a key the kiosk does act on still reaches it: the window is alive, not just a process
        _run(["xdotool", "windowfocus", "--sync", wid], env)
        _run(["xdotool", "key", "Right"], env)
        time.sleep(0.3)
        assert kiosk.poll() is None
    finally:
        for p in reversed(procs):
            p.kill()
            p.wait()
        xvfb.terminate()
        xvfb.wait(timeout=10)
    err = kiosk.stderr.read() if kiosk.stderr else ""
    assert "Traceback" not in err, err[-2000:]
