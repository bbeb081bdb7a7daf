"""Every foreground/background pair of colours the app paints, from every colour scheme and its
slides (the lists are Qt-free: core/accessibility/scheme_pairs.py)."""

from __future__ import annotations

from etown_desktop.core.accessibility.contrast import ColourPair
from etown_desktop.core.accessibility.scheme_pairs import all_scheme_pairs


def all_pairs() -> list[ColourPair]:
    return [p for pairs in all_scheme_pairs().values() for p in pairs]
