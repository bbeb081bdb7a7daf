"""Build a sector profile from the database: figures with generated sentences, cluster, zones,
companies, reforms, 2025 targets and sources. Only records of the sector are taken; a profile with
too little says so (``thin``) instead of borrowing general figures.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from etown_desktop.core.errors import NotFound
from etown_desktop.core.profiles.definitions import PROFILES, ProfileDef, get_profile_def, profile_names
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


@dataclass(frozen=True)
class ProfileFigure:
    """A figure of a profile; its sentences are generated when asked for (a sector of a large
    database holds thousands of figures, of which a view words only its headline ones)."""

    figure: Figure
    beijing_wide: bool  # a Beijing-wide figure (blue paper), not an E-Town one
    target: bool = False  # a plan target ("Target: …")

    def sentence(self, lang: str = "en") -> str:
        return (target_sentence if self.target else figure_sentence)(self.figure, lang)

    @property
    def sentence_en(self) -> str:
        return self.sentence("en")

    @property
    def sentence_zh(self) -> str:
        return self.sentence("zh")


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

    def name(self, lang: str = "en") -> str:
        return self.name_zh if lang == "zh" else self.name_en

    @property
    def figure_ids(self) -> frozenset[str]:
        return frozenset(pf.figure.id for pf in (*self.figures, *self.targets))

    def all_figures(self) -> list[ProfileFigure]:
        return [*self.figures, *self.targets]


def _pf(figure: Figure, target: bool = False) -> ProfileFigure:
    return ProfileFigure(figure, figure.topic == BEIJING_TOPIC, target)


def _figures(repo: Repository, d: ProfileDef, clusters: list[Cluster],
             companies: list[Company]) -> list[Figure]:
    out: dict[str, Figure] = {}
    for metric in d.metrics:
        try:
            fig = repo.headline(metric)
        except NotFound:
            log.warning("profile %s: no figure for metric %s", d.id, metric)
            continue
        out[fig.id] = fig
    if not d.whole_zone:  # every company's figures in two indexed reads, not one query per company
        ids = repo.company_figure_ids([co.id for co in companies])
        ordered = [fid for co in companies for fid in ids.get(co.id, [])]
        found = repo.figures_by_ids(ordered)
        for fid in ordered:
            out.setdefault(fid, found[fid])
    for cl in clusters:
        if cl.target is not None:
            out.setdefault(cl.target.id, cl.target)
    # E-Town figures first, then Beijing-wide ones; each group in the order found.
    return sorted(out.values(), key=lambda f: f.topic == BEIJING_TOPIC)


def _cluster_companies(repo: Repository, cluster_ids: tuple[str, ...]) -> list[Company]:
    """The companies of the clusters, in data order (indexed by cluster; the others are not read)."""
    if not cluster_ids:
        return []
    ids = repo.read_column(f"SELECT id FROM companies WHERE cluster_id IN ({', '.join('?' * len(cluster_ids))}) "
                           "ORDER BY rowid", tuple(cluster_ids))
    found = repo.companies_by_ids(ids)
    return [found[i] for i in ids]


def build_profile(repo: Repository, profile_id: str) -> Profile:
    d = get_profile_def(profile_id)
    name_en, name_zh = profile_names(repo.clusters())[d.id]
    clusters = [c for c in repo.clusters() if c.id in d.cluster_ids]
    if d.whole_zone:
        companies = repo.companies()
        zones = [z for z in repo.cluster_zones() if z.district.id == ZONE_DISTRICT]
        targets = [t for t in repo.targets(PLAN_2025)]
    else:
        companies = _cluster_companies(repo, d.cluster_ids)
        zones = [z for z in repo.cluster_zones() if z.industry.id in d.zone_industry_ids]
        targets = [t for t in repo.targets(PLAN_2025) if t.target.metric in d.target_metrics]
    figures = [_pf(f) for f in _figures(repo, d, clusters, companies)]
    target_figs = [_pf(t.target, target=True) for t in targets]
    reforms = repo.reforms()
    etown_count = sum(1 for pf in figures if not pf.beijing_wide)
    thin = etown_count < THIN_BELOW and not companies
    return Profile(
        id=d.id, name_en=name_en, name_zh=name_zh, figures=tuple(figures),
        clusters=tuple(clusters), zones=tuple(zones), companies=tuple(companies),
        reforms=tuple(reforms), targets=tuple(target_figs),
        sources=tuple(_sources(repo, figures, target_figs, clusters, zones, companies, reforms)),
        thin=thin)


def _sources(repo: Repository, figures, targets, clusters, zones, companies, reforms) -> list[Source]:
    ids = {pf.figure.source.id for pf in (*figures, *targets)}
    ids |= {c.source_id for c in clusters} | {z.source_id for z in zones}
    ids |= {c.source_id for c in companies} | {r.source_id for r in reforms}
    return repo.sources_by_ids(ids)


def build_profiles(repo: Repository) -> list[Profile]:
    return [build_profile(repo, pid) for pid in PROFILES]
