"""A benchmark's user: settings and data in a folder of its own, as on a laptop (XDG folders)."""

from __future__ import annotations

import os
from pathlib import Path

# Python run in an app child (or on its own) so the start is a returning user's: the first-start
# welcome (ui/welcome) was confirmed, or the app would wait on it.
RETURNING_USER = ("from etown_desktop.ui.settings import AppSettings\n"
                  "from etown_desktop.ui.welcome.first_start import confirm\n"
                  "confirm(AppSettings(), 'en')\n")


def user_home_env(env: dict[str, str], home: str | os.PathLike) -> dict[str, str]:
    """``env`` with the config, data and cache folders under ``home``."""
    home = Path(home)
    return {**env, "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache")}
