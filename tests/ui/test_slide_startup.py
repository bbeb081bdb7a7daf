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
from PySide6.QtCore import Qt

PROBE = Path(__file__).with_name("slide_probe.py")

# Classes the first slide does not use, by one enum of each: QStyle (the style sheet style handed
# to an application-wide filter), QAbstractSlider and QScroller (a text browser's scroll bars and
# touch scrolling), QGraphicsItem and QWizard (every widget class resolved at once).
NOT_BEFORE_THE_SLIDE = {"PixelMetric", "PrimitiveElement", "SliderAction", "ScrollerGestureType",
                        "GraphicsItemChange", "WizardOption",
                        # QAccessible (roles set as ints, its factory installed after the paint,
                        # no announcement event without an assistive technology) and QIcon (a
                        # push button made with its text resolves it): ~26 M instructions.
                        "Role", "AnnouncementPoliteness", "ThemeIcon",
                        "RenderHint"}  # QPainter: a chart's focus ring only


# The ``Qt`` namespace, by enums any of its uses would build with it.
QT_NAMESPACE = {"AlignmentFlag", "Key", "WindowType", "CursorShape", "FocusPolicy", "WidgetAttribute"}


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
    assert "ColorRole" in built  # the hook sees the enums that are built
    assert not built & NOT_BEFORE_THE_SLIDE
    # Nor PySide6's ``Qt`` namespace (93 enums, ~110 M instructions): widget attributes, cursors,
    # focus policies and window flags are set without it (ui/lean_start).
    assert not built & QT_NAMESPACE
    assert first["slide_visible"]
    # The first slide's type was set once, for the size it is shown at (not first for a hidden
    # deck's guessed size: fonts loaded at sizes never drawn).
    assert len(report["scaled_before_paint"]) == 1
    # No log file handler, lead store, PIN pad, contact form or platformdirs (the folders are
    # found without it on Linux: core/user_folders.py) yet.
    loaded = first["loaded"] if sys.platform.startswith("linux") else [
        m for m in first["loaded"] if m != "platformdirs"]
    assert loaded == []
    assert first["parsers_built"] == 0  # the command line read without argparse (app/event_args.py)
    # The slide's figures, units, sources and edition are records not yet compiled as
    # dataclasses (core/lazy_record.hold; ~25 M instructions).
    assert first["records_made"] == []
    assert not first["gc_enabled"]  # the cyclic collector waits for the slide (app/startup_gc.py)
    # The swipe filter (and the kiosk's idle watcher) watch from the slide's first paint: on the
    # window's widgets before it, the show, layout and paint of the slide went through them
    # (~10 M instructions for the kiosk); nobody touches a slide that is not on screen yet.
    assert first["input_filters_on_app"] is False and first["events_filtered"] == 0
    # The kiosk's "Still there?" prompt is built once the slide is painted (first asked after
    # the idle time, 90 s by default).
    assert first["still_there_built"] is (False if mode == "kiosk" else None)

    later = report["later"]  # what the show does once the slide is on screen
    assert later["input_filters_on_app"] is True
    assert later["still_there_built"] is (True if mode == "kiosk" else None)
    assert later["gc_on_event_loop"] and not later["gc_enabled"]  # back, between events only
    assert "RotatingFileHandler" in later["handlers"]
    assert 256 in later["window_icon_sizes"]  # the app icon, set once the slide was painted
    widgets = later["widgets"]  # what was set without the namespace is what the show needs
    assert widgets["text_mouse_transparent"] and widgets["slide_styled"]
    assert widgets["text_interaction"] == Qt.TextInteractionFlag.NoTextInteraction.value
    assert widgets["card_cursor"] == Qt.CursorShape.PointingHandCursor.value
    assert widgets["card_focus"] == Qt.FocusPolicy.TabFocus.value
    from PySide6.QtGui import QAccessible

    assert widgets["card_role"] == QAccessible.Role.Button.value  # a screen reader's button
    assert widgets["window_focus"] == Qt.FocusPolicy.StrongFocus.value
    if mode == "present":
        assert widgets["window_cursor"] == Qt.CursorShape.BlankCursor.value
        assert widgets["window_flags"] & Qt.WindowType.WindowType_Mask.value == Qt.WindowType.Window.value
    if mode == "kiosk":  # locked down: frameless, above every other window
        lockdown = (Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                    | Qt.WindowType.WindowStaysOnTopHint).value
        assert widgets["window_flags"] & lockdown == lockdown
        still = widgets["still_there"]
        assert still["styled"] and still["touch"] and widgets["backdrop_styled"]
        assert still["focus"] == Qt.FocusPolicy.StrongFocus.value
        assert still["button_focus"] == widgets["bar_focus"] == Qt.FocusPolicy.NoFocus.value
        assert still["button_alignment"] == Qt.AlignmentFlag.AlignHCenter.value
        assert still["title_alignment"] == Qt.AlignmentFlag.AlignCenter.value
    if mode == "kiosk":
        assert first["source_text_built"] is False and later["source_text_built"] is True
        # The idle watcher sees input on a widget made after the first paint: it watches every
        # widget of the application from then on.
        assert later["late_click_seen"] is True


def test_a_show_spares_pyside6s_source_scan_from_its_first_qt_import(tmp_path):
    """PySide6 reads the source of every module imported after it (ui/feature_scan.py): a show
    turns that off as soon as PySide6 is imported (with the settings), before its own modules —
    here ``kiosk --set-pin``, which ends before the show would."""
    code = ("import sys\n"
            "from etown_desktop.app.cli import main\n"
            "main(['kiosk', '--set-pin'])\n"
            "from etown_desktop.ui import feature_scan\n"
            "feature = sys.modules.get('shibokensupport.feature') or sys.modules.get('PySide6.support.feature')\n"
            "print('SKIPPED', feature is None or feature._mod_uses_pyside is feature_scan._uses_pyside)\n")
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    src = Path(__file__).resolve().parents[2] / "src"
    if "PYTHONPATH" in env:
        env["PYTHONPATH"] = os.pathsep.join([env["PYTHONPATH"], str(src)])
    result = subprocess.run([sys.executable, "-c", code], env=env, input="2468\n", capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "SKIPPED True" in result.stdout
