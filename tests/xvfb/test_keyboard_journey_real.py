"""The keyboard-only journey with real keys on a real window (Xvfb + openbox + xdotool), no mouse:
Ctrl+K, "BDA", Enter opens the zone; Ctrl+1, Tab to the first chart, Right to its first bar (the
source panel shows it); Ctrl+B adds it to the brief; F6 to the brief, Tab to "Export ZIP…", Space;
the save dialog is answered with keys. The ZIP the app wrote holds the bar's figure; a grab of the
screen at the end shows the focus ring on the chart and the bar's outline."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import time
import zipfile
from pathlib import Path

import pytest
from state_loop import HelperApp
from waiting import wait_until

pytestmark = pytest.mark.xvfb

HELPER = Path(__file__).with_name("keyboard_app.py")
SHOT = os.environ.get("ETOWN_KEYBOARD_SHOT")  # keep the final screen grab here (to look at it)


def test_the_keyboard_journey_with_real_keys(laptop_desktop, tmp_path):
    env = laptop_desktop.app_env(tmp_path)
    out = tmp_path / "exports" / "brief-keys.zip"
    out.parent.mkdir()
    app = HelperApp(HELPER, tmp_path / "state.json", env)
    try:
        wid = app.wait_ready()

        def xdo(*args: str) -> None:
            subprocess.run(["xdotool", *args], env=env, check=True, timeout=20)

        def key(name: str) -> None:
            xdo("key", name)

        def key_until(name: str, check, limit: int = 40) -> dict:
            for _ in range(limit):
                key(name)
                time.sleep(0.15)
                state = app.wait_state(lambda s: True)
                if check(state):
                    return state
            raise AssertionError(f"{name} never reached it: {app.state()}")

        xdo("windowfocus", "--sync", wid)  # the window manager gives the window the focus once
        app.wait_state(lambda s: s["tab"] == "overview" and s["focus_class"] == "QTabBar")

        # the search: Ctrl+K, type BDA, Enter
        key("ctrl+k")
        app.wait_state(lambda s: s["popup"] and s["focus"] == "searchEdit")
        xdo("type", "--delay", "80", "BDA")
        app.wait_state(lambda s: s["query"] == "BDA")
        key("Return")
        state = app.wait_state(lambda s: not s["popup"] and s["tab"] == "profiles")
        assert state["profile"] == "zone"
        app.wait_state(lambda s: s["pane"] == "content")  # the focus is on the result

        # a chart bar: Ctrl+1, Tab to the first chart, Right
        key("ctrl+1")
        app.wait_state(lambda s: s["tab"] == "overview")
        if app.state().get("pane") != "content":
            key_until("F6", lambda s: s["pane"] == "content", limit=3)
        key_until("Tab", lambda s: s["focus_class"] == "PlotWidget")
        key("Right")
        state = app.wait_state(lambda s: s["bar"] == "F041")
        assert state["source_figure"] == "F041"  # the source panel shows the bar's provenance

        # Ctrl+B: into the brief
        key("ctrl+b")
        app.wait_state(lambda s: s["brief"] == ["F041"])

        # F6 to the brief, Tab to Export ZIP…, Space: the save dialog, answered with keys
        key_until("F6", lambda s: s["pane"] == "brief", limit=3)
        key_until("Tab", lambda s: s["focus_text"] == "Export ZIP…")
        key("space")
        app.wait_state(lambda s: s["save_dialog"] and s["focus"] == "fileNameEdit")
        key("ctrl+a")
        xdo("type", "--delay", "20", str(out))
        key("Return")
        wait_until(out.exists, timeout=30, interval=0.2, message="the brief was not exported")
        app.wait_state(lambda s: not s["save_dialog"] and "brief-keys.zip" in s["announced"])

        # back to the chart: F6 to the page, Tab to the chart; its ring and the bar's outline show
        key_until("F6", lambda s: s["pane"] == "content", limit=3)
        key_until("Tab", lambda s: s["focus_class"] == "PlotWidget" and s["bar"] == "F041")
        time.sleep(0.5)
        shot = app.grab_screen(Path(SHOT) if SHOT else tmp_path / "keyboard-journey.png")
        assert shot.stat().st_size > 10_000
    finally:
        app.stop(timeout=15)

    with zipfile.ZipFile(out) as pack:
        rows = list(csv.DictReader(io.StringIO(pack.read("tables/brief_figures_en.csv").decode("utf-8-sig"))))
    assert [(r["ID"], r["As stated"], r["Period"], r["Source"]) for r in rows] == [
        ("F041", "more than ¥200 bn", "2012", "S3")]
