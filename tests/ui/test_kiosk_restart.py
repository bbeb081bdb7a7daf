"""The real supervisor: a kiosk killed by a signal is started again; three crashes within a minute
stop the restarts and put the crash message on screen (offscreen, real processes)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from waiting import wait_until

pytestmark = pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the child")


def _children(pid: int) -> dict[int, str]:
    out = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            out[int(entry.name)] = cmd
    return out


def _wait_child(pid: int, flag: str, exclude: set[int], deadline: float) -> int:
    def found() -> int | None:
        return next((c for c, cmd in _children(pid).items() if flag in cmd and c not in exclude), None)

    return wait_until(found, timeout=max(0.0, deadline - time.monotonic()), interval=0.1,
                      message=f"no child with {flag}")


def _kiosks_started(data_home: Path) -> int:
    """How many kiosk windows have come up so far (each logs it once on screen)."""
    return sum(p.read_text(encoding="utf-8", errors="replace").count("Kiosk started on")
               for p in data_home.rglob("*.log"))


def test_crashed_kiosk_is_restarted_then_a_crash_loop_stops(tmp_path):
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               QT_QPA_PLATFORM="offscreen")
    env.pop("ETOWN_DESKTOP_DATA_HOME", None)  # the data folder in XDG_DATA_HOME, as for a user
    subprocess.run([sys.executable, "-m", "etown_desktop", "kiosk", "--set-pin"], input="2468\n",
                   env=env, check=True, capture_output=True, text=True, timeout=60)
    sup = subprocess.Popen([sys.executable, "-m", "etown_desktop", "kiosk", "--idle", "30"], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seen: set[int] = set()
    try:
        for started in range(1, 4):
            child = _wait_child(sup.pid, "--no-supervisor --idle", seen, time.monotonic() + 60)
            seen.add(child)
            wait_until(lambda: _kiosks_started(tmp_path / "data") >= started or sup.poll() is not None,
                       timeout=60, message="the kiosk never came up")  # crashed once it is running
            assert sup.poll() is None
            os.kill(child, signal.SIGSEGV)
        message = _wait_child(sup.pid, "--crash-message", set(), time.monotonic() + 60)
        assert len(seen) == 3  # started, restarted twice
        os.kill(message, signal.SIGTERM)
        assert sup.wait(timeout=30) == 4  # the crash loop's exit code
    finally:
        if sup.poll() is None:
            sup.kill()
            sup.wait()
    err = sup.stderr.read()
    assert err.count("stopped unexpectedly") == 3 and "Crash loop" in err
    logs = list((tmp_path / "data").rglob("etown-desktop.log"))
    assert logs and any("Crash loop" in p.read_text() for p in logs)
