"""The user's own folders for what the app writes, Qt-free: one config folder, one data folder.

One name, ``etown-desktop``, on every platform (platformdirs gives the conventions):

* config — settings (``settings.conf``) and the kiosk PIN: ``$XDG_CONFIG_HOME/etown-desktop``
  (``~/.config/etown-desktop``) on Linux;
* data — data editions, the visit log and the log files: ``$XDG_DATA_HOME/etown-desktop``
  (``~/.local/share/etown-desktop``) on Linux.

On Windows both are ``%LOCALAPPDATA%\\etown-desktop``, on macOS
``~/Library/Application Support/etown-desktop``.

``$ETOWN_DESKTOP_DATA_HOME`` replaces the data folder (tests, a kiosk on a USB stick). The fact
database is never written here; these are the user's files.

Earlier versions spread these over five folders under three names; :func:`move_old_folders`
moves what it finds there into these two, once, at start (see :mod:`core.user_folders_move`).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "etown-desktop"  # the folders' name on every platform
DATA_HOME_ENV = "ETOWN_DESKTOP_DATA_HOME"

SETTINGS_FILE = "settings.conf"


def user_data_dir() -> Path:
    """The data folder: editions, visit log, logs (not created here)."""
    override = os.environ.get(DATA_HOME_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def user_config_dir() -> Path:
    """The config folder: settings and the kiosk PIN (not created here)."""
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=False))


def settings_file() -> Path:
    """The settings (an INI file Qt's QSettings reads and writes)."""
    return user_config_dir() / SETTINGS_FILE


def log_dir() -> Path:
    return user_data_dir() / "logs"


def move_old_folders() -> list[str]:
    """Move the files of earlier versions' folders here, once (what was moved, for the log)."""
    from etown_desktop.core.user_folders_move import move_old_places

    return move_old_places()
