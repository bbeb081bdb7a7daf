"""Where the files bundled in the package live.

They are found next to the package's own modules: a wheel is installed unpacked, and the
standalone bundle keeps them in the package's folder too (packaging/etown-desktop.spec). Not
through importlib.resources, whose import costs ~4 ms before the first paint."""

from __future__ import annotations

import os
from pathlib import Path

from etown_desktop.core.errors import ResourceMissing

DB_ENV = "ETOWN_DESKTOP_DB"
# Development only: point at the checkout's resources/ without installing the package.
RESOURCES_ENV = "ETOWN_DESKTOP_RESOURCES"
PACKAGE_DIR = Path(__file__).resolve().parent.parent  # .../etown_desktop
# A source checkout (``src/etown_desktop``): an editable install (pip install -e .) and a plain
# PYTHONPATH=src run find data/etown.db and resources/ at the checkout's top level.
CHECKOUT_DIR = PACKAGE_DIR.parent.parent


def _package_file(*parts: str) -> Path:
    path = PACKAGE_DIR.joinpath(*parts)
    if not path.exists() and PACKAGE_DIR.parent.name == "src":
        path = CHECKOUT_DIR.joinpath(*parts)
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
