"""Sectors an investor pack can be narrowed to, and which records belong to each (Qt-free).

The sectors are the sector profiles (every profile but the zone overall): the same ids, clusters
and names (the lead cluster's, from the data: :func:`core.profiles.definitions.profile_names`).
A sector names its clusters (in every cluster group); its companies are those of these clusters,
its figures the clusters' targets and the companies' figures. Reforms and the 2025 targets apply
to the whole zone, so a sector pack keeps them all.
"""

from __future__ import annotations

from dataclasses import dataclass

from etown_desktop.core.errors import NotFound
from etown_desktop.core.profiles.definitions import PROFILES, profile_names
from etown_desktop.core.repository import Repository


@dataclass(frozen=True)
class Sector:
    id: str
    name_en: str
    name_zh: str
    cluster_ids: tuple[str, ...]

    def name(self, lang: str = "en") -> str:
        return self.name_zh if lang == "zh" else self.name_en


# The sector ids: the profiles of one sector (the zone overall is every sector).
SECTOR_IDS: tuple[str, ...] = tuple(p.id for p in PROFILES.values() if not p.whole_zone)


def sectors(repo: Repository) -> dict[str, Sector]:
    """Every sector, named as the data names its lead cluster."""
    names = profile_names(repo.clusters())
    return {sid: Sector(sid, *names[sid], PROFILES[sid].cluster_ids) for sid in SECTOR_IDS}


# Tables kept whole in a sector pack (they apply to the whole zone).
ZONE_WIDE_TABLES = ("reforms", "reform_measures", "targets", "sources")


def sector_ids() -> list[str]:
    return list(SECTOR_IDS)


def get_sector(repo: Repository, sector_id: str) -> Sector:
    if sector_id not in SECTOR_IDS:
        raise NotFound(f"No sector {sector_id!r}. Known sectors: {', '.join(SECTOR_IDS)}")
    return sectors(repo)[sector_id]


@dataclass(frozen=True)
class SectorSelection:
    sector: Sector
    cluster_ids: frozenset[str]
    company_ids: frozenset[str]
    figure_ids: frozenset[str]


def select(repo: Repository, sector: Sector) -> SectorSelection:
    clusters = [c for c in repo.clusters() if c.id in sector.cluster_ids]
    companies = [c for c in repo.companies() if c.cluster_id in sector.cluster_ids]
    figs = {c.target.id for c in clusters if c.target is not None}
    for ids in repo.company_figure_ids([co.id for co in companies]).values():  # one indexed query
        figs.update(ids)
    return SectorSelection(sector, frozenset(c.id for c in clusters),
                           frozenset(c.id for c in companies), frozenset(figs))


def table_rows(repo: Repository, table_id: str, sel: SectorSelection) -> list[int] | None:
    """Row positions of ``table_id`` that belong to the sector (None = keep every row)."""
    if table_id in ZONE_WIDE_TABLES:
        return None
    if table_id == "figures":
        return [i for i, fid in enumerate(repo.figure_ids()) if fid in sel.figure_ids]
    if table_id == "companies":
        return [i for i, c in enumerate(repo.companies()) if c.id in sel.company_ids]
    if table_id == "clusters":
        return [i for i, c in enumerate(repo.clusters()) if c.id in sel.cluster_ids]
    return []  # other tables (e.g. the district matrix) are left out of a sector pack
