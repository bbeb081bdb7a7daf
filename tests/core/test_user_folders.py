"""One config folder and one data folder, named etown-desktop; the files earlier versions kept in
four other folders under two other names are moved there once, and a move cut short loses nothing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from etown_desktop.core import user_folders, user_folders_move
from etown_desktop.core.editions.paths import user_data_folder
from etown_desktop.core.kiosk.pin import pin_path
from etown_desktop.core.visits.visit_log import default_log_path


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """XDG folders in the test's own folder, no data-folder override (as on a user's machine)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv(user_folders.DATA_HOME_ENV, raising=False)
    return tmp_path


def _populate_old_places(home: Path) -> None:
    """Every place an earlier version wrote to (Linux names)."""
    old_config = home / "config" / "E-Town Investor Desktop"
    old_config.mkdir(parents=True)
    (old_config / "kiosk-pin").write_text("scrypt$old-hash\n")
    old_data = home / "data" / "E-Town Investor Desktop"
    old_data.mkdir(parents=True)
    conn = sqlite3.connect(old_data / "visits.sqlite")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, kind TEXT)")
    with conn:
        conn.executemany("INSERT INTO events (kind) VALUES (?)", [("visit",)] * 7)
    # left as a crashed kiosk leaves it: the rows are still in the write-ahead log
    for suffix in ("", "-wal", "-shm"):
        shutil.copy(old_data / f"visits.sqlite{suffix}", home / f"snapshot{suffix}")
    conn.close()
    for suffix in ("", "-wal", "-shm"):
        shutil.copy(home / f"snapshot{suffix}", old_data / f"visits.sqlite{suffix}")
    logs = home / "data" / "Beijing E-Town" / "E-Town Investor Desktop" / "logs"
    logs.mkdir(parents=True)
    (logs / "etown-desktop.log").write_text("an old log line\n")
    editions = home / "data" / "etown-desktop" / "editions"
    editions.mkdir(parents=True)
    (editions / "state.json").write_text('{"active": "factory"}')


def test_one_name_one_config_folder_one_data_folder(home):
    config, data = home / "config" / "etown-desktop", home / "data" / "etown-desktop"
    assert user_folders.user_config_dir() == config and user_folders.user_data_dir() == data
    assert pin_path().parent == config and user_folders.settings_file().parent == config
    assert default_log_path().parent == data and user_data_folder() == data
    assert user_folders.log_dir() == data / "logs"


def test_every_old_place_is_moved_once(home):
    _populate_old_places(home)
    moved = user_folders.move_old_folders()
    assert len(moved) == 3
    config, data = home / "config" / "etown-desktop", home / "data" / "etown-desktop"
    assert (config / "kiosk-pin").read_text() == "scrypt$old-hash\n"
    conn = sqlite3.connect(data / "visits.sqlite")
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 7  # the WAL's rows too
    conn.close()
    assert (data / "logs" / "etown-desktop.log").read_text() == "an old log line\n"
    assert (data / "editions" / "state.json").exists()  # already in the data folder
    # Nothing is left in the old places, and the app's old folders are gone.
    left = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file()
                  and "etown-desktop" not in p.parts and p.parent != home)
    assert left == []
    assert not (home / "config" / "E-Town Investor Desktop").exists()
    assert not (home / "data" / "Beijing E-Town").exists()
    assert sorted(p.name for p in data.iterdir()) == ["editions", "logs", "visits.sqlite"]
    assert user_folders.move_old_folders() == []  # once


def test_a_move_cut_short_loses_nothing_and_is_done_at_the_next_start(home, monkeypatch):
    _populate_old_places(home)
    calls = []

    def failing_copytree(src, dst, *args, **kwargs):
        calls.append(dst)
        Path(dst).mkdir(parents=True)
        (Path(dst) / "etown-desktop.log").write_text("an old")  # half a copy, then the disk fills
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(user_folders_move.COPIERS, "folder", failing_copytree)
    moved = user_folders.move_old_folders()
    assert len(moved) == 2 and calls  # the PIN and the visit log moved; the logs did not
    data = home / "data" / "etown-desktop"
    old_logs = home / "data" / "Beijing E-Town" / "E-Town Investor Desktop" / "logs"
    assert (old_logs / "etown-desktop.log").read_text() == "an old log line\n"  # the old copy whole
    assert not (data / "logs").exists() and not (data / "logs.moving").exists()  # no half target
    monkeypatch.setitem(user_folders_move.COPIERS, "folder", shutil.copytree)
    assert len(user_folders.move_old_folders()) == 1
    assert (data / "logs" / "etown-desktop.log").read_text() == "an old log line\n"
    assert not old_logs.exists()


def test_an_existing_target_is_never_overwritten(home):
    _populate_old_places(home)
    new_pin = home / "config" / "etown-desktop" / "kiosk-pin"
    new_pin.parent.mkdir(parents=True)
    new_pin.write_text("scrypt$new-hash\n")
    user_folders.move_old_folders()
    assert new_pin.read_text() == "scrypt$new-hash\n"
    assert (home / "config" / "E-Town Investor Desktop" / "kiosk-pin").exists()  # left, not lost


def test_a_data_folder_override_takes_nothing_from_the_old_data_places(home, monkeypatch):
    _populate_old_places(home)
    monkeypatch.setenv(user_folders.DATA_HOME_ENV, str(home / "elsewhere"))
    assert user_folders.user_data_dir() == home / "elsewhere"
    user_folders.move_old_folders()
    assert (home / "data" / "E-Town Investor Desktop" / "visits.sqlite").exists()
    assert not (home / "elsewhere").exists()


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="the Linux reading")
@pytest.mark.parametrize("env", [
    {"XDG_CONFIG_HOME": "/x/conf", "XDG_DATA_HOME": "/x/data/", "HOME": "/home/u"},
    {"XDG_CONFIG_HOME": "", "XDG_DATA_HOME": "", "HOME": "/home/u/"},
    {"HOME": "/home/u"},
    {"XDG_CONFIG_HOME": "rel/conf", "XDG_DATA_HOME": "rel", "HOME": "/home/u"},
    {"XDG_CONFIG_HOME": " /x", "HOME": "relative"},
    {"HOME": ""},
    {"ANDROID_DATA": "/data", "ANDROID_ROOT": "/system", "HOME": "/home/u"},
], ids=str)
def test_the_folders_are_platformdirs_folders_without_importing_it(env, monkeypatch):
    """A show's start finds the folders without importing platformdirs (issue 22): the same
    folders platformdirs gives, for every name the app asks it for."""
    import platformdirs

    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "HOME", "ANDROID_DATA", "ANDROID_ROOT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    asked = [(None, None), ("etown-desktop", False), ("E-Town Investor Desktop", "Beijing E-Town")]
    for appname, author in asked:
        try:
            config = Path(platformdirs.user_config_dir(appname, author, roaming=False))
            data = Path(platformdirs.user_data_dir(appname, author, roaming=False))
        except RuntimeError:  # no home folder platformdirs can find: nor ours
            with pytest.raises(RuntimeError):
                user_folders.platform_dir("config", appname, author)
            continue
        assert user_folders.platform_dir("config", appname, author) == config
        assert user_folders.platform_dir("data", appname, author) == data
    if user_folders._linux_base("config") is not None:  # the answer came without platformdirs
        assert env.get("HOME", "").startswith("/")
