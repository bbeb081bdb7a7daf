"""Real keys on a real window (Xvfb + openbox + xdotool): Ctrl+K opens the search, typing an alias
and Enter open the zone profile, Esc closes the search and gives focus back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from required_tools import require_tool
from waiting import wait_until
from x_session import XSession

pytestmark = pytest.mark.xvfb

HELPER = Path(__file__).with_name("search_app.py")


@pytest.fixture
def desktop(tmp_path):
    require_tool("xdotool")  # real key presses
    session = XSession(tmp_path)  # Xvfb and openbox
    yield session.env()
    session.close()


def _wait_state(path: Path, check, timeout: float = 10.0) -> dict:
    last: dict = {}

    def matched() -> dict | None:
        nonlocal last
        try:
            last = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        except ValueError:
            last = {}
        return last if last and check(last) else None

    return wait_until(matched, timeout=timeout, interval=0.1, message=lambda: f"state never matched: {last}")


def test_ctrl_k_enter_and_esc_with_real_keys(desktop, tmp_path):
    env = dict(desktop, QT_QPA_PLATFORM="xcb", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_RUNTIME_DIR=str(tmp_path / "runtime"))
    (tmp_path / "runtime").mkdir(mode=0o700)
    src = Path(__file__).resolve().parents[2] / "src"
    if "PYTHONPATH" in env:
        env["PYTHONPATH"] = os.pathsep.join([env["PYTHONPATH"], str(src)])
    state_file = tmp_path / "state.json"
    app = subprocess.Popen([sys.executable, str(HELPER), str(state_file)], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = ""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not line.startswith("READY"):
            line = app.stdout.readline()
            if not line and app.poll() is not None:
                raise AssertionError(f"app exited: {app.stderr.read()[-3000:]}")
        wid = line.split()[1]

        def keys(*args: str) -> None:
            subprocess.run(["xdotool", "windowfocus", "--sync", wid], env=env, check=True, timeout=10)
            subprocess.run(["xdotool", *args], env=env, check=True, timeout=10)

        _wait_state(state_file, lambda s: s["focus"] == "figureSearch")
        keys("key", "ctrl+k")
        _wait_state(state_file, lambda s: s["popup"] and s["focus"] == "searchEdit")
        subprocess.run(["xdotool", "type", "--delay", "60", "Yizhuang"], env=env, check=True, timeout=10)
        _wait_state(state_file, lambda s: s["query"] == "Yizhuang")
        subprocess.run(["xdotool", "key", "Return"], env=env, check=True, timeout=10)
        state = _wait_state(state_file, lambda s: not s["popup"] and s["tab"] == "profiles")
        assert state["profile"] == "zone"

        keys("key", "ctrl+f")  # the all-figures search box has the focus …
        _wait_state(state_file, lambda s: s["tab"] == "sources" and s["focus"] == "figureSearch")
        keys("key", "ctrl+k")
        _wait_state(state_file, lambda s: s["popup"] and s["focus"] == "searchEdit")
        subprocess.run(["xdotool", "key", "Escape"], env=env, check=True, timeout=10)
        # … and gets it back when Esc closes the search
        _wait_state(state_file, lambda s: not s["popup"] and s["focus"] == "figureSearch")
    finally:
        state_file.with_suffix(".stop").write_text("", encoding="utf-8")
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
