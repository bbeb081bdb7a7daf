"""Where the files bundled in the package live, read through importlib.resources."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from etown_desktop.core.errors import ResourceMissing

DB_ENV = "ETOWN_DESKTOP_DB"
# Development only: point at the checkout's resources/ without installing the package.
RESOURCES_ENV = "ETOWN_DESKTOP_RESOURCES"


def _package_file(*parts: str) -> Path:
    ref = resources.files("etown_desktop")
    for part in parts:
        ref = ref / part
    # Wheels are installed unpacked, so the traversable is a real path on disk.
    path = Path(str(ref))
    if not path.exists():
        raise ResourceMissing(
            f"The bundled file {'/'.join(parts)} is missing from the installed package. "
            "Reinstall the application (pip install .)."
        )
    return path


def database_path() -> Path:
    """The bundled fact database, or the file named by ``$ETOWN_DESKTOP_DB`` when set."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override)
    return _package_file("data", "etown.db")


def resource_path(*parts: str) -> Path:
    """A file under the packaged ``resources/`` folder (fonts, translations, icons)."""
    override = os.environ.get(RESOURCES_ENV)
    if override:
        path = Path(override).joinpath(*parts)
        if not path.exists():
            raise ResourceMissing(f"{path} does not exist (set by ${RESOURCES_ENV}).")
        return path
    return _package_file("resources", *parts)
