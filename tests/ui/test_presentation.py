"""Presentation mode: presenter controls, auto-advance, type sizes, the presenter view on two screens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from etown_desktop.core.stories.store import load_stories
from etown_desktop.ui.presentation import slide_style as st
from etown_desktop.ui.presentation.presentation import Presentation
from etown_desktop.ui.presentation.slide_deck import SlideDeck


def _key(widget, key, text=""):
    QTest.keyClick(widget, key)


def test_presenter_keys(presentation):
    w, c = presentation.audience, presentation.controller
    for key, expected in ((Qt.Key.Key_Right, 1), (Qt.Key.Key_PageDown, 2), (Qt.Key.Key_Space, 3),
                          (Qt.Key.Key_Left, 2), (Qt.Key.Key_PageUp, 1), (Qt.Key.Key_Backspace, 0),
                          (Qt.Key.Key_End, presentation.deck.count - 1), (Qt.Key.Key_Home, 0)):
        QTest.keyClick(w, key)
        assert c.index == expected, key
    QTest.keyClick(w, Qt.Key.Key_Left)  # no wrap before the first slide
    assert c.index == 0
    QTest.keyClicks(w, "7")
    QTest.keyClick(w, Qt.Key.Key_Return)
    assert c.index == 6
    QTest.keyClick(w, Qt.Key.Key_B)
    assert presentation.deck.currentWidget().objectName() == "blackScreen"
    QTest.keyClick(w, Qt.Key.Key_B)
    assert presentation.deck.currentWidget() is presentation.deck.slide(6)
    QTest.keyClick(w, Qt.Key.Key_Period)
    assert presentation.deck.blacked_out
    QTest.keyClick(w, Qt.Key.Key_Right)  # any move ends the black screen
    assert not presentation.deck.blacked_out and c.index == 7


def test_wheel_and_swipe(presentation):
    c = presentation.controller
    c.handle_wheel(-120)
    assert c.index == 1
    c.handle_wheel(120)
    assert c.index == 0
    assert c.handle_swipe(-200, 10) and c.index == 1
    assert not c.handle_swipe(-20, 0) and c.index == 1  # a tap, not a swipe
    w = presentation.audience
    w.resize(1200, 700)
    QTest.mousePress(w, Qt.MouseButton.LeftButton, pos=QPoint(900, 300))
    QTest.mouseRelease(w, Qt.MouseButton.LeftButton, pos=QPoint(300, 310))
    assert c.index == 2


def test_escape_leaves(presentation, qtbot):
    with qtbot.waitSignal(presentation.finished, timeout=1000):
        QTest.keyClick(presentation.audience, Qt.Key.Key_Escape)
    assert not presentation.audience.isVisible()


def test_interval_auto_advances_and_loops(qtbot, repo, story, settings_dir):
    p = Presentation(repo, story, "en", interval_s=12)
    qtbot.addWidget(p.audience)
    p.start()
    assert p.controller.timer.isActive() and p.controller.timer.interval() == 12000
    for _ in range(p.deck.count - 1):
        p.controller.timer.timeout.emit()  # no real waiting
    assert p.controller.index == p.deck.count - 1
    p.controller.timer.timeout.emit()
    assert p.controller.index == 0
    p.stop()


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_type_is_readable_from_afar(qtbot, repo, story, size):
    deck = SlideDeck(repo, story, "en")
    qtbot.addWidget(deck)
    deck.resize(*size)
    deck.show()
    deck.go_to(0)
    slide = deck.current_slide()
    slide.prepare(deck.size())
    h = size[1]
    values = [card.value_label.font().pixelSize() for card in slide.cards]
    assert values and min(values) >= round(72 * h / 1080)
    body = [card.label_label.font().pixelSize() for card in slide.cards]
    assert min(body) >= round(28 * h / 1080)
    assert st.scaled(st.VALUE_PX, 1080) >= 72 and st.scaled(st.BODY_PX, 1080) >= 28
    texts = " ".join(slide.visible_texts())
    assert "Source" in texts and repo.metadata.edition in texts


def test_every_slide_shows_source_and_edition(qtbot, repo):
    for story in load_stories(repo.path):
        for lang in ("en", "zh"):
            deck = SlideDeck(repo, story, lang, preload=False)
            qtbot.addWidget(deck)
            deck.resize(1366, 768)
            for i in range(deck.count):
                slide = deck.slide(i)
                texts = " ".join(slide.visible_texts())
                assert repo.metadata.edition in texts
                if slide.chart is None and slide.content.kind != "sources":
                    assert ("Source" in texts) or ("来源" in texts), (story.id, i)


TWO_SCREENS = {"screens": [
    {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96,
     "logicalBaseDpi": 96, "dpr": 1},
    {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
     "logicalBaseDpi": 96, "dpr": 1}]}

PROBE = r"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from etown_desktop.core.repository import Repository
from etown_desktop.core.stories.store import find_story, load_stories
from etown_desktop.ui.presentation.presentation import Presentation
repo = Repository()
story = find_story(load_stories(repo.path), "zone")
screen = None if sys.argv[1] == "-" else int(sys.argv[1])
p = Presentation(repo, story, "en", screen_index=screen)
p.start()
app.processEvents()
out = [p.audience.screen().name(), p.audience.isFullScreen(),
       p.presenter.screen().name() if p.presenter else None]
if p.presenter:
    p.controller.next(); p.controller.next()
    app.processEvents()
    pv = p.presenter
    out += [pv.current.index, pv.next.index, pv.note_label.text() == p.deck.content(2).note,
            "paragraph" in pv.provenance.toPlainText(), pv.elapsed_label.text()]
    p.controller.go_to(p.deck.count - 1)
    out += [pv.next.blacked_out]
    # the projector is unplugged: the show moves to the laptop, the presenter view closes
    from PySide6.QtGui import QGuiApplication
    real = QGuiApplication.screens
    laptop = [s for s in real() if s.name() == "laptop"]
    QGuiApplication.screens = staticmethod(lambda: laptop)
    p._screens_changed(None)
    out += [p.audience.screen().name(), p.presenter is None]
    QGuiApplication.screens = real  # plugged in again
    p._screens_changed(None)
    app.processEvents()
    out += [p.presenter is not None and p.presenter.isVisible()]
print(repr(out))
p.stop()
"""


