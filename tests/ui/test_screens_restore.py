"""A window saved on a projector comes back inside the laptop screen once the projector is gone.

Two processes with the offscreen platform's screen layouts (GUIDE: two screens via configfile):
the first has a 1366x768 laptop and a 1920x1080 projector to its right and saves the window on the
projector; the second has only the laptop and restores the settings.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).with_name("screens_probe.py")
LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96,
          "logicalBaseDpi": 96, "dpr": 1}
PROJECTOR = {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
             "logicalBaseDpi": 96, "dpr": 1}


def _run(tmp_path: Path, screens: list[dict], *args: str) -> tuple[list[int], list[list[int]]]:
    config = tmp_path / f"screens{len(screens)}.json"
    config.write_text(json.dumps({"screens": screens}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    result = subprocess.run([sys.executable, str(PROBE), *args], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    line = result.stdout.strip().splitlines()[-1]
    geometry, screen_list = line.split(" | ")
    return ([int(v) for v in geometry.split()],
            [[int(v) for v in s.split(",")] for s in screen_list.split(";")])


def test_window_saved_on_a_disconnected_projector_returns_to_the_laptop(tmp_path):
    ini = str(tmp_path / "settings.ini")
    saved, screens = _run(tmp_path, [LAPTOP, PROJECTOR], "save", ini, "1500", "60", "1800", "1000")
    assert len(screens) == 2
    assert saved[0] >= 1366  # really on the projector
    restored, screens = _run(tmp_path, [LAPTOP], "load", ini)
    assert len(screens) == 1
    x, y, w, h = restored
    assert 0 <= x and 0 <= y and x + w <= 1366 and y + h <= 768, restored
