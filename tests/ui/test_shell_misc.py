"""Smaller pieces of the shell: translation, error dialog, screenshot command, settings keys."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from etown_desktop.app.cli import main as cli_main
from etown_desktop.ui import i18n
from etown_desktop.ui.excepthook import ErrorDialog, handle_exception
from etown_desktop.ui.tabs import TAB_REGISTRY


@pytest.fixture
def chinese(qapp):
    assert i18n.install_translator("zh", qapp), "etown_zh.qm should be bundled"
    yield
    i18n.install_translator("en", qapp)


def test_chinese_translation_reaches_the_shell(chinese, qtbot, repo, app_settings, monkeypatch):
    from etown_desktop.ui import main_window as mw

    registry = tuple((n, m if n == "sources" else f"etown_desktop.ui.tabs._absent_{n}", c)
                     for n, m, c in TAB_REGISTRY)
    monkeypatch.setattr(mw, "TAB_REGISTRY", registry)
    window = mw.MainWindow(repo, settings=app_settings, auto_build=False)
    qtbot.addWidget(window)
    assert i18n.current_language() == "zh"
    assert "北京经济技术开发区" in window.windowTitle()
    assert window.file_menu.title().startswith("文件")
    sources = window.build_tab("sources")
    assert "来源" in window.tabs.tabText(window.tab_names.index("sources"))
    fig = repo.figures()[0]
    assert sources.figure_model.index(0, 2).data() == fig.label_zh


def test_error_dialog_logs_and_copies(qtbot, dialogs, caplog):
    try:
        raise ValueError("boom for the test")
    except ValueError as exc:
        with caplog.at_level(logging.CRITICAL):
            handle_exception(type(exc), exc, exc.__traceback__)
    assert "exec:ErrorDialog" in dialogs.names()
    assert any("boom for the test" in (r.exc_text or str(r.exc_info)) for r in caplog.records)
    dialog = ErrorDialog("ValueError: boom", "Traceback …\nValueError: boom")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert "Traceback" in QApplication.clipboard().text()
    assert "ValueError: boom" in QApplication.clipboard().text()


def test_screenshot_list_prints_every_tab(capsys):
    assert cli_main(["screenshot", "--list"]) == 0
    assert capsys.readouterr().out.splitlines() == [name for name, _, _ in TAB_REGISTRY]


@pytest.mark.parametrize("argv", [["screenshot", "--tab", "nope", "-o", "x.png"],
                                  ["screenshot", "--tab", "sources"],
                                  ["screenshot", "--tab", "sources", "-o", "x.jpg"],
                                  ["screenshot", "--tab", "sources", "-o", "x.png", "--size", "big"]])
def test_screenshot_bad_arguments_exit_2(argv, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert cli_main(argv) == 2
    assert capsys.readouterr().err.strip()
    assert not (tmp_path / "x.png").exists()


def test_screenshot_renders_the_sources_tab(qapp, settings_dir, tmp_path, capsys, monkeypatch):
    from etown_desktop.ui import main_window as mw

    registry = tuple((n, m if n == "sources" else f"etown_desktop.ui.tabs._absent_{n}", c)
                     for n, m, c in TAB_REGISTRY)
    monkeypatch.setattr(mw, "TAB_REGISTRY", registry)
    out = tmp_path / "shot.png"
    assert cli_main(["screenshot", "--tab", "sources", "-o", str(out), "--size", "1200x800"]) == 0
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1200, 800)
    small = img.scaled(120, 80)
    colours = {small.pixel(x, y) for x in range(120) for y in range(80)}
    assert len(colours) > 30


def test_settings_keys_are_versioned(app_settings):
    app_settings.last_tab = "sources"
    keys = app_settings._s.allKeys()
    assert keys and all(k.startswith("v1/") for k in keys)
    app_settings._s.setValue("v1/window/last_tab", 42)  # a wrong type is ignored, not trusted
    assert app_settings.last_tab is None
