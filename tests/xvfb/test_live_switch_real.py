"""A live text-size switch with real keys on a real window (Xvfb + openbox + xdotool): Ctrl+= and
Ctrl+0 on the overview, then on another tab. A switch drops the built tab pages before Qt restyles
the window and rebuilds the one shown at once (ui/language/window_retranslator.py), under a wait
cursor (ui/busy): each press gives a new page whose cards show their values at the new size, the
wait cursor is gone afterwards, the keys keep working, and the screen shows the page."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest
from PIL import Image
from state_loop import HelperApp

pytestmark = pytest.mark.xvfb

HELPER = Path(__file__).with_name("switch_app.py")


def test_text_size_keys_rebuild_the_shown_page_at_the_new_size(laptop_desktop, tmp_path):
    env = laptop_desktop.app_env(tmp_path)
    app = HelperApp(HELPER, tmp_path / "state.json", env)
    try:
        wid = app.wait_ready()

        def key(name: str) -> None:
            subprocess.run(["xdotool", "key", name], env=env, check=True, timeout=20)

        subprocess.run(["xdotool", "windowfocus", "--sync", wid], env=env, check=True, timeout=20)
        start = app.wait_state(lambda s: s["tab"] == "overview" and s["cards"] > 0
                               and s["focus_class"] == "QTabBar", "the overview, focus on the tab bar")
        assert start["percent"] == 100

        key("ctrl+equal")  # View → Text size → Larger
        larger = app.wait_state(lambda s: s["percent"] > 100 and s["cards"] > 0, "a larger text size")
        assert larger["page"] != start["page"]  # the page was rebuilt …
        assert larger["value_pt"] > start["value_pt"]  # … with its values at the new size
        assert not app.wait_state(lambda s: not s["wait_cursor"], "the wait cursor gone")["wait_cursor"]

        key("ctrl+0")  # Default size
        back = app.wait_state(lambda s: s["percent"] == 100 and s["cards"] > 0, "the default size")
        assert back["value_pt"] == start["value_pt"] and back["page"] != larger["page"]

        key("ctrl+2")  # another tab, built before the switches: rebuilt when shown
        clusters = app.wait_state(lambda s: s["tab"] == "clusters" and s["cards"] > 0, "the clusters tab")
        key("ctrl+equal")
        again = app.wait_state(lambda s: s["tab"] == "clusters" and s["percent"] > 100
                               and s["cards"] > 0 and not s["wait_cursor"], "clusters at a larger size")
        assert again["page"] != clusters["page"] and again["value_pt"] > clusters["value_pt"]

        time.sleep(0.5)  # the rebuilt page painted
        shot = app.grab_screen(tmp_path / "after.png")
        image = Image.open(shot).convert("RGB")
        assert image.size == (1366, 768)
        colours = image.crop((0, 100, 900, 700)).getcolors(maxcolors=1 << 16)
        assert colours is None or len(colours) > 20  # a drawn page, not an empty area
    finally:
        app.stop()
