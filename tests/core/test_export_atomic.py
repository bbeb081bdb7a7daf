"""Atomic writes: failures leave no partial file and never clobber a good one."""

from __future__ import annotations

import errno
import os

import pytest

from etown_desktop.core.errors import ExportFailed
from etown_desktop.core.export import atomic


def _leftovers(folder):
    return [p.name for p in folder.iterdir() if p.name.endswith(".part")]


def test_write_bytes_creates_and_replaces(tmp_path):
    target = tmp_path / "out.csv"
    atomic.write_bytes(target, b"one")
    atomic.write_bytes(target, b"two")
    assert target.read_bytes() == b"two"
    assert _leftovers(tmp_path) == []


def test_failure_in_body_keeps_old_file(tmp_path):
    target = tmp_path / "out.csv"
    target.write_bytes(b"good")
    with pytest.raises(RuntimeError):
        with atomic.atomic_open(target) as fh:
            fh.write(b"half")
            raise RuntimeError("renderer crashed")
    assert target.read_bytes() == b"good"
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportFailed, match="cannot be written"):
            atomic.write_bytes(folder / "x.csv", b"data")
    finally:
        folder.chmod(0o700)
    assert list(folder.iterdir()) == []


def test_read_only_folder_simulated(tmp_path, monkeypatch):
    def denied(*a, **k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", denied)
    with pytest.raises(ExportFailed, match="permission denied"):
        atomic.write_bytes(tmp_path / "x.csv", b"data")


def test_missing_folder(tmp_path):
    with pytest.raises(ExportFailed, match="does not exist"):
        atomic.write_bytes(tmp_path / "nope" / "x.csv", b"data")


def test_disk_full_keeps_old_file(tmp_path, monkeypatch):
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"good")
    real_fsync = os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(ExportFailed, match="disk is full"):
        atomic.write_bytes(target, b"new content")
    monkeypatch.setattr(atomic.os, "fsync", real_fsync)
    assert target.read_bytes() == b"good"
    assert _leftovers(tmp_path) == []


def test_disk_full_inside_writer(tmp_path):
    target = tmp_path / "out.pdf"

    def writer(path):
        path.write_bytes(b"partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ExportFailed, match="disk is full"):
        atomic.write_with(target, writer)
    assert not target.exists()
    assert _leftovers(tmp_path) == []


def test_write_with_library_writer(tmp_path):
    target = tmp_path / "out.bin"
    atomic.write_with(target, lambda p: p.write_bytes(b"abc"))
    assert target.read_bytes() == b"abc"


def test_empty_output_is_refused(tmp_path):
    target = tmp_path / "out.bin"
    target.write_bytes(b"good")
    with pytest.raises(ExportFailed, match="empty"):
        atomic.write_with(target, lambda p: None)
    assert target.read_bytes() == b"good"


def test_target_is_a_folder(tmp_path):
    with pytest.raises(ExportFailed, match="is a folder"):
        atomic.write_bytes(tmp_path, b"x")


@pytest.mark.parametrize("name", ["chart.gif", "chart", "table.CSV.exe"])
def test_bad_extension(tmp_path, name):
    with pytest.raises(ExportFailed, match="not a supported file type"):
        atomic.check_extension(tmp_path / name, [".png", ".svg", ".csv"])


def test_extension_case_insensitive(tmp_path):
    assert atomic.check_extension(tmp_path / "A.PNG", [".png"]).name == "A.PNG"
