"""Status messages that matter are announced to a screen reader (issue 21 §1): an export written,
an import refused, the slide number in a presentation, the kiosk's "Still there?" — through Qt's
accessibility announcement and, as the fallback, the status bar's accessible name."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow

from etown_desktop.ui.accessibility.announce import announce, announcer


@pytest.fixture
def heard(qtbot):
    texts: list[str] = []
    announcer().announced.connect(texts.append)
    yield texts
    announcer().announced.disconnect(texts.append)


def test_the_announcement_event_exists_in_this_qt():
    from PySide6.QtGui import QAccessibleAnnouncementEvent  # noqa: F401  (Qt >= 6.8)


def test_announce_sets_the_status_bars_name_as_the_fallback(qtbot, heard):
    window = QMainWindow()
    qtbot.addWidget(window)
    announce(window, "Saved  brief.pdf\n")
    assert heard == ["Saved brief.pdf"]
    assert window.statusBar().accessibleName() == "Saved brief.pdf"
    assert window.statusBar().accessibleDescription() == "Saved brief.pdf"
    announce(window, "   ")  # nothing to say: nothing said
    assert heard == ["Saved brief.pdf"]


def test_an_export_written_is_announced(qtbot, repo, heard, tmp_path):
    from etown_desktop.ui.export.saved_notice import show_saved

    window = QMainWindow()
    qtbot.addWidget(window)
    show_saved(window, tmp_path / "overview.png")
    assert heard == ["Saved overview.png"]
    assert window.statusBar().accessibleName() == "Saved overview.png"


def test_a_refused_import_is_announced(qtbot, repo, heard, tmp_path, dialogs, app_settings, monkeypatch):
    from etown_desktop.ui.editions import data_menu
    from etown_desktop.ui.main_window import MainWindow

    monkeypatch.setenv("ETOWN_DESKTOP_DATA_HOME", str(tmp_path / "userdata"))
    window = MainWindow(repo, settings=app_settings, auto_build=False)
    qtbot.addWidget(window)
    controller = data_menu.install(window)
    bad = tmp_path / "update.etown"
    bad.write_bytes(b"not a pack at all")
    assert controller.import_update(str(bad)) is False
    said = "update.etown is not an edition pack or workbook (it is not a ZIP file, or it is damaged)."
    (message,) = dialogs.texts("warning")  # the box a sighted user reads …
    assert message.endswith(said)
    assert heard[-1] == f"Import refused: {said}"  # … is what a screen reader hears
    assert window.statusBar().accessibleName() == heard[-1]


@pytest.mark.parametrize("lang, first, second", [("en", "Slide 1 of", "Slide 2 of"),
                                                 ("zh", "第1张，共", "第2张，共")])
def test_the_slide_number_is_announced_in_a_presentation(qtbot, repo, heard, settings_dir, lang, first, second):
    from etown_desktop.core.stories.store import find_story, load_stories
    from etown_desktop.ui import i18n
    from etown_desktop.ui.presentation.presentation import Presentation

    i18n.install_translator(lang)
    try:
        story = find_story(load_stories(repo.path), "zone")
        show = Presentation(repo, story, lang=lang)
        qtbot.addWidget(show.audience)
        show.start()
        show.controller.next()
        assert any(t.startswith(second) for t in heard), heard
        show.controller.previous()
        assert heard[-1].startswith(first)
        assert show.deck.content(0).title in heard[-1]
        show.stop()
    finally:
        i18n.install_translator("en")


@pytest.mark.parametrize("lang, title", [("en", "Still there?"), ("zh", "还在吗？")])
def test_the_kiosks_still_there_is_announced_with_its_countdown(qtbot, heard, settings_dir, lang, title):
    from PySide6.QtWidgets import QWidget

    from etown_desktop.ui import i18n
    from etown_desktop.ui.kiosk.still_there import StillTherePrompt

    i18n.install_translator(lang)
    try:
        screen = QWidget()
        qtbot.addWidget(screen)
        screen.resize(800, 600)
        prompt = StillTherePrompt(screen, clock=lambda: 100.0)
        screen.show()
        prompt.start(20)
        assert heard[-1].startswith(title) and "20" in heard[-1]
        assert screen.accessibleDescription() == heard[-1]  # no status bar: the window says it
        prompt.stop()
    finally:
        i18n.install_translator("en")


def test_the_kiosks_slide_changes_are_announced(qtbot, repo, heard, tmp_path, app_settings):
    from etown_desktop.core.kiosk.pin import hash_pin
    from etown_desktop.core.stories.store import find_story, load_stories
    from etown_desktop.core.visits.visit_log import VisitLog
    from etown_desktop.ui.kiosk.kiosk_session import KioskSession

    story = find_story(load_stories(repo.path), "zone")
    log = VisitLog(tmp_path / "visits.sqlite")
    session = KioskSession(repo, story, hash_pin("2468"), "en", idle_s=90, visit_log=log)
    qtbot.addWidget(session.window)
    session.start()
    try:
        session.controller.next()
        count = session.deck.count
        assert heard[-1].startswith(f"Slide 2 of {count}: ")
        assert session.window.accessibleDescription() == heard[-1]  # no status bar: the window says it
    finally:
        session.stop()
