"""A lead's sectors of interest are the sector profiles' ids (ngit, auto, biomedicine …)."""

from __future__ import annotations

from etown_desktop.core.profiles.definitions import PROFILES, ZONE_PROFILE


def sector_ids() -> tuple[str, ...]:
    return tuple(p for p in PROFILES if p != ZONE_PROFILE)


def sector_label(sector_id: str, lang: str = "en") -> str:
    p = PROFILES.get(sector_id)
    return p.name(lang) if p else sector_id
