"""Live language switch: View → Language retranslates every tab, menu, status line and slide
without a restart, keeps the current tab, scroll position and selection, and is remembered."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLabel, QScrollArea, QTabBar

from etown_desktop.core.stories.store import load_stories
from etown_desktop.ui import i18n
from etown_desktop.ui.main_window import MainWindow
from etown_desktop.ui.presentation.slide_deck import SlideDeck
from etown_desktop.ui.settings import AppSettings
from settle import pump

ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
CHINESE = re.compile(r"[\u4e00-\u9fff]+")
# Names and units that stay as they are in Chinese text; the language names in the menu.
ALLOWED_EN = {"PR Newswire (Cision)", "English", "Newswire", "Cision", "nbsp", "Benz",
              "PDF", "CSV", "XLSX", "PNG", "SVG", "ZIP",
              "PowerPoint", "Word"}  # file formats and the programs they open in keep their names
ALLOWED_ZH = {"简体中文", "奔驰"}  # and the search box's example of a Chinese alias


@pytest.fixture
def window(open_main_window, settings_dir):
    yield open_main_window((1600, 1000), timeout=10_000)
    i18n.install_translator("en")


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
    pump(3, deletes=True)


def test_switch_back_and_forth_on_every_tab(window):
    for lang in ("zh", "en", "zh", "en"):
        _switch(window, lang)
        for name in window.tab_names:
            window.select_tab(name)
            pump(3, deletes=True)
            leftover = _foreign_words(_visible_texts(window), lang)
            assert leftover == set(), (lang, name, sorted(leftover)[:20])
    assert AppSettings().language == "en"


def test_switch_keeps_tab_scroll_and_selection(window):
    window.select_tab("sources")
    pump(3, deletes=True)
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
    pump(3, deletes=True)
    window.resize(1000, 600)
    pump(3, deletes=True)
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
            pump(3, deletes=True)
            zh = " ".join(deck.current_slide().visible_texts())
            assert deck.lang == "zh" and CHINESE.search(zh)
            assert _foreign_words([zh], "zh") <= {"km", "US"}, (story.id, i)
            i18n.install_translator("en")
            pump(3, deletes=True)
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
    pump(3, deletes=True)
    assert _foreign_words(_visible_texts(window), "zh") == set()


# -- every window, dock, dock tab, title and dialog, both ways (issue 17 §2) ----------------------

def _open_every_window(window, tmp_path) -> list:
    """The main window with both docks tabified, and every dialog and panel the app opens."""
    from etown_desktop.app.bootstrap import install_window_exports
    from etown_desktop.core.editions.store import EditionStore
    from etown_desktop.ui.editions import data_menu
    from etown_desktop.ui.editions.editions_dialog import EditionsDialog
    from etown_desktop.ui.excepthook import ErrorDialog
    from etown_desktop.ui.meeting import brief_controller, search_controller
    from etown_desktop.ui.visits.booth_report_dialog import BoothReportDialog
    from etown_desktop.ui.welcome.welcome_dialog import WelcomeDialog

    install_window_exports(window, window.repo)  # as the app does after the first paint
    data_menu.install(window, EditionStore(tmp_path / "editions"))
    brief_controller(window)
    window.brief_dock.show()
    window.tabifyDockWidget(window.provenance_dock, window.brief_dock)
    window.select_tab("clusters")
    pump(3, deletes=True)
    window.tab_widget("clusters")._show_all_figures()  # "Show all": a non-modal table window
    window.provenance_panel.show_figure(window.repo.figures()[0].id)
    window.provenance_panel.source_quote.open_article()
    search_controller(window).open()
    opened = [EditionsDialog(window.data_controller.store, window),
              BoothReportDialog(window, _visit_log(tmp_path / "visits.sqlite")),
              WelcomeDialog("en", window, preview=False),
              ErrorDialog("1", "2", window)]
    for dialog in opened:
        dialog.show()
    pump(3, deletes=True)
    return opened


def _visit_log(path):
    from etown_desktop.core.visits.visit_log import VisitLog

    log = VisitLog(path)
    log.visit(42, "en")
    log.close()
    return path


def _window_texts() -> list[tuple[str, str]]:
    from tests.ui.ui_text_walk import ui_texts, window_titles

    out = window_titles()
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            out += [(f"{type(top).__name__}: {where}", text) for where, text in ui_texts(top, visible_only=True)]
    return out


def _leftovers(lang: str) -> list[tuple[str, str]]:
    bad = []
    for where, text in _window_texts():
        if _foreign_words([text], lang):
            bad.append((where, text[:80]))
    return sorted(set(bad))


def test_every_window_dock_tab_title_and_dialog_switches_both_ways(window, tmp_path):
    opened = _open_every_window(window, tmp_path)
    shown = {type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()}
    assert {"MainWindow", "SearchPopup", "ShowAllDialog", "ArticleDialog", "EditionsDialog",
            "BoothReportDialog", "WelcomeDialog", "ErrorDialog"} <= shown
    for lang in ("zh", "en"):  # EN -> ZH -> EN
        _switch(window, lang)
        bad = _leftovers(lang)
        # the language names stay in their own language
        assert [a.text() for a in window.event_actions.language_menu.actions()] == ["&English", "简体中文(&Z)"]
        assert not bad, f"{lang}:\n" + "\n".join(map(str, bad))
        # the title the window manager shows: "<title> — <app name>", both in the language
        app_name = QApplication.applicationDisplayName()
        assert app_name == ("亦庄投资者桌面" if lang == "zh" else "E-Town Investor Desktop")
        dock_tabs = [bar.tabText(i) for bar in window.findChildren(QTabBar)
                     if bar is not window.tabs.tabBar() for i in range(bar.count())]
        assert sorted(dock_tabs) == sorted([window.provenance_dock.windowTitle(),
                                            window.brief_dock.windowTitle()])
        assert all(t and not _foreign_words([t], lang) for t in dock_tabs), dock_tabs
    for dialog in opened:
        dialog.close()


def test_titles_with_an_ampersand_stay_escaped_both_ways(window):
    """"Plans & targets" in a tab or menu: a lone "&" would underline the space ("Plans _targets")."""
    lone = re.compile(r"(?<!&)&(?=\s|$)")
    for lang in ("zh", "en"):
        _switch(window, lang)
        texts = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        texts += [a.text() for a in window.tab_actions]
        assert not [t for t in texts if lone.search(t)], (lang, texts)
    window.resize(1900, 1000)
    pump(3, deletes=True)
    assert "Plans && targets" in [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_qt_own_dialogs_follow_the_language(qapp):
    """QFileDialog / QMessageBox texts come from Qt's qtbase_zh_CN, loaded and unloaded with ours."""
    from PySide6.QtWidgets import QFileDialog

    def look_in() -> str:
        dialog = QFileDialog(None)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        text = " | ".join(dialog.findChild(QLabel, name).text() for name in ("lookInLabel", "fileTypeLabel"))
        dialog.deleteLater()
        return text

    i18n.install_translator("zh", qapp)
    try:
        assert look_in() == "查找范围(&L)： | 文件类型(&T)："
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        i18n.install_translator("en", qapp)
    assert look_in() == "&Look in: | Files of &type:"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
