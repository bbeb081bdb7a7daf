"""Two profiles side by side, section by section, with their figures aligned (Qt-free).

Figures of the same metric sit on one row; Beijing-wide 2020 targets pair with each other; the
rest follow in order. Other sections pair items in their own order (a side may be empty).
A long figures section puts the rows holding a headline figure of either side first
(:mod:`etown_desktop.core.profiles.headline`), so its first rows pair the headlines.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import zip_longest
from typing import Any

from etown_desktop.core.profiles.headline import HEADLINE_ITEMS, headline_figures
from etown_desktop.core.profiles.profile import Profile, ProfileFigure
from etown_desktop.core.profiles.texts import SECTION_KEYS


@dataclass(frozen=True)
class CompareSection:
    key: str  # one of SECTION_KEYS
    rows: tuple[tuple[Any, Any], ...]  # (left item or None, right item or None)


@dataclass(frozen=True)
class Comparison:
    left: Profile
    right: Profile
    sections: tuple[CompareSection, ...]

    def swapped(self) -> Comparison:
        return compare(self.right, self.left)


def _align_figures(left: list[ProfileFigure], right: list[ProfileFigure]) -> list[tuple]:
    rows: list[tuple] = []
    by_metric: dict[str, list[int]] = {}
    for i, rf in enumerate(right):
        by_metric.setdefault(rf.figure.metric, []).append(i)
    used: set[int] = set()
    rest_l: list[ProfileFigure] = []
    for lf in left:
        free = by_metric.get(lf.figure.metric)
        if free:
            i = free.pop(0)
            used.add(i)
            rows.append((lf, right[i]))
        else:
            rest_l.append(lf)
    rest_r = [rf for i, rf in enumerate(right) if i not in used]
    # Beijing-wide figures pair with Beijing-wide ones, E-Town ones with E-Town ones.
    for beijing in (False, True):
        ls = [f for f in rest_l if f.beijing_wide is beijing]
        rs = [f for f in rest_r if f.beijing_wide is beijing]
        rows += list(zip_longest(ls, rs))
    return _headlines_first(rows, left, right)


def _headlines_first(rows: list[tuple], left: list[ProfileFigure], right: list[ProfileFigure]) -> list[tuple]:
    """Rows with a figure of the sector itself (no company) first, then rows with another headline
    figure of either side, then the rest; each group in its order."""
    if len(rows) <= HEADLINE_ITEMS:
        return rows
    heads = {id(pf) for pf in (*headline_figures(left), *headline_figures(right))}

    def rank(row: tuple) -> int:
        items = [pf for pf in row if pf is not None]
        if any(pf.figure.company_id is None for pf in items):
            return 0
        return 1 if any(id(pf) in heads for pf in items) else 2
    return sorted(rows, key=rank)


def _pairs(left: tuple, right: tuple, key=None) -> list[tuple]:
    if key is None:
        return list(zip_longest(left, right))
    # Items both sides name share a row (in the left side's order); the others then stand side by
    # side, so each side's first items are in the first rows however long the other side is.
    rkeys = {key(x) for x in right}
    lkeys = {key(x) for x in left}
    rmap = {key(x): x for x in right}
    rows = [(x, rmap[key(x)]) for x in left if key(x) in rkeys]
    return rows + list(zip_longest([x for x in left if key(x) not in rkeys],
                                   [x for x in right if key(x) not in lkeys]))


def compare(left: Profile, right: Profile) -> Comparison:
    sections = []
    for key in SECTION_KEYS:
        if key == "figures":
            rows = _align_figures(list(left.figures), list(right.figures))
        elif key == "targets":
            rows = _align_figures(list(left.targets), list(right.targets))
        elif key == "cluster":
            rows = _pairs(left.clusters, right.clusters)
        elif key == "zones":
            rows = _pairs(left.zones, right.zones)
        elif key == "companies":
            rows = _pairs(left.companies, right.companies, key=lambda c: c.id)
        elif key == "reforms":
            rows = _pairs(left.reforms, right.reforms, key=lambda r: r.id)
        else:
            rows = _pairs(left.sources, right.sources, key=lambda s: s.id)
        sections.append(CompareSection(key, tuple(rows)))
    return Comparison(left, right, tuple(sections))
