"""pyqtgraph's Qt mirrors are filled on first use (ui/warmup/lazy_qt.py): the warm-up no longer
makes every PySide6 class (each with its enums), pyqtgraph still gets PySide6's own classes, and
no QtCore / QtGui / QtWidgets class is made on the worker thread that imports pyqtgraph (the
classes its import takes are made on the GUI thread first: ``PYQTGRAPH_IMPORT_NAMES``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def _probe() -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, str(Path(__file__).with_name("lazy_qt_probe.py"))],
                         capture_output=True, text=True, env=env, timeout=120, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_warm_up_makes_only_the_qt_classes_used_and_none_off_the_gui_thread():
    result = _probe()
    assert result["mirror_type"] == "_LazyMirror"
    assert result["same_class"] and result["qt_version"]
    assert result["missing_name_raises"]
    assert result["pg_plot"] == "PlotItem"
    # a class nothing uses is not made by the warm-up (it was, with every other one)
    assert result["wizard_made"] is False
    assert result["wizard_through_mirror"]
    # pyqtgraph's import on the worker thread made no class of the three modules it mirrors
    # (the test and OpenGL modules it imports there itself are made there, as before)
    made_there = [e for e in result["off_thread"]
                  if e.split(":")[0] in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")]
    assert made_there == [], f"add their classes to plan.PYQTGRAPH_IMPORT_NAMES: {made_there}"
