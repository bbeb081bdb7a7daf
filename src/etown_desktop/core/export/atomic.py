"""Atomic file writes: a failed export never leaves a truncated file or replaces a good one.

The data goes to a temporary file in the target folder, is flushed and fsync'ed, then moved over
the target with :func:`os.replace` (atomic on POSIX and Windows within one file system).
Every expected failure becomes :class:`ExportFailed` with a message a non-programmer can act on.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

from etown_desktop.core.errors import ExportFailed

log = logging.getLogger(__name__)


def check_extension(path: Path | str, allowed: Iterable[str]) -> Path:
    """The path, if its extension is one of ``allowed`` (".csv", ...); else ExportFailed."""
    raw = str(path).strip()
    path = Path(path)
    allowed = tuple(a.lower() for a in allowed)
    if raw in ("", "."):
        raise ExportFailed(f"No output file name was given. Give a file name ending in {', '.join(allowed)}.",
                           "no_name", allowed=", ".join(allowed))
    if path.is_dir():
        raise ExportFailed(f"{path} is a folder, not a file name. Give a file name in it, "
                           f"e.g. {path / ('export' + allowed[0])}.", "folder_given", path=str(path),
                           example=str(path / ("export" + allowed[0])))
    if path.suffix.lower() not in allowed:
        shown = path.suffix or "no extension"
        raise ExportFailed(
            f"Cannot export to {path.name}: {shown} is not a supported file type here. "
            f"Use one of: {', '.join(allowed)}.", "extension", name=path.name, suffix=path.suffix,
            allowed=", ".join(allowed))
    return path


def os_error_reason(exc: OSError, path: Path) -> tuple[str, dict[str, object]]:
    """Why writing ``path`` failed, as a reason name and its parameters (see failure_text)."""
    folder = path.parent
    params: dict[str, object] = {"name": path.name, "folder": str(folder), "path": str(path)}
    if exc.errno == errno.ENOSPC:
        return "disk_full", params
    if exc.errno == errno.EDQUOT:
        return "quota", params
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "folder_denied", params
    if exc.errno == errno.ENOENT:
        # e.g. /proc: the folder is there but accepts no new files
        return ("folder_no_new_files" if folder.is_dir() else "folder_missing"), params
    if exc.errno == errno.ENOTDIR:
        return "not_a_folder", params
    if exc.errno == errno.EISDIR:
        return "is_a_folder", params
    if exc.errno == errno.ENAMETOOLONG:
        return "name_too_long", params
    return "os_error", {**params, "error": exc.strerror or str(exc)}


def explain_os_error(exc: OSError, path: Path) -> str:
    """A readable sentence for an OS error while writing ``path`` (the app's wording)."""
    from etown_desktop.core.export.failure_text import failure_sentence

    reason, params = os_error_reason(exc, path)
    return failure_sentence(reason, params, "en", where="app")


def os_failure(exc: OSError, path: Path) -> ExportFailed:
    """The ExportFailed for an OS error while writing ``path``."""
    reason, params = os_error_reason(exc, path)
    return ExportFailed(explain_os_error(exc, path), reason, **params)


@contextlib.contextmanager
def atomic_path(path: Path | str) -> Iterator[Path]:
    """A temporary file path next to ``path``; on success the file replaces ``path`` atomically.

    The body writes the temporary file (by name, any library). If the body raises, the temporary
    file is removed and ``path`` is left untouched. OS errors become :class:`ExportFailed`.
    """
    path = Path(path)
    if path.is_dir():
        raise os_failure(OSError(errno.EISDIR, "Is a directory"), path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise os_failure(exc, path) from exc
    tmp = Path(tmp_name)
    try:
        yield tmp
        if tmp.stat().st_size == 0:
            raise ExportFailed(f"Nothing was written for {path.name}; the export produced an empty file.",
                               "empty", name=path.name)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        _match_umask(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        _discard(tmp)
        raise os_failure(exc, path) from exc
    except BaseException:
        _discard(tmp)
        raise
    _fsync_dir(folder)
    log.info("wrote %s", path)


@contextlib.contextmanager
def atomic_open(path: Path | str) -> Iterator[BinaryIO]:
    """Like :func:`atomic_path`, but yields an open binary file handle."""
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as fh:
            yield fh


def write_bytes(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically."""
    with atomic_open(path) as fh:
        fh.write(data)
    return Path(path)


def write_with(path: Path | str, writer: Callable[[Path], None]) -> Path:
    """Let ``writer(tmp_path)`` produce the file (xlsxwriter, QPdfWriter, ...), then move it into place."""
    with atomic_path(path) as tmp:
        writer(tmp)
    return Path(path)


def _match_umask(tmp: Path) -> None:
    """mkstemp creates 0600 files; give the export the permissions a normal file would get."""
    umask = os.umask(0)
    os.umask(umask)
    with contextlib.suppress(OSError):
        os.chmod(tmp, 0o666 & ~umask)


def _discard(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink()


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
