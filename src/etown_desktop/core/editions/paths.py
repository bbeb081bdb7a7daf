"""Where the user's editions live: a Qt-free lookup of the per-user data folder.

Linux honours ``$XDG_DATA_HOME`` (default ``~/.local/share``), Windows uses ``%LOCALAPPDATA%``,
macOS ``~/Library/Application Support``. ``$ETOWN_DESKTOP_DATA_HOME`` overrides all of them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_FOLDER = "etown-desktop"
DATA_HOME_ENV = "ETOWN_DESKTOP_DATA_HOME"


def user_data_folder() -> Path:
    """The folder that holds this user's editions (not created here)."""
    override = os.environ.get(DATA_HOME_ENV)
    if override:
        return Path(override)
    if sys.platform.startswith("win"):
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_FOLDER
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_FOLDER
    xdg = os.environ.get("XDG_DATA_HOME", "").strip()
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
    return base / APP_FOLDER
