"""Where the user's editions live: the data folder of :mod:`core.user_folders` (Qt-free).

Linux honours ``$XDG_DATA_HOME`` (default ``~/.local/share``), Windows uses ``%LOCALAPPDATA%``,
macOS ``~/Library/Application Support``; the folder is ``etown-desktop`` on each.
``$ETOWN_DESKTOP_DATA_HOME`` overrides all of them.
"""

from __future__ import annotations

from pathlib import Path

from etown_desktop.core.user_folders import APP_NAME as APP_FOLDER  # noqa: F401 (kept for callers)
from etown_desktop.core.user_folders import DATA_HOME_ENV, user_data_dir  # noqa: F401


def user_data_folder() -> Path:
    """The folder that holds this user's editions (not created here)."""
    return user_data_dir()
