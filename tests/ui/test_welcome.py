"""First start: the welcome asks the language (preselected from the system), says where numbers
come from, is shown until confirmed, can be reopened from Help, and comes back after
``--reset-settings``."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from etown_desktop.app import cli
from etown_desktop.app.bootstrap import prepare_ui
from etown_desktop.ui import i18n
from etown_desktop.ui.main_window import MainWindow
from etown_desktop.ui.settings import AppSettings
from etown_desktop.ui.welcome import first_start as fs
from etown_desktop.ui.welcome.welcome_dialog import WelcomeDialog


@pytest.fixture
def english(qapp):
    i18n.install_translator("en", qapp)
    yield
    i18n.install_translator("en", qapp)


def answer_with(monkeypatch, accept: bool, choose: str | None = None) -> list[WelcomeDialog]:
    """WelcomeDialog.exec: record the dialog, optionally click a language, then OK or close."""
    shown: list[WelcomeDialog] = []

    def fake_exec(self: WelcomeDialog) -> int:
        shown.append(self)
        self.preselected = self.language()
        if choose is not None:
            self.language_buttons[choose].click()
        return int(QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected)

    monkeypatch.setattr(WelcomeDialog, "exec", fake_exec)
    return shown


@pytest.mark.parametrize("system, expected", [("zh_CN.UTF-8", "zh"), ("en_US.UTF-8", "en")])
def test_first_start_preselects_the_system_language(qapp, settings_dir, english, monkeypatch,
                                                     system, expected):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", system)
    shown = answer_with(monkeypatch, accept=True)
    lang = prepare_ui(qapp, None)  # what run_gui does for a plain start
    assert fs.first_start(lang) == expected
    assert [d.preselected for d in shown] == [expected]
    assert AppSettings().language == expected


def test_confirmed_welcome_is_never_shown_again(qapp, app_settings, english, monkeypatch):
    shown = answer_with(monkeypatch, accept=True, choose="zh")
    assert fs.first_start("en", app_settings) == "zh"
    assert i18n.current_language() == "zh"
    assert app_settings.language == "zh" and fs.is_confirmed(app_settings)
    assert fs.first_start("zh", app_settings) == "zh"
    assert fs.first_start("zh", AppSettings(app_settings._s)) == "zh"  # as after a restart
    assert len(shown) == 1


def test_closing_without_confirming_asks_again(qapp, app_settings, english, monkeypatch):
    shown = answer_with(monkeypatch, accept=False, choose="zh")
    assert fs.first_start("en", app_settings) == "en"
    assert i18n.current_language() == "en"  # the preview is undone
    assert not fs.is_confirmed(app_settings) and app_settings.language is None
    fs.first_start("en", app_settings)
    assert len(shown) == 2


def test_dialog_speaks_the_language_chosen_and_says_where_numbers_come_from(qtbot, english):
    dialog = WelcomeDialog("en")
    qtbot.addWidget(dialog)
    assert dialog.language_buttons["en"].isChecked()
    assert [b.text() for b in dialog.language_buttons.values()] == ["English", "简体中文"]
    text = dialog.sources_label.text()
    assert len(text.splitlines()) == 2 and "source" in text
    assert "Help" in dialog.reopen_label.text()
    dialog.language_buttons["zh"].click()
    assert dialog.language() == "zh"
    assert "来源" in dialog.sources_label.text()
    assert dialog.windowTitle() != "Welcome"
    assert [b.text() for b in dialog.language_buttons.values()] == ["English", "简体中文"]


def test_welcome_reopens_from_help_without_blocking(qtbot, repo, app_settings, english, dialogs):
    window = MainWindow(repo, settings=app_settings, auto_build=False)
    qtbot.addWidget(window)
    actions = window.help_menu.actions()
    assert window.welcome_action in actions
    assert actions.index(window.welcome_action) < actions.index(window.about_action)
    window.welcome_action.trigger()  # returns at once: the dialog is window-modal, not exec()
    dialog = window.welcome_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.parent() is window
    dialog.language_buttons["zh"].click()
    assert i18n.current_language() == "en"  # the open window keeps its language
    dialog.accept()
    assert app_settings.language == "zh" and fs.is_confirmed(app_settings)
    assert dialogs.names() == ["information"]  # "used from the next start"


def test_main_window_alone_shows_no_welcome(qtbot, repo, app_settings, dialogs):
    window = MainWindow(repo, settings=app_settings, auto_build=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not hasattr(window, "welcome_dialog")
    assert dialogs.calls == []


def test_reset_settings_brings_the_welcome_back(qapp, settings_dir, english, monkeypatch, capsys):
    fs.confirm(AppSettings(), "zh")
    assert fs.is_confirmed(AppSettings())
    assert cli.main(["--reset-settings", "screenshot", "--list"]) == 0
    assert "overview" in capsys.readouterr().out
    assert not fs.is_confirmed(AppSettings()) and AppSettings().language is None
    shown = answer_with(monkeypatch, accept=True)
    fs.first_start("en")
    assert len(shown) == 1
