"""A small typed wrapper over QSettings with versioned keys.

Keys live under ``v<N>/``: when the meaning of a stored value changes, bump :data:`SETTINGS_VERSION`
and old values are simply ignored (never unpickled into something they no longer fit).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1
ORGANIZATION = "Beijing E-Town"
APPLICATION = "E-Town Investor Desktop"


class AppSettings:
    """Window geometry, window state, last tab and interface language."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings if settings is not None else QSettings(ORGANIZATION, APPLICATION)

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
