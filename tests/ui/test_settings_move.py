"""The settings live in the config folder beside the kiosk PIN; an earlier version's settings (kept
under Qt's organization/application names) are moved there once, whole."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from etown_desktop.core.user_folders import settings_file
from etown_desktop.ui.settings import APPLICATION, ORGANIZATION, AppSettings, move_old_settings


def _old() -> QSettings:
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def test_old_settings_are_moved_into_the_config_folder_once(settings_dir):
    old = _old()
    old.setValue("v1/ui/language", "zh")
    old.setValue("v1/last_tab", "clusters")
    old.sync()
    old_file = old.fileName()
    del old
    assert not settings_file().exists()
    assert move_old_settings()
    assert settings_file().is_file()
    assert AppSettings().language == "zh"
    assert QSettings(str(settings_file()), QSettings.Format.IniFormat).value("v1/last_tab") == "clusters"
    assert _old().allKeys() == []
    from pathlib import Path

    assert not Path(old_file).exists()
    assert not move_old_settings()  # once


def test_new_settings_are_written_to_the_config_folder(settings_dir):
    settings = AppSettings()
    settings.language = "zh"
    del settings
    assert "zh" in settings_file().read_text(encoding="utf-8")
    assert _old().allKeys() == []  # nothing under the old names
