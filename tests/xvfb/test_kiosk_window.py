"""The kiosk under a real X server with a window manager (Xvfb + openbox): real key events to the
focused window (Ctrl+Q, Alt+F4, Escape) and the window manager's close request (wmctrl -i -c)
do not end it; it stays alive and still covers the whole screen."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from required_tools import require_tools
from waiting import wait_until
from x_session import XSession

pytestmark = pytest.mark.xvfb

SCREEN = (1600, 1000)
TOOLS = ("openbox", "xdotool", "wmctrl", "xwininfo")
REFUSED = "Close request refused"


def _run(cmd: list[str], env: dict, timeout: float = 10) -> str:
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout).stdout


def _geometry(env: dict, wid: str) -> tuple[int, int, int, int] | None:
    info = _run(["xwininfo", "-id", wid], env)
    vals = {}
    for line in info.splitlines():
        line = line.strip()
        for key in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height"):
            if line.startswith(key + ":"):
                vals[key] = int(line.split(":")[1])
    if len(vals) < 4:
        return None
    return (vals["Absolute upper-left X"], vals["Absolute upper-left Y"], vals["Width"], vals["Height"])


def _refusals(data_home: Path) -> int:
    """How many close requests the kiosk has refused so far (its log file says so, one a line)."""
    return sum(p.read_text(encoding="utf-8", errors="replace").count(REFUSED)
               for p in data_home.rglob("*.log"))


def test_kiosk_survives_keys_and_window_manager_close(tmp_path):
    require_tools(*TOOLS)
    session = XSession(tmp_path, SCREEN)  # Xvfb, and openbox managing windows
    kiosk = None
    try:
        env = session.app_env(tmp_path)
        data_home = tmp_path / "data"  # XDG_DATA_HOME: the kiosk logs under it
        setpin = subprocess.run([sys.executable, "-m", "etown_desktop", "kiosk", "--set-pin"], env=env,
                                input="2468\n", capture_output=True, text=True, timeout=60)
        assert setpin.returncode == 0, setpin.stderr
        kiosk = subprocess.Popen([sys.executable, "-m", "etown_desktop", "kiosk", "--no-supervisor"],
                                 env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wid = session.wait_window(kiosk.pid, name="")  # visible and managed by the window manager
        assert wid, "the kiosk window never appeared"
        wait_until(lambda: _geometry(env, wid) == (0, 0, *SCREEN), timeout=30,
                   message=lambda: f"the kiosk does not cover the screen: {_geometry(env, wid)}")

        def handled(send) -> None:
            """Send something, then a window-manager close request the kiosk logs as refused:
            X events reach the app in order, so once the refusal is logged, what was sent
            before it has been handled — and the kiosk is still there to log it."""
            before = _refusals(data_home)
            send()
            _run(["wmctrl", "-i", "-c", wid], env)  # what the title bar's close button asks
            wait_until(lambda: _refusals(data_home) > before or kiosk.poll() is not None, timeout=30,
                       message="the kiosk never answered the close request")
            assert kiosk.poll() is None, f"the kiosk ended (exit {kiosk.returncode})"

        for keys in (["ctrl+q"], ["alt+F4"], ["Escape"]):
            def press(keys=keys) -> None:
                _run(["xdotool", "windowfocus", "--sync", wid], env)
                _run(["xdotool", "key", *keys], env)
            handled(press)
        handled(lambda: None)  # the window manager's close request alone
        assert _geometry(env, wid) == (0, 0, *SCREEN)
        # a key the kiosk does act on still reaches it: the window is alive, not just a process
        handled(lambda: (_run(["xdotool", "windowfocus", "--sync", wid], env),
                         _run(["xdotool", "key", "Right"], env)))
    finally:
        if kiosk is not None:
            kiosk.kill()
            kiosk.wait()
        session.close()
    err = kiosk.stderr.read() if kiosk.stderr else ""
    assert "Traceback" not in err, err[-2000:]
