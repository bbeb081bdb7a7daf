"""Real keys on a real window (Xvfb + openbox + xdotool): Ctrl+K opens the search, typing an alias
and Enter open the zone profile, Esc closes the search and gives focus back."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from required_tools import require_tool
from state_loop import HelperApp
from x_session import XSession

pytestmark = pytest.mark.xvfb

HELPER = Path(__file__).with_name("search_app.py")


@pytest.fixture
def desktop(tmp_path):
    require_tool("xdotool")  # real key presses
    session = XSession(tmp_path)  # Xvfb and openbox
    yield session
    session.close()


def test_ctrl_k_enter_and_esc_with_real_keys(desktop, tmp_path):
    env = desktop.app_env(tmp_path)
    app = HelperApp(HELPER, tmp_path / "state.json", env)
    try:
        wid = app.wait_ready()

        def keys(*args: str) -> None:
            subprocess.run(["xdotool", "windowfocus", "--sync", wid], env=env, check=True, timeout=10)
            subprocess.run(["xdotool", *args], env=env, check=True, timeout=10)

        app.wait_state(lambda s: s["focus"] == "figureSearch")
        keys("key", "ctrl+k")
        app.wait_state(lambda s: s["popup"] and s["focus"] == "searchEdit")
        subprocess.run(["xdotool", "type", "--delay", "60", "Yizhuang"], env=env, check=True, timeout=10)
        app.wait_state(lambda s: s["query"] == "Yizhuang")
        subprocess.run(["xdotool", "key", "Return"], env=env, check=True, timeout=10)
        state = app.wait_state(lambda s: not s["popup"] and s["tab"] == "profiles")
        assert state["profile"] == "zone"

        keys("key", "ctrl+f")  # the all-figures search box has the focus …
        app.wait_state(lambda s: s["tab"] == "sources" and s["focus"] == "figureSearch")
        keys("key", "ctrl+k")
        app.wait_state(lambda s: s["popup"] and s["focus"] == "searchEdit")
        subprocess.run(["xdotool", "key", "Escape"], env=env, check=True, timeout=10)
        # … and gets it back when Esc closes the search
        app.wait_state(lambda s: not s["popup"] and s["focus"] == "figureSearch")
    finally:
        app.stop(timeout=10)
