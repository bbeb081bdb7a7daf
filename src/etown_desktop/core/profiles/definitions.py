"""Which records make up each sector profile (Qt-free, no database access).

A profile names clusters (in every cluster group), the metrics of figures that belong to the
sector without a company, the zone-industries of the Beijing zoning map, and the 2025-plan target
metrics that concern it. Companies and their figures follow from the clusters. Nothing here is a
fact: every fact is read from the database when the profile is built.
"""

from __future__ import annotations

from dataclasses import dataclass

from etown_desktop.core.errors import NotFound

ZONE_PROFILE = "zone"


@dataclass(frozen=True)
class ProfileDef:
    id: str
    name_en: str
    name_zh: str
    cluster_ids: tuple[str, ...] = ()
    metrics: tuple[str, ...] = ()  # figures of the sector that belong to no company
    zone_industry_ids: tuple[str, ...] = ()
    target_metrics: tuple[str, ...] = ()  # 2025-plan targets that concern the sector
    whole_zone: bool = False  # the zone overall: every company, target and zone industry of E-Town

    def name(self, lang: str = "en") -> str:
        return self.name_zh if lang == "zh" else self.name_en


PROFILES: dict[str, ProfileDef] = {p.id: p for p in (
    ProfileDef("ngit", "Next-generation IT and integrated circuits", "新一代信息技术与集成电路",
               cluster_ids=("ngit", "p25_ngit", "bp_ngit", "bp_ic"),
               zone_industry_ids=("ic_design", "ic_manufacturing", "display", "compound_semi",
                                  "five_g", "innovative_apps"),
               target_metrics=("plan2025_clusters",)),
    ProfileDef("auto", "High-end automobiles and intelligent connected vehicles", "高端汽车与智能网联汽车",
               cluster_ids=("auto", "p25_icv", "bp_nev"),
               metrics=("autonomous_vehicles_daily",),
               zone_industry_ids=("vehicle_rd",),
               target_metrics=("autonomous_driving_zone_stage", "plan2025_clusters")),
    ProfileDef("biomedicine", "Biomedicine and health", "生物医药与医药健康",
               cluster_ids=("biomed", "bp_medical"),
               zone_industry_ids=("medical_equipment_rd", "medicine_device_rd")),
    ProfileDef("industrial_internet", "Industrial internet and smart equipment", "工业互联网与智能装备",
               cluster_ids=("indinternet", "bp_smart_equipment"),
               zone_industry_ids=("intelligent_manufacturing",)),
    ProfileDef("new_materials", "New materials", "新材料", cluster_ids=("bp_new_materials",)),
    ProfileDef(ZONE_PROFILE, "Beijing E-Town overall", "北京经济技术开发区整体",
               cluster_ids=("ngit", "auto", "indinternet", "biomed"),
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
