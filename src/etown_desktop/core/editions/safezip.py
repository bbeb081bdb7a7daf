"""Open a ZIP file (edition pack or .xlsx) only if it is safe to read.

Refused as a whole, with a one-line reason: a file over the size cap, entries with ``..`` or
absolute paths, symbolic links, duplicate entries, encrypted entries, and ZIP bombs (total
uncompressed size over the cap, or an extreme compression ratio). Reads are capped too, since
a ZIP's declared sizes can lie.
"""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path, PurePosixPath

from etown_desktop.core.editions.messages import human_size
from etown_desktop.core.errors import ImportRejected

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNPACKED_BYTES = 300 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for entries over 1 MB
MAX_ENTRIES = 5000


def check_file_size(path: Path, limit: int | None = None) -> None:
    limit = MAX_FILE_BYTES if limit is None else limit
    size = Path(path).stat().st_size
    if size > limit:
        raise ImportRejected("too_big", f"{Path(path).name} is too large", name=Path(path).name,
                             size=human_size(size), limit=human_size(limit))


def _unsafe(name: str) -> bool:
    if not name or name.startswith(("/", "\\")) or "\\" in name or "\0" in name:
        return True
    if len(name) > 1 and name[1] == ":":
        return True  # a Windows drive letter
    return any(part == ".." for part in PurePosixPath(name).parts)


def open_safe_zip(path: Path, limit: int | None = None) -> zipfile.ZipFile:
    """The opened ZIP, after every entry has passed the checks above."""
    limit = MAX_UNPACKED_BYTES if limit is None else limit
    path = Path(path)
    name = path.name
    check_file_size(path)
    try:
        zf = zipfile.ZipFile(path)
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ImportRejected("not_a_zip", f"{name} is not a ZIP file ({exc})", name=name) from exc
    try:
        if len(infos) > MAX_ENTRIES:
            raise ImportRejected("zip_bomb", f"{name}: too many entries", name=name,
                                 limit=f"{MAX_ENTRIES} entries")
        seen: set[str] = set()
        total = 0
        for info in infos:
            entry = info.filename
            if _unsafe(entry):
                raise ImportRejected("unsafe_path", f"{name}: unsafe path {entry!r}", name=name,
                                     entry=entry)
            if stat.S_ISLNK(info.external_attr >> 16):
                raise ImportRejected("symlink", f"{name}: symlink {entry!r}", name=name, entry=entry)
            if entry in seen:
                raise ImportRejected("duplicate_entry", f"{name}: duplicate {entry!r}", name=name,
                                     entry=entry)
            seen.add(entry)
            if info.flag_bits & 0x1:
                raise ImportRejected("encrypted", f"{name} is encrypted", name=name)
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if total > limit or (info.file_size > 1024 * 1024 and ratio > MAX_RATIO):
                raise ImportRejected("zip_bomb", f"{name} unpacks too large", name=name,
                                     limit=human_size(limit))
    except ImportRejected:
        zf.close()
        raise
    return zf


def read_entry(zf: zipfile.ZipFile, entry: str, origin: str) -> bytes:
    """An entry's bytes, stopping at its declared size (a lying header cannot unpack more)."""
    info = zf.getinfo(entry)
    try:
        with zf.open(info) as fh:
            data = fh.read(info.file_size + 1)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, ValueError) as exc:
        raise ImportRejected("not_a_zip", f"{origin}: {entry} is damaged ({exc})",
                             name=origin) from exc
    if len(data) > info.file_size:
        raise ImportRejected("zip_bomb", f"{origin}: {entry} is larger than declared", name=origin,
                             limit=human_size(info.file_size))
    return data
