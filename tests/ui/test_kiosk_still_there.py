"""Before the kiosk starts over after idle it asks "Still there? Continue" with a countdown
(WCAG 2.2.1): a touch, click or key continues the visit, and the visit log counts it."""

from __future__ import annotations

import sqlite3
import time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from etown_desktop.core.kiosk.pin import hash_pin
from etown_desktop.core.stories.store import find_story, load_stories
from etown_desktop.core.visits.stats import read_stats, stats_rows
from etown_desktop.core.visits.visit_log import VisitLog
from etown_desktop.ui import i18n
from etown_desktop.ui.kiosk.kiosk_session import KioskSession

IDLE_S = 0.3
COUNTDOWN_S = 0.6


@pytest.fixture
def kiosk(qtbot, repo, tmp_path, app_settings):
    """A real clock, a short idle and a short countdown: the timers run as at a booth."""
    story = find_story(load_stories(repo.path), "zone")
    log = VisitLog(tmp_path / "visits.sqlite")
    session = KioskSession(repo, story, hash_pin("2468"), "en", idle_s=IDLE_S, visit_log=log,
                           still_there_s=COUNTDOWN_S)
    session.idle.timer.setInterval(50)
    qtbot.addWidget(session.window)
    session.window.resize(1366, 768)
    session.start()
    yield session
    session.stop()
    i18n.install_translator("en")


def _start_visit(kiosk, qtbot) -> None:
    # A visitor taps the slide on screen: the kiosk watches input from its first paint (issue 22).
    qtbot.waitUntil(lambda: kiosk.deck.first_painted, timeout=5000)
    QTest.mouseClick(kiosk.window.next_button, Qt.MouseButton.LeftButton)
    assert not kiosk.attracting and kiosk.deck.index == 1


def _continued_rows(path) -> list[tuple]:
    return sqlite3.connect(path).execute(
        "SELECT kind FROM events WHERE kind IN ('continued', 'visit') ORDER BY id").fetchall()


def test_prompt_counts_down_then_the_kiosk_starts_over(kiosk, qtbot):
    _start_visit(kiosk, qtbot)
    prompt = kiosk.still_there
    qtbot.waitUntil(prompt.isVisible, timeout=5000)
    assert not kiosk.attracting and kiosk.deck.index == 1  # not reset yet
    assert prompt.title.text() == "Still there?" and prompt.continue_button.text() == "Continue"
    assert "starts over in 1 s" in prompt.countdown.text()
    qtbot.waitUntil(lambda: kiosk.attracting, timeout=5000)
    assert not prompt.isVisible() and kiosk.deck.index == 0


def test_a_touch_continues_the_visit_and_the_log_counts_it(kiosk, qtbot, tmp_path):
    _start_visit(kiosk, qtbot)
    prompt = kiosk.still_there
    qtbot.waitUntil(prompt.isVisible, timeout=5000)
    device = QTest.createTouchDevice()
    where = QPoint(40, 40)  # anywhere on the dimmed slide, not only the button
    QTest.touchEvent(kiosk.window, device).press(0, where, kiosk.window).commit()
    QTest.touchEvent(kiosk.window, device).release(0, where, kiosk.window).commit()
    assert not prompt.isVisible() and not kiosk.attracting and kiosk.deck.index == 1
    # the visit goes on: a second idle asks again; a click on Continue continues again
    qtbot.waitUntil(prompt.isVisible, timeout=5000)
    QTest.mouseClick(prompt.continue_button, Qt.MouseButton.LeftButton)
    assert not prompt.isVisible() and kiosk.deck.index == 1
    qtbot.waitUntil(prompt.isVisible, timeout=5000)
    QTest.keyClick(prompt, Qt.Key.Key_Space)  # a key continues too
    assert not prompt.isVisible() and not kiosk.attracting
    qtbot.waitUntil(lambda: kiosk.attracting, timeout=5000)  # then nobody answers
    kiosk.flush()
    path = tmp_path / "visits.sqlite"
    assert _continued_rows(path) == [("continued",)] * 3 + [("visit",)]  # one visit, 3 resets stopped
    stats = read_stats(path)
    assert stats.visits == 1 and stats.continued == 3
    assert ("summary", "resets_continued", "3", "") in stats_rows(stats)


def test_prompt_in_chinese_and_its_targets(kiosk, qtbot):
    _start_visit(kiosk, qtbot)
    kiosk.toggle_language()
    prompt = kiosk.still_there
    qtbot.waitUntil(prompt.isVisible, timeout=5000)
    assert prompt.title.text() == "还在吗？" and prompt.continue_button.text() == "继续"
    assert "秒" in prompt.countdown.text()
    button = prompt.continue_button
    assert button.width() >= 48 and button.height() >= 48  # WCAG 2.5.8, measured live
    assert prompt.geometry() == kiosk.window.rect()  # a tap anywhere lands on the prompt
    assert button.accessibleName()


def test_leaving_the_kiosk_stops_the_countdown(kiosk, qtbot):
    _start_visit(kiosk, qtbot)
    qtbot.waitUntil(kiosk.still_there.isVisible, timeout=5000)
    kiosk.stop()  # the staff PIN was entered while the prompt counted down
    assert not kiosk.still_there.isVisible() and not kiosk.still_there.counting


def test_zero_seconds_starts_over_at_once(repo, qtbot, tmp_path, app_settings):
    story = find_story(load_stories(repo.path), "zone")
    session = KioskSession(repo, story, hash_pin("2468"), "en", idle_s=IDLE_S, still_there_s=0)
    session.idle.timer.setInterval(50)
    qtbot.addWidget(session.window)
    session.start()
    try:
        _start_visit(session, qtbot)
        started = time.monotonic()
        qtbot.waitUntil(lambda: session.attracting, timeout=5000)
        assert not session.still_there.isVisible() and time.monotonic() - started < 3
    finally:
        session.stop()