@pytest.mark.parametrize("screen, audience, presenter", [("-", "projector", "laptop"),
                                                         ("0", "laptop", "projector")])
def test_presenter_view_on_two_screens(tmp_path, screen, audience, presenter):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(TWO_SCREENS))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               XDG_CONFIG_HOME=str(tmp_path / "cfg"), XDG_DATA_HOME=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-c", PROBE, screen], env=env, capture_output=True,
                            text=True, timeout=90)
    assert result.returncode == 0, result.stderr[-2000:]
    out = eval(result.stdout.strip().splitlines()[-1])  # noqa: S307 - our own repr
    assert out[:3] == [audience, True, presenter]
    assert out[3:7] == [2, 3, True, True]
    assert out[7].endswith("0:00:00") or out[7].startswith(("Elapsed", "已用时"))
    assert out[8] is True  # after the last slide the "next" pane is black
    assert out[9:] == ["laptop", True, True]  # unplugged, then plugged in again


def test_presenter_view_single_screen_has_none(presentation):
    assert presentation.presenter is None
    assert presentation.audience.isFullScreen()


def test_f5_presents_from_the_main_window_and_logs_slides(qtbot, repo, app_settings, tmp_path):
    import sqlite3

    from PySide6.QtGui import QAction

    from etown_desktop.core.visits.visit_log import VisitLog, default_log_path
    from etown_desktop.ui.main_window import MainWindow

    window = MainWindow(repo, settings=app_settings, auto_build=False)
    qtbot.addWidget(window)
    action = window.findChild(QAction, "presentAction")
    assert action.shortcut().toString() == "F5" and action in window.view_menu.actions()
    action.trigger()
    show = window.event_actions.presentation
    assert show.running and show.audience.isFullScreen()
    assert show.tracker.log.path == default_log_path()  # F5 shows are counted too
    assert str(default_log_path()).startswith(str(tmp_path))
    show.attach_visit_log(VisitLog(tmp_path / "v.sqlite", mode="present"))
    show.controller.next()
    show.controller.next()
    with qtbot.waitSignal(show.destroyed, timeout=2000):  # the show's windows are freed
        QTest.keyClick(show.audience, Qt.Key.Key_Escape)
    rows = sqlite3.connect(tmp_path / "v.sqlite").execute(
        "SELECT mode, kind, slide FROM events ORDER BY id").fetchall()
    assert rows == [("present", "slide", 1), ("present", "slide", 2), ("present", "slide", 3)]
