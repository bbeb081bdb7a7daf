"""The user's own folders for what the app writes (visit log, kiosk PIN), Qt-free.

platformdirs gives the platform's conventions: $XDG_DATA_HOME / $XDG_CONFIG_HOME (or
~/.local/share, ~/.config) on Linux, %LOCALAPPDATA% on Windows, ~/Library/Application Support on
macOS. The fact database is never written here; these are the user's files."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "E-Town Investor Desktop"
APP_AUTHOR = "Beijing E-Town"


def user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def user_config_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR, roaming=False))
