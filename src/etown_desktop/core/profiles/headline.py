"""Which items of a profile section are its headline items, and which the full list holds.

A profile section can grow without bound (a bureau that imports its company register names
thousands of companies and figures for one sector); the screen, the comparison, the sector sheet
and the brief show only its headline items and offer the rest as a table ("Show all N").

The rule, kept in the data (nothing is ranked by hand or by an invented score):

* **Headline figures**: every figure of the sector itself — the metrics its definition names
  (newest statement of each) and the targets of its clusters (E-Town and Beijing-wide) — then the
  figures of its companies in the order the data lists the companies (the order the articles name
  them; imported registers come after), each company's figures in id (= source, paragraph) order.
  They are shown in the profile's order: E-Town figures first, Beijing-wide ones last.
* **Every other section** (companies, sources, zones, reforms, clusters, targets): the first items
  in data order — the order the articles name them (sources: by reference).

``HEADLINE_ITEMS`` items at most; the full list is what :class:`Profile` holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from etown_desktop.core.profiles.profile import Profile, ProfileFigure

HEADLINE_ITEMS = 12  # items of one section shown as cards (or lines); the rest: "Show all N"
SUMMARY_SENTENCES = 8  # headline figures worded in a profile's summary (no shipped profile has more)

_ATTRS = {"figures": "figures", "cluster": "clusters", "zones": "zones", "companies": "companies",
          "reforms": "reforms", "targets": "targets", "sources": "sources"}


def section_items(profile: Profile, key: str) -> tuple[Any, ...]:
    """Every item of a section (``key`` one of ``SECTION_KEYS``), in the profile's order."""
    return getattr(profile, _ATTRS[key])


def headline_figures(figures: Sequence[ProfileFigure], limit: int = HEADLINE_ITEMS) -> list[ProfileFigure]:
    """The headline figures (see the module docstring), in the profile's order."""
    if len(figures) <= limit:
        return list(figures)
    own = [i for i, pf in enumerate(figures) if pf.figure.company_id is None][:limit]
    keep = set(own)
    for i, pf in enumerate(figures):
        if len(keep) >= limit:
            break
        keep.add(i)
    return [pf for i, pf in enumerate(figures) if i in keep]


def headline(profile: Profile, key: str, limit: int = HEADLINE_ITEMS) -> list[Any]:
    """The headline items of one section: at most ``limit``, by the rule above."""
    items = section_items(profile, key)
    if key == "figures":
        return headline_figures(items, limit)
    return list(items[:limit])


def more_count(profile: Profile, key: str, limit: int = HEADLINE_ITEMS) -> int:
    """How many items of the section the headline leaves for "Show all"."""
    return max(0, len(section_items(profile, key)) - limit)


def section_keys(profile: Profile, key: str) -> list[str]:
    """The ids of a section's items in the database (figure ids for figures and targets, company
    ids for companies, source ids for sources), to fetch its full list as a table."""
    items = section_items(profile, key)
    if key in ("figures", "targets"):
        return [pf.figure.id for pf in items]
    return [item.id for item in items if hasattr(item, "id")]
