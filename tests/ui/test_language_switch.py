"""Live language switch: View → Language retranslates every tab, menu, status line and slide
without a restart, keeps the current tab, scroll position and selection, and is remembered."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLabel, QScrollArea

from etown_desktop.core.stories.store import load_stories
from etown_desktop.ui import i18n
from etown_desktop.ui.main_window import MainWindow
from etown_desktop.ui.presentation.slide_deck import SlideDeck
from etown_desktop.ui.settings import AppSettings

ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
CHINESE = re.compile(r"[\u4e00-\u9fff]+")
# Names and units that stay as they are in Chinese text; the language names in the menu.
ALLOWED_EN = {"PR Newswire (Cision)", "English", "Newswire", "Cision", "nbsp",
              "PDF", "CSV", "XLSX", "PNG", "SVG", "ZIP"}  # file formats keep their names
ALLOWED_ZH = {"简体中文"}


@pytest.fixture
def window(open_main_window, settings_dir):
    yield open_main_window((1600, 1000), timeout=10_000)
    i18n.install_translator("en")


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _visible_texts(w: MainWindow) -> list[str]:
    out = [w.windowTitle(), w.provenance_dock.windowTitle()]
    out += [l.text() for l in w.findChildren(QLabel) if l.isVisibleTo(w) and l.text()]
    out += [b.text() for b in w.findChildren(QAbstractButton) if b.isVisibleTo(w) and b.text()]
    for view in w.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisibleTo(w) and model is not None:
            out += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
    out += [w.tabs.tabText(i) for i in range(w.tabs.count())]
    for top in w.menuBar().actions():
        out.append(top.text())
        if top.menu():
            out += [a.text() for a in top.menu().actions() if a.text()]
    out.append(w.provenance_panel.plain_text())
    return out


def _foreign_words(texts: list[str], lang: str) -> set[str]:
    found: set[str] = set()
    for text in texts:
        # markup; source file names and the database edition (a hash) are ids, not words
        text = re.sub(r"<[^>]+>|\w+\.txt|\d{4}\.\d\d\.\d\d-[0-9a-f]+", " ", text)
        for allowed in ALLOWED_EN | ALLOWED_ZH:
            text = text.replace(allowed, " ")
        found |= set((ENGLISH_WORD if lang == "zh" else CHINESE).findall(text))
    return found


def _switch(w: MainWindow, lang: str) -> None:
    action = w.findChild(QAction, f"language_{lang}")
    action.trigger()
    _settle()


def test_switch_back_and_forth_on_every_tab(window):
    for lang in ("zh", "en", "zh", "en"):
        _switch(window, lang)
        for name in window.tab_names:
            window.select_tab(name)
            _settle()
            leftover = _foreign_words(_visible_texts(window), lang)
            assert leftover == set(), (lang, name, sorted(leftover)[:20])
    assert AppSettings().language == "en"


def test_switch_keeps_tab_scroll_and_selection(window):
    window.select_tab("sources")
    _settle()
    tab = window.tab_widget("sources")
    view = next(v for v in tab.findChildren(QAbstractItemView) if v.isVisibleTo(window))
    view.selectRow(5)
    area = view
    area.verticalScrollBar().setValue(min(40, area.verticalScrollBar().maximum()))
    scroll = area.verticalScrollBar().value()
    _switch(window, "zh")
    assert window.current_tab_name() == "sources"
    new_tab = window.tab_widget("sources")
    assert new_tab is not tab
    new_view = next(v for v in new_tab.findChildren(QAbstractItemView) if v.isVisibleTo(window))
    assert [i.row() for i in new_view.selectionModel().selectedRows()] == [5]
    assert new_view.verticalScrollBar().value() == scroll
    assert AppSettings().language == "zh"


def _scroll_areas(window, name):
    tab = window.tab_widget(name)
    areas = [tab] if isinstance(tab, QScrollArea) else []
    return [a for a in areas + tab.findChildren(QScrollArea) if a.isVisibleTo(window)]


def test_switch_keeps_page_scroll(window):
    window.select_tab("overview")
    _settle()
    window.resize(1000, 600)
    _settle()
    areas = _scroll_areas(window, "overview")
    bar = areas[0].verticalScrollBar()
    assert bar.maximum() > 0, "the overview fits without scrolling at 1000x600: test a smaller size"
    bar.setValue(bar.maximum() // 2)
    value = bar.value()
    _switch(window, "zh")
    new_areas = _scroll_areas(window, "overview")
    assert new_areas[0].verticalScrollBar().value() == value


def test_slides_switch_language(qtbot, repo):
    for story in load_stories(repo.path):
        deck = SlideDeck(repo, story, "en", preload=False)
        qtbot.addWidget(deck)
        deck.resize(1366, 768)
        for i in range(deck.count):
            deck.go_to(i)
            i18n.install_translator("zh")
            _settle()
            zh = " ".join(deck.current_slide().visible_texts())
            assert deck.lang == "zh" and CHINESE.search(zh)
            assert _foreign_words([zh], "zh") <= {"km", "US"}, (story.id, i)
            i18n.install_translator("en")
            _settle()
            en = " ".join(deck.current_slide().visible_texts())
            assert not CHINESE.search(en), (story.id, i, CHINESE.findall(en))


def test_switching_back_and_forth_does_not_pile_up_translators(qapp):
    from PySide6.QtCore import QTranslator

    i18n.install_translator("zh", qapp)
    i18n.install_translator("en", qapp)
    before = len(qapp.findChildren(QTranslator))
    for _ in range(10):
        i18n.install_translator("zh", qapp)
        i18n.install_translator("en", qapp)
    assert len(qapp.findChildren(QTranslator)) == before
    assert i18n.install_translator("zh", qapp)
    assert QCoreApplication.translate("PinPad", "Cancel") == "取消"
    i18n.install_translator("en", qapp)


def test_a_hidden_window_catches_up_when_shown(window):
    window.hide()
    _switch(window, "zh")
    assert window.event_actions.retranslator.pending
    window.show()
    _settle()
    assert _foreign_words(_visible_texts(window), "zh") == set()
