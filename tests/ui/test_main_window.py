"""The main window: tabs in order, shortcuts, settings across a restart, About."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel
from settle import settle

from etown_desktop import __version__
from etown_desktop.ui import main_window as mw
from etown_desktop.ui.main_window import MainWindow
from etown_desktop.ui.tabs import TAB_REGISTRY


def make_window(qtbot, repo, app_settings, wait_ready: bool = True) -> MainWindow:
    window = MainWindow(repo, settings=app_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    if wait_ready and not window.tabs_ready:
        with qtbot.waitSignal(window.allTabsReady, timeout=10_000):
            pass
    return window


def expected_title(module_name: str, class_name: str, fallback: str) -> str:
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        return fallback
    return getattr(module, class_name).title()


def test_window_builds_with_every_tab_in_order(qtbot, repo, app_settings):
    window = make_window(qtbot, repo, app_settings)
    # Qt appends the application display name; the title itself must not repeat it (rough edge 4).
    assert "Economic-Technological" in window.windowTitle()
    assert "E-Town Investor Desktop" not in window.windowTitle()
    assert window.tabs.count() == len(TAB_REGISTRY)
    assert window.tab_names == [name for name, _, _ in TAB_REGISTRY]
    for i, (name, module_name, class_name) in enumerate(TAB_REGISTRY):
        title = expected_title(module_name, class_name, mw._PENDING_TITLES[name])
        # The tab shows the full title, or a short one with the full title as its tooltip when the
        # bar is too narrow (this window is as wide as the test screen); the View menu is always full.
        assert window.tab_actions[i].text() == f"&{i + 1} " + title.replace("&", "&&")  # numbered: Alt+1 … in the menu
        shown = window.tabs.tabText(i).replace("&&", "&")
        assert shown == title or window.tabs.tabToolTip(i) == title
    assert window.tabs_ready
    assert window.tab_widget("sources") is not None
    assert set(window.tab_build_seconds) == set(window.tab_names)


def test_tabs_are_built_after_the_first_paint(qtbot, repo, app_settings):
    window = MainWindow(repo, settings=app_settings)
    qtbot.addWidget(window)
    assert all(window.tab_widget(n) is None for n in window.tab_names)  # nothing built yet
    with qtbot.waitSignal(window.firstPainted, timeout=5000):
        window.show()
    with qtbot.waitSignal(window.allTabsReady, timeout=10_000):
        pass


def test_window_paints_before_the_repository_is_set(qtbot, repo, app_settings, dialogs):
    """The app shows the window first and opens the database after the first paint."""
    window = MainWindow(None, settings=app_settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.firstPainted, timeout=5000):
        window.show()
    settle(window)  # whatever the window has queued runs: no tab can be built without the database
    assert all(window.tab_widget(n) is None for n in window.tab_names)
    assert window.pages[window.current_tab_name()].placeholder.isVisible()
    assert window.status_label.text() == ""
    window.show_about()
    assert "about" not in dialogs.names()
    window.hub.show_figure(repo.figures()[0].id)  # a click before the database is open: ignored
    assert window.provenance_panel.current_figure_id is None

    with qtbot.waitSignal(window.allTabsReady, timeout=10_000):
        window.set_repository(repo)
    assert window.repo is repo and window.provenance_panel.repo is repo
    assert repo.metadata.edition in window.status_label.text()
    assert all(window.tab_widget(n) is not None for n in window.tab_names)


def test_missing_tab_module_shows_a_placeholder(qtbot, repo, app_settings, monkeypatch):
    registry = (*mw.TAB_REGISTRY, ("future", "etown_desktop.ui.tabs.no_such_tab", "NoSuchTab"))
    monkeypatch.setattr(mw, "TAB_REGISTRY", registry)
    window = make_window(qtbot, repo, app_settings)
    assert window.tabs.count() == len(registry)
    page = window.pages["future"]
    assert page.content is None
    assert "prepared" in page.placeholder.text()


def test_ctrl_number_and_page_keys_switch_tabs(qtbot, repo, app_settings):
    window = make_window(qtbot, repo, app_settings)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    for i in range(len(TAB_REGISTRY)):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + i), Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == i
        assert window.tab_actions[i].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0  # wraps around
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == len(TAB_REGISTRY) - 1


def test_ctrl_f_focuses_the_figure_search(qtbot, repo, app_settings):
    window = make_window(qtbot, repo, app_settings)
    window.select_tab("overview")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_tab_name() == "sources"
    sources = window.tab_widget("sources")
    qtbot.waitUntil(lambda: sources.search_box.hasFocus(), timeout=2000)
    sources.search_box.insert("外资")  # QTest cannot type non-ASCII keys
    expected = {f.id for f in repo.figures() if "外资" in f.label_zh}
    shown = {sources.proxy.index(r, 0).data() for r in range(sources.proxy.rowCount())}
    assert expected and expected <= shown
    assert str(len(shown)) in sources.count_label.text()


def test_settings_persist_across_a_restart(qtbot, repo, app_settings):
    first = make_window(qtbot, repo, app_settings)
    first.resize(800, 560)
    first.select_tab("targets")
    qtbot.waitUntil(lambda: first.current_tab_name() == "targets", timeout=2000)
    first.close()
    assert app_settings.last_tab == "targets"

    second = make_window(qtbot, repo, app_settings, wait_ready=False)
    assert second.current_tab_name() == "targets"
    assert second.size() == QSize(800, 560)
    assert second.tab_actions[second.tab_names.index("targets")].isChecked()


def test_unknown_saved_tab_falls_back_to_the_first(qtbot, repo, app_settings):
    app_settings.last_tab = "a tab that was removed"
    window = make_window(qtbot, repo, app_settings, wait_ready=False)
    assert window.tabs.currentIndex() == 0


def test_about_shows_version_edition_and_sources(qtbot, repo, app_settings, dialogs):
    window = make_window(qtbot, repo, app_settings, wait_ready=False)
    window.about_action.trigger()
    texts = dialogs.texts("about")
    assert len(texts) == 1
    text = texts[0]
    assert repo.metadata.edition in text
    assert __version__ in text
    for src in repo.sources():
        assert src.ref in text
        assert (src.publisher or "publisher not stated") in text
    undated = [s for s in repo.sources() if s.is_undated]
    assert ("undated" in text) == bool(undated)
    from etown_desktop.core.coverage import coverage_text

    assert coverage_text(repo, "en", label=False) in text


def test_status_bar_names_the_edition(qtbot, repo, app_settings):
    window = make_window(qtbot, repo, app_settings, wait_ready=False)
    assert repo.metadata.edition in window.status_label.text()
    # "data as of" names the sources' dates, not just our review date.
    from etown_desktop.core.coverage import coverage_text
    from etown_desktop.core.formatting import format_date

    assert coverage_text(repo, "en") in window.status_label.text()
    assert f"as of {format_date(repo.metadata.data_date)}" not in window.status_label.text()


def test_full_screen_toggles(qtbot, repo, app_settings):
    window = make_window(qtbot, repo, app_settings, wait_ready=False)
    window.fullscreen_action.trigger()
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    window.fullscreen_action.trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)


def test_table_copy_gives_tsv(qtbot, repo, app_settings):
    window = make_window(qtbot, repo, app_settings)
    table = window.tab_widget("sources").figure_table
    model = table.model()
    table.selectionModel().select(
        model.index(0, 0), table.selectionModel().SelectionFlag.Select)
    table.selectionModel().select(
        model.index(1, 3), table.selectionModel().SelectionFlag.Select)
    table.copy_selection()
    text = QApplication.clipboard().text()
    assert text == f"{model.index(0, 0).data()}\t\n\t{model.index(1, 3).data()}"
    assert isinstance(window.pages["sources"].content, QLabel) is False
