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
import sys
from pathlib import Path

APP_NAME = "etown-desktop"  # the folders' name on every platform
DATA_HOME_ENV = "ETOWN_DESKTOP_DATA_HOME"

SETTINGS_FILE = "settings.conf"


# The base folders on Linux, as platformdirs finds them: ``$XDG_…_HOME`` when it is an absolute
# path, otherwise this folder in the home folder.
_LINUX_BASES = {"config": ("XDG_CONFIG_HOME", "~/.config"), "data": ("XDG_DATA_HOME", "~/.local/share")}


def _linux_base(kind: str) -> str | None:
    """The base folder platformdirs gives on Linux for ``kind``, found without importing it
    (its import is ~22 M instructions before a show's first slide: issue 22); None where it
    might answer differently (another system, Android, a relative ``$XDG_…`` or ``$HOME``).
    ``tests/core/test_user_folders.py`` checks the answers against platformdirs'."""
    if sys.platform != "linux" or hasattr(sys, "getandroidapilevel"):
        return None
    env = os.environ
    if env.get("ANDROID_DATA") == "/data" and env.get("ANDROID_ROOT") == "/system":
        return None
    variable, default = _LINUX_BASES[kind]
    value = env.get(variable, "")
    if value:
        return value if value.startswith("/") else None
    home = env.get("HOME")
    if not home or not home.startswith("/"):
        return None
    return os.path.expanduser(default)


def platform_dir(kind: str, appname: str | None = None, appauthor: str | bool | None = None) -> Path:
    """``platformdirs.user_config_dir`` (``kind`` "config") or ``user_data_dir`` ("data") for
    ``appname``, not roaming; on Linux without importing platformdirs."""
    base = _linux_base(kind)
    if base is not None:
        return Path(os.path.join(base, appname) if appname else base)
    import platformdirs

    find = platformdirs.user_config_dir if kind == "config" else platformdirs.user_data_dir
    return Path(find(appname, appauthor, roaming=False))


def user_data_dir() -> Path:
    """The data folder: editions, visit log, logs (not created here)."""
    override = os.environ.get(DATA_HOME_ENV)
    if override:
        return Path(override)
    return platform_dir("data", APP_NAME, appauthor=False)


def user_config_dir() -> Path:
    """The config folder: settings and the kiosk PIN (not created here)."""
    return platform_dir("config", APP_NAME, appauthor=False)


def settings_file() -> Path:
    """The settings (an INI file Qt's QSettings reads and writes)."""
    return user_config_dir() / SETTINGS_FILE


def log_dir() -> Path:
    return user_data_dir() / "logs"


def move_old_folders() -> list[str]:
    """Move the files of earlier versions' folders here, once (what was moved, for the log)."""
    from etown_desktop.core.user_folders_move import move_old_places

    return move_old_places()
