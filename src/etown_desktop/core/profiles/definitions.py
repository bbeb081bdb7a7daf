"""Which records make up each sector profile (Qt-free, no database access).

A profile names clusters (in every cluster group), the metrics of figures that belong to the
sector without a company, the zone-industries of the Beijing zoning map, and the 2025-plan target
metrics that concern it. Companies and their figures follow from the clusters. Nothing here is a
fact: every fact is read from the database when the profile is built.

A profile has no name of its own: it carries the name of its lead cluster (the first of its
clusters) as ``data/clusters.csv`` writes it, in English and Chinese, so a sector is
called the same in the clusters, the profiles, the sector packs and the stories
(:func:`profile_names`). Only the zone overall, which is no cluster, is named here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from etown_desktop.core.errors import NotFound

ZONE_PROFILE = "zone"
ZONE_NAME = ("Beijing E-Town overall", "北京经济技术开发区整体")  # the zone is no cluster


class NamedCluster(Protocol):
    id: str
    name_en: str
    name_zh: str


@dataclass(frozen=True)
class ProfileDef:
    id: str
    cluster_ids: tuple[str, ...] = ()
    metrics: tuple[str, ...] = ()  # figures of the sector that belong to no company
    zone_industry_ids: tuple[str, ...] = ()
    target_metrics: tuple[str, ...] = ()  # 2025-plan targets that concern the sector
    whole_zone: bool = False  # the zone overall: every company, target and zone industry of E-Town

PROFILES: dict[str, ProfileDef] = {p.id: p for p in (
    ProfileDef("ngit", cluster_ids=("ngit", "p25_ngit", "bp_ngit", "bp_ic"),
               zone_industry_ids=("ic_design", "ic_manufacturing", "display", "compound_semi",
                                  "five_g", "innovative_apps"),
               target_metrics=("plan2025_clusters",)),
    ProfileDef("auto", cluster_ids=("auto", "p25_icv", "bp_nev"),
               metrics=("autonomous_vehicles_daily",),
               zone_industry_ids=("vehicle_rd",),
               target_metrics=("autonomous_driving_zone_stage", "plan2025_clusters")),
    ProfileDef("biomedicine", cluster_ids=("biomed", "bp_medical"),
               zone_industry_ids=("medical_equipment_rd", "medicine_device_rd")),
    ProfileDef("industrial_internet", cluster_ids=("indinternet", "bp_smart_equipment"),
               zone_industry_ids=("intelligent_manufacturing",)),
    ProfileDef("new_materials", cluster_ids=("bp_new_materials",)),
    ProfileDef(ZONE_PROFILE, cluster_ids=("ngit", "auto", "indinternet", "biomed"),
               metrics=("industrial_output", "gdp", "hightech_company_output_share",
                        "leading_industries_share", "foreign_invested_firms", "utilized_fdi",
                        "fortune500_companies", "area_now"),
               whole_zone=True),
)}


def profile_ids() -> list[str]:
    return list(PROFILES)


def get_profile_def(profile_id: str) -> ProfileDef:
    try:
        return PROFILES[profile_id]
    except KeyError:
        raise NotFound(f"No profile {profile_id!r}. Known profiles: {', '.join(PROFILES)}") from None


def profile_names(clusters: Iterable[NamedCluster]) -> dict[str, tuple[str, str]]:
    """Each profile's (English, Chinese) name: its lead cluster's — the first of its clusters the
    data holds — from the data (an edition without any of them: the profile id)."""
    by_id = {c.id: (c.name_en, c.name_zh) for c in clusters}
    names = {}
    for p in PROFILES.values():
        if p.whole_zone:
            names[p.id] = ZONE_NAME
            continue
        lead = next((c for c in p.cluster_ids if c in by_id), None)
        names[p.id] = by_id[lead] if lead else (p.id, p.id)
    return names
