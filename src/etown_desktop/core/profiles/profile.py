"""Build a sector profile from the database: figures with generated sentences, cluster, zones,
companies, reforms, 2025 targets and sources. Only records of the sector are taken; a profile with
too little says so (``thin``) instead of borrowing general figures.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from etown_desktop.core.errors import NotFound
from etown_desktop.core.profiles.definitions import PROFILES, ProfileDef, get_profile_def
from etown_desktop.core.profiles.sentences import figure_sentence, target_sentence
from etown_desktop.core.records import (
    Cluster,
    ClusterZone,
    Company,
    Figure,
    Reform,
    Source,
)
from etown_desktop.core.repository import Repository

log = logging.getLogger(__name__)

BEIJING_TOPIC = "beijing_context"
ZONE_DISTRICT = "etown"
PLAN_2025 = "etown_2025"
# Fewer E-Town figures than this, and no named company: the profile says the sources hold little.
THIN_BELOW = 2
# A profile lists the sector's first companies (data order) and their figures; the rest are
# counted (``more_companies``, ``more_figures``), so a profile stays bounded at any scale.
COMPANY_LIMIT = 12


@dataclass(frozen=True)
class ProfileFigure:
    figure: Figure
    beijing_wide: bool  # a Beijing-wide figure (blue paper), not an E-Town one
    sentence_en: str
    sentence_zh: str

    def sentence(self, lang: str = "en") -> str:
        return self.sentence_zh if lang == "zh" else self.sentence_en


@dataclass(frozen=True)
class Profile:
    id: str
    name_en: str
    name_zh: str
    figures: tuple[ProfileFigure, ...]
    clusters: tuple[Cluster, ...]
    zones: tuple[ClusterZone, ...]
    companies: tuple[Company, ...]
    reforms: tuple[Reform, ...]
    targets: tuple[ProfileFigure, ...]
    sources: tuple[Source, ...]
    thin: bool
    more_companies: int = 0  # companies of the sector not listed (beyond COMPANY_LIMIT)
    more_figures: int = 0  # figures of those companies (not listed either)

    def name(self, lang: str = "en") -> str:
        return self.name_zh if lang == "zh" else self.name_en

    @property
    def figure_ids(self) -> frozenset[str]:
        return frozenset(pf.figure.id for pf in (*self.figures, *self.targets))

    def all_figures(self) -> list[ProfileFigure]:
        return [*self.figures, *self.targets]


def _pf(figure: Figure, target: bool = False) -> ProfileFigure:
    make = target_sentence if target else figure_sentence
    return ProfileFigure(figure, figure.topic == BEIJING_TOPIC, make(figure, "en"), make(figure, "zh"))


def _figures(repo: Repository, d: ProfileDef, clusters: list[Cluster],
             companies: list[Company], company_figure_ids: set[str]) -> list[Figure]:
    """The profile's figures; ``company_figure_ids`` receives the ids of the listed companies' figures."""
    out: dict[str, Figure] = {}
    for metric in d.metrics:
        try:
            fig = repo.headline(metric)
        except NotFound:
            log.warning("profile %s: no figure for metric %s", d.id, metric)
            continue
        out[fig.id] = fig
    if not d.whole_zone:
        for co in companies:
            for fig in repo.company_figures(co.id):
                out.setdefault(fig.id, fig)
                company_figure_ids.add(fig.id)
    for cl in clusters:
        if cl.target is not None:
            out.setdefault(cl.target.id, cl.target)
    # E-Town figures first, then Beijing-wide ones; each group in the order found.
    return sorted(out.values(), key=lambda f: f.topic == BEIJING_TOPIC)


def build_profile(repo: Repository, profile_id: str) -> Profile:
    d = get_profile_def(profile_id)
    clusters = [c for c in repo.clusters() if c.id in d.cluster_ids]
    of_clusters = None if d.whole_zone else tuple(d.cluster_ids)
    companies = repo.companies_in(of_clusters, COMPANY_LIMIT)
    company_total = len(companies) if len(companies) < COMPANY_LIMIT else repo.company_count_in(of_clusters)
    if d.whole_zone:
        zones = [z for z in repo.cluster_zones() if z.district.id == ZONE_DISTRICT]
        targets = [t for t in repo.targets(PLAN_2025)]
    else:
        zones = [z for z in repo.cluster_zones() if z.industry.id in d.zone_industry_ids]
        targets = [t for t in repo.targets(PLAN_2025) if t.target.metric in d.target_metrics]
    listed_company_figures: set[str] = set()
    figures = [_pf(f) for f in _figures(repo, d, clusters, companies, listed_company_figures)]
    more_figures = 0
    if not d.whole_zone and company_total > len(companies):
        more_figures = repo.company_figure_count_in(of_clusters) - len(listed_company_figures)
    target_figs = [_pf(t.target, target=True) for t in targets]
    reforms = repo.reforms()
    etown_count = sum(1 for pf in figures if not pf.beijing_wide)
    thin = etown_count < THIN_BELOW and not companies
    return Profile(
        id=d.id, name_en=d.name_en, name_zh=d.name_zh, figures=tuple(figures),
        clusters=tuple(clusters), zones=tuple(zones), companies=tuple(companies),
        reforms=tuple(reforms), targets=tuple(target_figs),
        sources=tuple(_sources(repo, figures, target_figs, clusters, zones, companies, reforms)),
        thin=thin, more_companies=company_total - len(companies), more_figures=more_figures)


def _sources(repo: Repository, figures, targets, clusters, zones, companies, reforms) -> list[Source]:
    ids = {pf.figure.source.id for pf in (*figures, *targets)}
    ids |= {c.source_id for c in clusters} | {z.source_id for z in zones}
    ids |= {c.source_id for c in companies} | {r.source_id for r in reforms}
    return [s for s in repo.sources() if s.id in ids]


def build_profiles(repo: Repository) -> list[Profile]:
    return [build_profile(repo, pid) for pid in PROFILES]
