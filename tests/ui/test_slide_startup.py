"""The first slide of ``present`` and ``kiosk`` through the real entry point: what it waits for.

Runs the show in a fresh process (offscreen, tests/ui/slide_probe.py) so that the enums PySide6
built and ``sys.modules`` show what the first slide really resolved and loaded (issue 22)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("slide_probe.py")

# Classes the first slide does not use, by one enum of each: QStyle (the style sheet style handed
# to an application-wide filter), QAbstractSlider and QScroller (a text browser's scroll bars and
# touch scrolling), QGraphicsItem and QWizard (every widget class resolved at once).
NOT_BEFORE_THE_SLIDE = {"PixelMetric", "PrimitiveElement", "SliderAction", "ScrollerGestureType",
                        "GraphicsItemChange", "WizardOption"}


def run_probe(tmp_path: Path, mode: str) -> dict:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    src = Path(__file__).resolve().parents[2] / "src"
    if "PYTHONPATH" in env:  # development runs; an installed package needs nothing
        env["PYTHONPATH"] = os.pathsep.join([env["PYTHONPATH"], str(src)])
    result = subprocess.run([sys.executable, str(PROBE), mode], env=env, capture_output=True,
                            text=True, timeout=90, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("REPORT "))
    return json.loads(line.removeprefix("REPORT "))


@pytest.mark.parametrize("mode", ["present", "kiosk"])
def test_the_first_slide_is_painted_before_the_work_it_does_not_need(tmp_path, repo, mode):
    report = run_probe(tmp_path, mode)
    first = report["first_paint"]
    built = set(first["enums"])
    assert "AlignmentFlag" in built  # the hook sees the enums that are built
    assert not built & NOT_BEFORE_THE_SLIDE
    assert first["slide_visible"]
    assert first["loaded"] == []  # no log file handler, lead store, PIN pad or contact form yet
    assert not first["gc_enabled"]  # the cyclic collector waits for the slide (app/startup_gc.py)

    later = report["later"]  # what the show does once the slide is on screen
    assert later["gc_enabled"]
    assert "RotatingFileHandler" in later["handlers"]
    if mode == "kiosk":
        assert first["source_text_built"] is False and later["source_text_built"] is True
        # The idle watcher sees input on a widget made after the first paint: it watches every
        # widget of the application from then on.
        assert later["late_click_seen"] is True
