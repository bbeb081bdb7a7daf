"""The bundled font's character coverage, read from the compact range file that
``tools/make_font_subset.py`` writes beside the font (``resources/fonts/*.coverage``).

A character outside it shows as an empty box on a machine without a system font that has it, and
in every export (which draw with the bundled font): the import validation warns about it.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from etown_desktop.core.errors import ResourceMissing
from etown_desktop.core.resources import resource_path

log = logging.getLogger(__name__)

COVERAGE_FILE = ("fonts", "NotoSansSC-Subset.coverage")


@dataclass(frozen=True)
class Coverage:
    """Sorted, disjoint (first, last) code point ranges."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def __contains__(self, char: str) -> bool:
        cp = ord(char)
        i = bisect_right(self.starts, cp) - 1
        return i >= 0 and cp <= self.ends[i]

    def missing(self, text: str) -> list[str]:
        """The distinct characters of ``text`` the font cannot draw, in order of appearance
        (white space and control characters are never drawn, so never missing)."""
        out: list[str] = []
        for ch in dict.fromkeys(text):
            if ch.isspace() or ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 or ch in self:
                continue
            out.append(ch)
        return out


def parse_coverage(text: str) -> Coverage:
    """``4E00-9FFF`` or ``3000`` a line (hex); ``#`` starts a comment."""
    ranges = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        first, _, last = line.partition("-")
        ranges.append((int(first, 16), int(last or first, 16)))
    ranges.sort()
    return Coverage(tuple(r[0] for r in ranges), tuple(r[1] for r in ranges))


@lru_cache(maxsize=4)
def _load(path: Path) -> Coverage:
    return parse_coverage(path.read_text(encoding="utf-8"))


def bundled_coverage() -> Coverage | None:
    """The bundled font's coverage, or None (logged) when the file is missing."""
    try:
        return _load(resource_path(*COVERAGE_FILE))
    except ResourceMissing as exc:
        log.warning("No font coverage file, characters are not checked: %s", exc)
        return None


def undrawable(text: str) -> list[str]:
    """Characters of ``text`` no bundled font can draw ([] when the coverage is unknown)."""
    cov = bundled_coverage()
    return cov.missing(text) if cov is not None else []
