"""The real startup path: the first paint comes before the database, the log file and the exports.

Runs the app's own ``run_gui`` in a fresh process (offscreen) so that ``sys.modules`` shows what
the first screen really loaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from etown_desktop.core.repository import Repository
from etown_desktop.ui.tabs import TAB_REGISTRY

PROBE = Path(__file__).with_name("startup_probe.py")


def run_probe(tmp_path: Path, **env_overrides: str) -> dict:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    env.update(env_overrides)
    src = Path(__file__).resolve().parents[2] / "src"
    if "PYTHONPATH" in env:  # development runs; an installed package needs nothing
        env["PYTHONPATH"] = os.pathsep.join([env["PYTHONPATH"], str(src)])
    result = subprocess.run([sys.executable, str(PROBE)], env=env, capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("REPORT "))
    return json.loads(line.removeprefix("REPORT "))


def test_first_paint_shows_the_real_window_before_the_database_and_exports(tmp_path, repo: Repository):
    report = run_probe(tmp_path)
    first = report["first_paint"]
    assert first["loaded"] == []  # nothing heavy or deferrable was imported before the paint
    assert len(first["menus"]) == 3 and first["tabs"] == len(TAB_REGISTRY)
    assert first["page_visible"] and first["placeholder"]  # a visible "Loading…" page
    assert first["dock_visible"] and first["dock_right"]
    assert not first["has_repo"] and not first["has_exports"]
    assert not first["gc_enabled"]  # the cyclic collector waits for the start (app/startup_gc.py)
    # Classes the first screen does not use are not resolved before it is painted (issue 22:
    # resolving one builds its enums): QStyle, QGraphicsView, QScroller, the spin box and combo
    # box classes and QLineEdit (their enums, in that order).
    built = set(first["enums"])
    assert "PaintDeviceMetric" in built  # the hook sees the enums that are built (QWidget's)
    # Nor the Qt namespace (93 enums, ~120 M instructions; ui/lean_start): no Qt.Key, Qt.AlignmentFlag…
    assert not built & {"Key", "AlignmentFlag", "DockWidgetArea", "ColorScheme", "ConnectionType"}
    assert not built & {"PixelMetric", "StandardPixmap", "DragMode", "ViewportAnchor",
                        "ScrollerGestureType", "ButtonSymbols", "InsertPolicy", "EchoMode"}
    # The source panel comes right after the paint (ui/provenance_dock): no text document or text
    # edit class yet; nor QMetaMethod (a timer given a context object resolves it).
    assert not built & {"MetaInformation", "MarkdownFeature", "LineWrapMode", "MethodType"}

    ready = report["ready"]
    assert ready["loaded"] == []  # every tab built, and still no office format or PyNaCl loaded
    assert ready["has_exports"]
    # and is back once every tab is built, run from the event loop only (ui/event_loop_gc.py)
    assert ready["gc_on_event_loop"] and not ready["gc_enabled"]
    assert repo.metadata.edition in ready["status"]
    assert "RotatingFileHandler" in ready["handlers"] and "EarlyLogBuffer" not in ready["handlers"]
    # Records logged before the log file existed were written to it, in order.
    text = ready["log_text"]
    assert "Starting E-Town Investor Desktop" in text and "Log file:" in text
    assert text.index("Starting E-Town Investor Desktop") < text.index("Log file:")
    assert report["code"] == 0 and report["critical"] == []


def test_a_database_that_cannot_be_opened_is_reported_and_the_app_exits(tmp_path):
    report = run_probe(tmp_path, ETOWN_DESKTOP_DB=str(tmp_path / "missing.db"))
    assert report["code"] == 1
    assert len(report["critical"]) == 1 and "missing.db" in report["critical"][0]
    assert report["first_paint"]["tabs"] == len(TAB_REGISTRY)  # the window was up; the message is its child
    assert "ready" not in report
