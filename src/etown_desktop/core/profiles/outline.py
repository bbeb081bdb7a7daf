"""What the Profiles tab shows of a profile: each section's headline items and its size, read with
SQL (``LIMIT``, ``count``, distinct ids), never every item of the sector (Qt-free).

A sector of a large database names tens of thousands of figures and companies; the screen shows
the headline items of each section (:mod:`etown_desktop.core.profiles.headline`) and "… and N more
(T in all)". :class:`ProfileOutline` gives exactly what
:func:`~etown_desktop.core.profiles.profile.build_profile` followed by
:func:`~etown_desktop.core.profiles.headline.headline` gives — the same items in the same order, the
same totals, the same ``thin`` flag and summary — but reads only what they need:

* **figures** — the profile's order is: its metrics' newest figures, its companies' figures
  (companies in data order, each company's figures in id order), its clusters' targets, each id
  once; then E-Town figures before Beijing-wide ones. Every figure of the sector itself (no
  company) is a metric's figure or a target: few, read in full. Of the company figures only the
  first ``limit`` E-Town and the first ``limit`` Beijing-wide ones can be headline items: one
  question each (``ORDER BY`` company rowid and figure id, ``LIMIT``); the rest are only counted.
* **companies** — the first ``limit`` companies of the clusters, in data order, and their count.
* **sources** — the distinct ids of the sources the profile cites (its companies' and their
  figures' gathered by SQLite in one question), the first ``limit`` by reference.
* clusters, zones, reforms and targets are short lists, read as the full profile reads them.

The work of a section can be done in slices (:meth:`ProfileOutline.advance`, for a view built
one short step at a time) or at once (:meth:`ProfileOutline.section`). "Show all N" asks for a
section's full list when clicked: the ids of a long section (:meth:`ProfileOutline.all_keys`, for
a table that fetches its rows on demand) or the records of a short one
(:meth:`ProfileOutline.all_items`). The comparison, sheet and brief use the full
:class:`~etown_desktop.core.profiles.profile.Profile`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from etown_desktop.core.errors import NotFound
from etown_desktop.core.profiles.definitions import get_profile_def, profile_names
from etown_desktop.core.profiles.headline import HEADLINE_ITEMS, SUMMARY_SENTENCES, headline_figures
from etown_desktop.core.profiles.profile import (
    BEIJING_TOPIC,
    PLAN_2025,
    THIN_BELOW,
    ZONE_DISTRICT,
    ProfileFigure,
)
from etown_desktop.core.profiles.texts import SECTION_KEYS
from etown_desktop.core.records import Figure
from etown_desktop.core.repository import Repository

log = logging.getLogger(__name__)

CHUNK = 500  # source ids looked up per query


@dataclass(frozen=True)
class Section:
    key: str  # one of SECTION_KEYS
    items: tuple[Any, ...]  # its headline items, in the profile's order
    total: int  # how many items the full section holds


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _pf(figure: Figure, target: bool = False) -> ProfileFigure:
    return ProfileFigure(figure, figure.topic == BEIJING_TOPIC, target)


class ProfileOutline:
    """One profile's sections as the screen shows them, each read when first asked for."""

    def __init__(self, repo: Repository, profile_id: str, limit: int = HEADLINE_ITEMS,
                 summary: int = SUMMARY_SENTENCES) -> None:
        self.repo = repo
        self.definition = d = get_profile_def(profile_id)
        self.id = d.id
        self.name_en, self.name_zh = profile_names(repo.clusters())[d.id]
        self.limit = limit
        self.summary_count = summary
        self._sections: dict[str, Section] = {}
        self._work: dict[str, Iterator[None]] = {}
        self._figures: list[ProfileFigure] | None = None  # metric, target and first company figures
        self._source_ids: set[str] = set()  # every source the profile cites (once "sources" is read)
        if d.whole_zone:
            self._where, self._params = "1", ()
        elif d.cluster_ids:
            self._where, self._params = f"cluster_id IN ({_marks(len(d.cluster_ids))})", tuple(d.cluster_ids)
        else:
            self._where, self._params = "0", ()

    def name(self, lang: str = "en") -> str:
        return self.name_zh if lang == "zh" else self.name_en

    # -- the sections --------------------------------------------------------------------------
    def section(self, key: str) -> Section:
        """Section ``key``, read now if it was not."""
        while not self.advance(key, budget_s=None):
            pass
        return self._sections[key]

    def advance(self, key: str, budget_s: float | None = 0.03) -> bool:
        """Read section ``key`` for about ``budget_s`` seconds (None: to the end); True when ready."""
        if key in self._sections:
            return True
        work = self._work.setdefault(key, self._read(key))
        start = time.perf_counter()
        for _ in work:
            if budget_s is not None and time.perf_counter() - start >= budget_s:
                return False
        return True

    def headline(self, key: str) -> list[Any]:
        return list(self.section(key).items)

    def total(self, key: str) -> int:
        return self.section(key).total

    @property
    def summary(self) -> list[ProfileFigure]:
        """The figures worded in the profile's summary."""
        self.section("figures")
        return headline_figures(self._figures or [], self.summary_count)

    @property
    def thin(self) -> bool:
        if self.total("companies"):
            return False
        self.section("figures")  # no company: every figure of the profile was read
        return sum(1 for pf in self._figures or [] if not pf.beijing_wide) < THIN_BELOW

    # -- reading -------------------------------------------------------------------------------
    def _done(self, key: str, items: list, total: int) -> None:
        shown = headline_figures(items, self.limit) if key == "figures" else items[:self.limit]
        self._sections[key] = Section(key, tuple(shown), total)

    def _read(self, key: str) -> Iterator[None]:
        repo, d = self.repo, self.definition
        if key == "figures":
            yield from self._read_figures()
        elif key == "companies":
            ids = repo.read_column(f"SELECT id FROM companies WHERE {self._where} ORDER BY rowid "
                                   f"LIMIT {int(self.limit)}", self._params)
            found = repo.companies_by_ids(ids)
            total = repo.read_column(f"SELECT count(*) FROM companies WHERE {self._where}", self._params)[0]
            self._done(key, [found[i] for i in ids], int(total))
        elif key == "sources":
            yield from self._read_sources()
        else:
            items = {"cluster": lambda: self._clusters, "zones": lambda: self._zones,
                     "reforms": lambda: self._reforms, "targets": lambda: self._targets}[key]()
            self._done(key, items, len(items))
        yield

    @cached_property
    def _clusters(self) -> list:
        return [c for c in self.repo.clusters() if c.id in self.definition.cluster_ids]

    @cached_property
    def _zones(self) -> list:
        d = self.definition
        return [z for z in self.repo.cluster_zones()
                if (z.district.id == ZONE_DISTRICT if d.whole_zone else z.industry.id in d.zone_industry_ids)]

    @cached_property
    def _targets(self) -> list[ProfileFigure]:
        d = self.definition
        return [_pf(t.target, target=True) for t in self.repo.targets(PLAN_2025)
                if d.whole_zone or t.target.metric in d.target_metrics]

    @cached_property
    def _reforms(self) -> list:
        return self.repo.reforms()

    @cached_property
    def _has_companies(self) -> bool:
        """Whether the profile has companies of its own (the zone overall has none: its figures
        are its own)."""
        if self.definition.whole_zone:
            return False
        return bool(self.repo.read_column(f"SELECT 1 FROM companies WHERE {self._where} LIMIT 1", self._params))

    def _metric_figures(self) -> list[Figure]:
        out: dict[str, Figure] = {}
        for metric in self.definition.metrics:
            try:
                fig = self.repo.headline(metric)
            except NotFound:
                log.warning("profile %s: no figure for metric %s", self.id, metric)
                continue
            out.setdefault(fig.id, fig)
        return list(out.values())

    def _read_figures(self) -> Iterator[None]:
        repo, first = self.repo, max(self.limit, self.summary_count)
        metric = self._metric_figures()
        seen = {f.id for f in metric}
        etown: list[str] = []
        beijing: list[str] = []
        company_total = 0
        if self._has_companies:
            # The first company figures of each kind, companies in data order and each company's
            # figures in id order (one question each, ``LIMIT`` past the metric figures it skips).
            # E-Town ones are most of them: SQLite walks the companies by rowid (CROSS JOIN: the
            # companies outside; the unary +: not through the cluster index, whose order would have
            # every row sorted) and each one's figures in id order, and stops at the limit.
            # Beijing-wide ones are few: read through the topic index and sorted.
            where = self._where.replace("cluster_id", "+c.cluster_id")
            walk = f"FROM companies c CROSS JOIN figures f ON f.company_id = c.id WHERE {where}"
            few, _ = self._company_join()
            for found_ids, source, test in ((etown, walk, "<>"), (beijing, few, "=")):
                yield
                rows = repo.read_column(f"SELECT f.id {source} AND f.topic {test} ? AND f.company_id IS NOT NULL "
                                        f"ORDER BY c.rowid, f.id LIMIT {first + len(seen)}",
                                        (*self._params, BEIJING_TOPIC))
                found_ids += [fid for fid in rows if fid not in seen][:first]
            yield
            company_total = self._company_figure_count(tuple(seen))
        seen |= {*etown, *beijing}
        if self._has_companies:  # a cluster target that is also a company's figure is listed there
            seen |= self._company_figures_among(tuple(cl.target.id for cl in self._clusters
                                                      if cl.target is not None))
        found = repo.figures_by_ids([*etown, *beijing])
        targets: dict[str, Figure] = {}
        for cl in self._clusters:
            if cl.target is not None and cl.target.id not in seen:
                targets.setdefault(cl.target.id, cl.target)
        ordered = sorted([*metric, *(found[i] for i in (*etown, *beijing)), *targets.values()],
                         key=lambda f: f.topic == BEIJING_TOPIC)
        self._figures = [_pf(f) for f in ordered]
        self._done("figures", self._figures, len(metric) + company_total + len(targets))

    def _company_join(self) -> tuple[str, tuple]:
        where = self._where.replace("cluster_id", "c.cluster_id")
        return f"FROM figures f JOIN companies c ON c.id = f.company_id WHERE {where}", self._params

    def _company_figure_count(self, exclude: tuple[str, ...]) -> int:
        sql, params = self._company_join()
        if exclude:
            sql += f" AND f.id NOT IN ({_marks(len(exclude))})"
        return int(self.repo.read_column("SELECT count(*) " + sql, (*params, *exclude))[0])

    def _company_figures_among(self, ids: tuple[str, ...]) -> set[str]:
        """Which of ``ids`` are figures of the profile's companies."""
        if not ids:
            return set()
        sql, params = self._company_join()
        sql += f" AND f.id IN ({_marks(len(ids))})"
        return set(self.repo.read_column("SELECT f.id " + sql, (*params, *ids)))

    # -- the full lists ("Show all N") ------------------------------------------------------------
    def all_keys(self, key: str) -> list[str]:
        """The database ids of every item of a long section (figures, targets, companies), in no
        particular order (as :func:`~etown_desktop.core.profiles.headline.section_keys` lists them)."""
        if key == "targets":
            return [pf.figure.id for pf in self._targets]
        if key == "companies":
            return self.repo.read_column(f"SELECT id FROM companies WHERE {self._where}", self._params)
        if key != "figures":
            raise ValueError(f"Section {key!r} is listed by all_items().")
        self.section("figures")
        read = [pf.figure.id for pf in self._figures or []]  # metrics', targets', first companies'
        company: list[str] = []
        if self._has_companies:
            sql, params = self._company_join()
            company = self.repo.read_column("SELECT f.id " + sql, params)
        return list(dict.fromkeys([*read, *company]))

    def all_items(self, key: str) -> list[Any]:
        """Every item of a short section (clusters, zones, reforms, sources), in the profile's order."""
        if key == "sources":
            self.section("sources")
            return self.repo.sources_by_ids(self._source_ids)
        return {"cluster": self._clusters, "zones": self._zones, "reforms": self._reforms}[key]

    def _read_sources(self) -> Iterator[None]:
        repo = self.repo
        while not self.advance("figures", budget_s=0.0):
            yield
        ids = {pf.figure.source.id for pf in (*(self._figures or []), *self._targets)}
        ids |= {c.source_id for c in self._clusters} | {z.source_id for z in self._zones}
        ids |= {r.source_id for r in self._reforms}
        # The sources the companies and their figures cite, known ones with their references, in
        # one question: the distinct ids are gathered in SQLite (from the companies' cluster index
        # and the figures' covering company index), not bound 500 at a time and merged in Python.
        cited: list[str] = []
        if self.definition.whole_zone:
            cited.append("SELECT source_id FROM companies")
        elif self._has_companies:
            join, _ = self._company_join()
            cited += [f"SELECT source_id FROM companies WHERE {self._where}", "SELECT f.source_id " + join]
        known: dict[str, str] = {}
        if cited:
            yield
            params = self._params * len(cited)
            known.update((r[0], r[1]) for r in repo.read(
                f"SELECT id, ref FROM sources WHERE id IN ({' UNION '.join(cited)})", params))
        wanted = sorted(ids - known.keys())
        for i in range(0, len(wanted), CHUNK):
            yield
            chunk = tuple(wanted[i:i + CHUNK])
            known.update((r[0], r[1]) for r in repo.read(f"SELECT id, ref FROM sources WHERE id IN "
                                                         f"({_marks(len(chunk))})", chunk))
        self._source_ids = set(known)
        first = [sid for _, sid in sorted((ref, sid) for sid, ref in known.items())[:self.limit]]
        self._done("sources", repo.sources_by_ids(first), len(known))


def build_outline(repo: Repository, profile_id: str, limit: int = HEADLINE_ITEMS,
                  summary: int = SUMMARY_SENTENCES) -> ProfileOutline:
    """Profile ``profile_id``'s outline with every section read."""
    outline = ProfileOutline(repo, profile_id, limit, summary)
    for key in SECTION_KEYS:
        outline.section(key)
    return outline
