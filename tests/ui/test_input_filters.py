"""The show's input filters watch every widget from the first slide's paint on, and only then
(ui/presentation/input_filters.py, issue 22); a slide that is never painted does not leave the
kiosk blind to touches."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from shiboken6 import delete

from etown_desktop.ui.presentation import input_filters
from etown_desktop.ui.presentation.input_filters import InputFilters
from etown_desktop.ui.presentation.slide_deck import SlideDeck


class Recorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.presses = 0

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.MouseButtonPress:
            self.presses += 1
        return False


def _show(qtbot, repo, story):
    window = QWidget()
    qtbot.addWidget(window)
    deck = SlideDeck(repo, story, "en", parent=window, preload=False)
    deck.go_to(0)
    return window, deck


def test_filters_wait_for_the_first_paint_then_watch_every_widget(qtbot, repo, story):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window, deck = _show(qtbot, repo, story)
    recorder = Recorder()
    filters = InputFilters(deck, recorder)
    filters.install()
    assert not filters.app_wide  # nothing is on screen yet
    window.resize(800, 600)
    window.show()
    qtbot.waitUntil(lambda: deck.first_painted, timeout=5000)
    assert filters.app_wide
    late = QPushButton("late", window)  # made after the paint: watched too
    late.show()
    QTest.mouseClick(late, Qt.MouseButton.LeftButton)
    assert recorder.presses == 1
    filters.remove()
    QTest.mouseClick(late, Qt.MouseButton.LeftButton)
    assert recorder.presses == 1 and not filters.app_wide


def test_a_slide_never_painted_still_gets_its_filters(qtbot, repo, story, monkeypatch):
    monkeypatch.setattr(input_filters, "FALLBACK_MS", 50)
    window, deck = _show(qtbot, repo, story)  # never shown: no paint
    recorder = Recorder()
    filters = InputFilters(deck, recorder)
    filters.install()
    qtbot.waitUntil(lambda: filters.app_wide, timeout=5000)
    assert not deck.first_painted
    filters.remove()


def test_the_fallback_leaves_a_stopped_or_deleted_show_alone(qtbot, repo, story, monkeypatch):
    monkeypatch.setattr(input_filters, "FALLBACK_MS", 50)
    window, deck = _show(qtbot, repo, story)
    stopped = InputFilters(deck, Recorder())
    stopped.install()
    stopped.remove()  # the show ended before the fallback
    gone_filter = Recorder()
    gone = InputFilters(deck, gone_filter)
    gone.install()
    delete(gone_filter)  # its window and watcher deleted, the timer still pending
    qtbot.wait(200)  # the fallbacks ran: no error, nothing installed
    assert not stopped.app_wide and not gone.app_wide
    assert QApplication.instance() is not None
