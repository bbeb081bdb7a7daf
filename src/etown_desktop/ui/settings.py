"""A small typed wrapper over QSettings with versioned keys.

Keys live under ``v<N>/``: when the meaning of a stored value changes, bump :data:`SETTINGS_VERSION`
and old values are simply ignored (never unpickled into something they no longer fit).

The settings are one INI file in the user's config folder (``core.user_folders.settings_file``:
``~/.config/etown-desktop/settings.conf`` on Linux), beside the kiosk PIN. Earlier versions kept
them under Qt's organization/application names (``~/.config/Beijing E-Town/…``, the registry on
Windows); :func:`move_old_settings` copies them over once.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1
# Qt's organization and application names (window identity); earlier versions' settings were
# filed under them (move_old_settings), today's live in the config folder.
ORGANIZATION = "Beijing E-Town"
APPLICATION = "E-Town Investor Desktop"


def settings_store() -> QSettings:
    """The app's settings file in the user's config folder."""
    from etown_desktop.core.user_folders import settings_file

    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def move_old_settings() -> bool:
    """Once: copy the settings an earlier version kept under Qt's names into the settings file
    (written whole under a temporary name, then renamed), then clear the old ones. True if moved."""
    from etown_desktop.core.user_folders import settings_file

    target = settings_file()
    old = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
    keys = old.allKeys()
    if target.exists() or not keys:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".moving")
    partial.unlink(missing_ok=True)
    new = QSettings(str(partial), QSettings.Format.IniFormat)
    for key in keys:
        new.setValue(key, old.value(key))
    new.sync()
    status = new.status()
    del new
    if status != QSettings.Status.NoError or not partial.exists():
        partial.unlink(missing_ok=True)
        log.warning("could not move the settings of an earlier version (%s)", status)
        return False
    os.replace(partial, target)
    old_file = Path(old.fileName())
    old.clear()
    old.sync()
    del old
    if old_file.is_file() and old_file.suffix == ".conf":  # Linux: the emptied file and folder
        old_file.unlink(missing_ok=True)
        try:
            old_file.parent.rmdir()
        except OSError:
            pass
    log.info("moved the settings of an earlier version to %s", target)
    return True


class AppSettings:
    """Window geometry, window state, last tab, interface language, appearance and text size."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings if settings is not None else settings_store()

    @staticmethod
    def _key(name: str) -> str:
        return f"v{SETTINGS_VERSION}/{name}"

    def _bytes(self, name: str) -> QByteArray | None:
        value = self._s.value(self._key(name))
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        return None

    def _str(self, name: str) -> str | None:
        value = self._s.value(self._key(name))
        return value if isinstance(value, str) and value else None

    # -- window ------------------------------------------------------------------------------
    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue(self._key("window/geometry"), value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._s.setValue(self._key("window/state"), value)

    @property
    def last_tab(self) -> str | None:
        """Name of the tab shown last (a TAB_REGISTRY name, not an index)."""
        return self._str("window/last_tab")

    @last_tab.setter
    def last_tab(self, name: str) -> None:
        self._s.setValue(self._key("window/last_tab"), name)

    # -- language ----------------------------------------------------------------------------
    @property
    def language(self) -> str | None:
        value = self._str("ui/language")
        return value if value in ("en", "zh") else None

    @language.setter
    def language(self, lang: str) -> None:
        self._s.setValue(self._key("ui/language"), lang)

    # -- appearance --------------------------------------------------------------------------
    @property
    def appearance(self) -> str:
        """View → Appearance: "system" (the default), "light", "dark" or "high_contrast"."""
        from etown_desktop.core.appearance.schemes import normalize

        return normalize(self._str("ui/appearance"))

    @appearance.setter
    def appearance(self, choice: str) -> None:
        self._s.setValue(self._key("ui/appearance"), choice)

    # -- text size (View → Text size) --------------------------------------------------------
    @property
    def text_size(self) -> int:
        """The text size in percent (one of core.accessibility.text_size.STEPS; 100 when unset)."""
        from etown_desktop.core.accessibility.text_size import parse

        return parse(self._s.value(self._key("ui/text_size")))

    @text_size.setter
    def text_size(self, percent: int) -> None:
        self._s.setValue(self._key("ui/text_size"), int(percent))

    # -- generic -----------------------------------------------------------------------------
    def value(self, name: str, default: str | None = None) -> str | None:
        """A string setting for other modules (e.g. the last export folder)."""
        return self._str(name) or default

    def set_value(self, name: str, value: str) -> None:
        self._s.setValue(self._key(name), value)

    def sync(self) -> None:
        self._s.sync()

    def clear(self) -> None:
        """Forget every stored setting (``--reset-settings``): the next start is a first start."""
        self._s.clear()
        self._s.sync()
