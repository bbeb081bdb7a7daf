"""XSession.wait_app_window: waits while the app works, fails at once when it exits and when it
sits idle without a window (instead of a fixed 60 s that a slow start under load can exceed)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from x_session import XSession, cpu_ticks, stop

pytestmark = pytest.mark.xvfb


def test_cpu_ticks_grow_while_a_process_works():
    busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        first = cpu_ticks(busy.pid)
        assert first >= 0
        import time

        deadline = time.monotonic() + 10
        while cpu_ticks(busy.pid) == first and time.monotonic() < deadline:
            time.sleep(0.05)
        assert cpu_ticks(busy.pid) > first
    finally:
        stop(busy)
    assert cpu_ticks(busy.pid) == -1  # gone


@pytest.mark.timeout(60)
def test_an_exited_or_idle_app_fails_fast_with_the_reason(tmp_path):
    session = XSession(tmp_path)
    try:
        gone = subprocess.Popen([sys.executable, "-c", "import sys; sys.exit(3)"], env=session.env())
        with pytest.raises(AssertionError, match="exited with 3"):
            session.wait_app_window(gone, "E-Town", stderr=lambda: "app stderr tail")
        idle = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"], env=session.env())
        try:
            with pytest.raises(AssertionError, match="idle for 1 s") as info:
                session.wait_app_window(idle, "E-Town", stall=1)
            assert "window manager running: True" in str(info.value)
        finally:
            stop(idle)
    finally:
        session.close()
