"""The booth kiosk: idle -> attract -> touch -> interactive, PIN pad, lockout, nothing reachable
that quits or writes a file, language button, source card, visit log."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from etown_desktop.core.kiosk.lockout import FREE_TRIES
from etown_desktop.core.kiosk.pin import hash_pin
from etown_desktop.core.stories.store import find_story, load_stories
from etown_desktop.core.visits.visit_log import VisitLog
from etown_desktop.ui import i18n
from etown_desktop.ui.kiosk.kiosk_session import KioskSession

PIN = "2468"


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture(scope="module")
def pin_hash():
    return hash_pin(PIN)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def kiosk(qtbot, repo, pin_hash, clock, tmp_path, app_settings):
    story = find_story(load_stories(repo.path), "zone")
    log = VisitLog(tmp_path / "visits.sqlite", clock=lambda: clock.t + 1.7e9)
    session = KioskSession(repo, story, pin_hash, "en", idle_s=90, visit_log=log, clock=clock)
    qtbot.addWidget(session.window)
    session.start()
    yield session
    session.stop()
    i18n.install_translator("en")


def _type_pin(kiosk, pin):
    pad = kiosk.window.pin_pad
    for digit in pin:
        pad.keys[digit].click()
    pad.ok_key.click()


def test_idle_attract_touch_interactive(kiosk, clock, qtbot):
    c, w = kiosk.controller, kiosk.window
    assert kiosk.attracting and c.timer.isActive()  # starts in the attract loop
    c.timer.timeout.emit()
    assert c.index == 1  # auto-advancing
    QTest.mouseClick(w.next_button, Qt.MouseButton.LeftButton)  # a touch
    assert not kiosk.attracting and not c.timer.isActive()
    assert c.index == 2
    kiosk.toggle_language()
    assert i18n.current_language() == "zh"
    clock.t += 89
    kiosk.idle.check()
    assert not kiosk.attracting
    clock.t += 2  # 91 s without input: "Still there?" first (20 s by default)
    kiosk.idle.check()
    assert kiosk.still_there.isVisible() and not kiosk.attracting
    clock.t += 20  # nobody answered: the kiosk starts over
    qtbot.waitUntil(lambda: kiosk.attracting, timeout=3000)
    assert not kiosk.still_there.isVisible() and c.timer.isActive()
    assert c.index == 0 and i18n.current_language() == "en" and kiosk.deck.lang == "en"


def test_close_requests_are_refused(kiosk):
    w = kiosk.window
    assert not w.close()  # the window manager's close request (and Alt+F4) end here
    for key, mods in ((Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
                      (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)):
        QTest.keyClick(w, key, mods)
    QApplication.processEvents()
    assert w.isVisible() and w.isFullScreen()


def test_nothing_that_quits_or_writes_is_reachable(kiosk):
    """Walk every action and shortcut of every window: a kiosk has none (no menus, no exports)."""
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert windows == [kiosk.window]
    assert kiosk.window.windowFlags() & Qt.WindowType.FramelessWindowHint
    actions = [a for w in windows for a in w.findChildren(QAction)]
    actions += [a for w in windows for a in w.actions()]
    shortcuts = [s for w in windows for s in w.findChildren(QShortcut)]
    reachable = [a for a in actions if a.isEnabled() and (a.shortcut().toString() or a.isVisible())]
    assert reachable == [] and shortcuts == []


def test_pin_right_wrong_and_lockout(kiosk, clock, qtbot):
    w = kiosk.window
    QTest.keyClick(w, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert w.pin_pad.isVisible()
    for _ in range(FREE_TRIES - 1):
        _type_pin(kiosk, "1111")
        assert w.pin_pad.message.text() and w.isVisible()
    _type_pin(kiosk, "1111")
    assert "30" in w.pin_pad.message.text()
    _type_pin(kiosk, PIN)  # locked: even the right PIN waits
    assert w.isVisible() and not w.allow_close
    clock.t += 31
    with qtbot.waitSignal(kiosk.finished, timeout=2000):
        _type_pin(kiosk, PIN)
    assert not w.isVisible()


def test_long_press_in_the_corner_opens_the_pin_pad(kiosk):
    w = kiosk.window
    w.resize(1366, 768)
    w.long_press_started(QPoint(10, 10))
    assert w._long_press.isActive()
    w._long_press.timeout.emit()
    assert w.pin_pad.isVisible()
    w.pin_pad.cancel_key.click()
    assert not w.pin_pad.isVisible()
    w.long_press_ended()
    w.long_press_started(QPoint(600, 400))  # not in the corner
    assert not w._long_press.isActive()


def test_language_button_and_source_card(kiosk, settings_dir):
    w = kiosk.window
    before = sorted(p.name for p in settings_dir.rglob("*"))
    w.language_button.click()
    QApplication.processEvents()
    assert i18n.current_language() == "zh"
    assert "浏览" in w.hint_label.text()
    assert any("亿" in t or "家" in t for t in kiosk.deck.current_slide().visible_texts())
    card = kiosk.deck.current_slide().cards[0]
    QTest.mouseClick(card, Qt.MouseButton.LeftButton)
    assert w.source_card.isVisible()
    # The card's text (built when first needed) is named in the language shown and is read
    # before the Close button.
    name = QApplication.translate("SourceCard", "Source of the figure")
    assert name != "Source of the figure" and w.source_card.text.accessibleName() == name
    parts = [c for c in w.source_card.children() if c.isWidgetType()]
    assert parts.index(w.source_card.text) < parts.index(w.source_card.close_button)
    assert "S1" in w.source_card.text.toPlainText() or "S2" in w.source_card.text.toPlainText()
    kiosk.controller.go_to(1)  # a chart: a tap shows the source of every bar
    QTest.mouseClick(kiosk.deck.current_slide().chart, Qt.MouseButton.LeftButton)
    shown = w.source_card.text.toPlainText()
    assert "S1" in shown and "S3" in shown and "2012" in shown and "2021" in shown
    assert all(b.minimumHeight() >= 48 or b.sizeHint().height() >= 48
               for b in (w.prev_button, w.next_button, w.language_button))
    # the booth writes nothing but the visit log: the language is not saved in the settings
    assert sorted(p.name for p in settings_dir.rglob("*")) == before


def test_visit_rows_are_written(kiosk, clock, tmp_path, qtbot):
    w = kiosk.window
    QTest.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    clock.t += 5
    kiosk.controller.go_to(4)  # Foreign investment: figure cards
    clock.t += 5
    QTest.mouseClick(kiosk.deck.current_slide().cards[0], Qt.MouseButton.LeftButton)
    clock.t += 100
    kiosk.idle.check()
    clock.t += 20  # "Still there?" unanswered
    qtbot.waitUntil(lambda: kiosk.attracting, timeout=3000)
    kiosk.flush()
    rows = sqlite3.connect(tmp_path / "visits.sqlite").execute(
        "SELECT kind, slide, figure FROM events ORDER BY id").fetchall()
    kinds = [r[0] for r in rows]
    assert "figure" in kinds and "slide" in kinds and kinds[-1] == "visit"
    assert ("figure", 5, kiosk.deck.slide(4).cards[0].item.figure_id) in rows
    assert ("slide", 2, None) in rows


def test_booth_report_dialog(qtbot, repo, app_settings, tmp_path, monkeypatch, dialogs):
    from etown_desktop.ui.main_window import MainWindow

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = MainWindow(repo, settings=app_settings, auto_build=False)
    qtbot.addWidget(window)
    action = window.findChild(QAction, "boothReportAction")
    assert action in window.help_menu.actions()
    from etown_desktop.ui.visits.booth_report_dialog import BoothReportDialog

    empty = BoothReportDialog(window)
    qtbot.addWidget(empty)
    assert "No visits" in empty.summary.text() and not empty.save_button.isEnabled()
    log = VisitLog(tmp_path / "v.sqlite")
    log.visit(42, "en")
    log.figure_tapped("zone", 1, "F001", "en")
    log.visit_continued("en")
    log.close()
    dialog = BoothReportDialog(window, tmp_path / "v.sqlite")
    qtbot.addWidget(dialog)
    assert "1" in dialog.summary.text() and dialog.save_button.isEnabled()
    assert "resets continued (Still there?): 1" in dialog.summary.text()
    dialogs.file_answer = str(tmp_path / "report.pdf")
    dialog.save()
    assert (tmp_path / "report.pdf").stat().st_size > 1000
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
