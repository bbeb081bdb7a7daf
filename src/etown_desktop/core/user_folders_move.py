"""Moving the files of earlier versions' folders into the one config and one data folder (Qt-free).

Earlier versions wrote under three names: the kiosk PIN in ``<config>/E-Town Investor Desktop``,
the visit log in ``<data>/E-Town Investor Desktop`` (platformdirs, author "Beijing E-Town" on
Windows), the log files in Qt's ``<data>/Beijing E-Town/E-Town Investor Desktop/logs``; the
editions were already in ``<data>/etown-desktop``. (The settings are copied key by key by the UI,
:func:`ui.settings.move_old_settings`, as Qt keeps them in the registry on Windows.)

Each move copies into a temporary name beside the target, renames it into place (one atomic
step), and only then deletes the old file: a move cut short leaves the old file whole and no
target, and is done at the next start. A target that exists already is never overwritten (the old
file is then left where it is). A SQLite log is copied with SQLite's backup (its write-ahead log
included), never file by file.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from etown_desktop.core import user_folders

log = logging.getLogger(__name__)

OLD_APP = "E-Town Investor Desktop"
OLD_ORG = "Beijing E-Town"
PARTIAL = ".moving"  # suffix of a copy not yet renamed into place


class OldPlace:
    """One old file or folder and where it goes. (A plain class: a dataclass is compiled when it
    is defined, ~5 M instructions at every start of a show: issue 22.)"""

    __slots__ = ("source", "target", "kind")

    def __init__(self, source: Path, target: Path, kind: str) -> None:
        self.source = source
        self.target = target
        self.kind = kind  # "file", "sqlite" or "folder"

    def __repr__(self) -> str:
        return f"OldPlace(source={self.source!r}, target={self.target!r}, kind={self.kind!r})"


def old_places() -> list[OldPlace]:
    """Where earlier versions kept what now lives in the config and data folders (platformdirs'
    places, on Linux found without importing it: :func:`user_folders.platform_dir`)."""
    config, data = user_folders.user_config_dir(), user_folders.user_data_dir()
    old_config = user_folders.platform_dir("config", OLD_APP, OLD_ORG)
    old_data = user_folders.platform_dir("data", OLD_APP, OLD_ORG)
    qt_data = user_folders.platform_dir("data") / OLD_ORG / OLD_APP  # QStandardPaths
    places = [OldPlace(old_config / "kiosk-pin", config / "kiosk-pin", "file")]
    if not os.environ.get(user_folders.DATA_HOME_ENV):  # a data folder of its own: nothing to move
        places += [OldPlace(old_data / "visits.sqlite", data / "visits.sqlite", "sqlite"),
                   OldPlace(qt_data / "logs", data / "logs", "folder")]
    return places


def _copy_sqlite(source: Path, target: Path) -> None:
    import sqlite3  # only when an old visit log is moved (not at every start)

    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _remove(place: OldPlace) -> None:
    if place.kind == "folder":
        shutil.rmtree(place.source)
    else:
        for suffix in ("", "-wal", "-shm", "-journal") if place.kind == "sqlite" else ("",):
            Path(f"{place.source}{suffix}").unlink(missing_ok=True)
    parent = place.source.parent
    while parent.name in (OLD_APP, OLD_ORG):  # the old app's own folders, once empty
        try:
            parent.rmdir()
        except OSError:
            break
        parent = parent.parent


COPIERS: dict[str, Callable[[Path, Path], object]] = {
    "file": shutil.copy2, "sqlite": _copy_sqlite, "folder": shutil.copytree,
}


def move_place(place: OldPlace) -> bool:
    """Move one old file or folder into place; True when it was moved."""
    if not place.source.exists() or place.target.exists():
        return False
    place.target.parent.mkdir(parents=True, exist_ok=True)
    partial = place.target.with_name(place.target.name + PARTIAL)
    if partial.is_dir():
        shutil.rmtree(partial)  # a copy cut short by an earlier start
    else:
        partial.unlink(missing_ok=True)
    try:
        COPIERS[place.kind](place.source, partial)
        os.replace(partial, place.target)
    except BaseException:
        if partial.is_dir():
            shutil.rmtree(partial, ignore_errors=True)
        else:
            partial.unlink(missing_ok=True)
        raise
    try:
        _remove(place)
    except OSError as exc:  # the copy is in place: the old file is only left behind
        log.warning("moved %s to %s but could not remove the old copy: %s", place.source,
                    place.target, exc)
    return True


def move_old_places() -> list[str]:
    """Move every old place that is there; one that fails is logged and tried at the next start."""
    moved = []
    for place in old_places():
        try:
            if move_place(place):
                moved.append(f"{place.source} -> {place.target}")
        except OSError as exc:
            log.warning("could not move %s to %s (tried again at the next start): %s",
                        place.source, place.target, exc)
    for line in moved:
        log.info("moved from an earlier version's folder: %s", line)
    return moved
