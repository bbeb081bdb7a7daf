"""Read-only access to the fact database: typed queries per topic and full-text search.

Views never run SQL; they receive a :class:`Repository` and ask it for records.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from etown_desktop.core.db import schema
from etown_desktop.core.db.connect import open_readonly
from etown_desktop.core.errors import DatabaseInvalid, NotFound
from etown_desktop.core.queries import source_sql
from etown_desktop.core.queries.by_ids import rows_for_ids
from etown_desktop.core.queries.list_tables import LIST_LAYOUT, stored_layout
from etown_desktop.core.records import (
    Cluster,
    ClusterGroup,
    ClusterZone,
    Company,
    District,
    Figure,
    Metadata,
    Plan,
    Reform,
    ReformMeasure,
    SearchHit,
    Source,
    Target,
    Unit,
    ZoneIndustry,
)
from etown_desktop.core.resources import database_path


def active_database_path() -> Path:
    """The active data edition (an imported one in the user's data folder, else the bundled one)."""
    from etown_desktop.core.editions.store import EditionStore

    return EditionStore().select(database_path()).path

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)

_FTS_MIN_CHARS = 3  # the trigram tokenizer cannot match shorter queries; they fall back to LIKE


class Repository:
    """All queries against one database file, opened read-only."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else active_database_path()
        self._conn = open_readonly(self.path)
        self._lock = threading.Lock()
        try:
            version = self._conn.execute(
                "SELECT value FROM metadata WHERE key = 'schema_version'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise DatabaseInvalid(
                f"{self.path} is not an E-Town fact database ({exc}).") from exc
        if version is None or version[0] != str(schema.SCHEMA_VERSION):
            raise DatabaseInvalid(
                f"{self.path} has schema version {version[0] if version else 'unknown'}; "
                f"this version of the app reads version {schema.SCHEMA_VERSION}.")
        layout = stored_layout(self._conn)
        if layout != LIST_LAYOUT:
            raise DatabaseInvalid(
                f"{self.path} was built by another version of the app (table layout "
                f"{layout or 'unknown'}, this version reads {LIST_LAYOUT}); "
                "rebuild it with `etown-desktop db build`, or import its edition again.")

    def close(self) -> None:
        self._conn.close()

    def _rows(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.DatabaseError as exc:
                raise DatabaseInvalid(f"Reading {self.path} failed: {exc}") from exc

    # -- metadata and sources -------------------------------------------------------------
    @cached_property
    def metadata(self) -> Metadata:
        meta = {r["key"]: r["value"] for r in self._rows("SELECT key, value FROM metadata")}
        return Metadata(
            schema_version=int(meta["schema_version"]),
            edition=meta["edition"],
            data_date=meta["data_date"],
            figure_count=int(meta["figure_count"]),
        )

    # Sources are read by id as they are needed (core/queries/source_sql.py): an edition can
    # have tens of thousands, and loading them all cost 0.6 s at start-up at 10,000x.
    @cached_property
    def _source_map(self) -> dict[str, Source]:
        return {}

    @cached_property
    def _all_sources(self) -> list[Source]:
        known = self._source_map
        found = [known.get(r["id"]) or Source(**dict(r))
                 for r in self._rows("SELECT * FROM sources ORDER BY ref")]
        self._source_map.update((s.id, s) for s in found)
        return found

    def sources(self) -> list[Source]:
        """Every source, in reference order (exports, listings: not for a screen's start-up)."""
        return list(self._all_sources)

    def source(self, source_id: str) -> Source:
        found = self._source_map.get(source_id)
        if found is None:
            self._fetch_sources((source_id,))
            found = self._source_map.get(source_id)
            if found is None:
                raise NotFound(f"No source with id {source_id!r}.")
        return found

    def sources_by_ids(self, ids) -> list[Source]:
        """The sources with these ids, in reference order (unknown ids are left out)."""
        ids = set(ids)
        self._fetch_sources(ids)
        return sorted((self._source_map[i] for i in ids if i in self._source_map),
                      key=lambda s: s.ref)

    def _fetch_sources(self, ids) -> None:
        missing = [i for i in ids if i not in self._source_map]
        if missing:
            self._source_map.update(source_sql.sources_by_id(self._rows, missing))

    def source_count(self) -> int:
        return source_sql.source_count(self._rows)

    def source_date_summary(self) -> tuple[str | None, str | None, int]:
        """(earliest, latest, undated count) of the sources' dates (see core/coverage.py)."""
        return self._date_summary

    @cached_property
    def _date_summary(self) -> tuple[str | None, str | None, int]:
        # Asked at start-up by the trust status and the coverage line; a scan of every source.
        return source_sql.date_summary(self._rows)

    def newest_source_id(self) -> str | None:
        """The source added last to the data (an import appends its new sources)."""
        return source_sql.newest(self._rows)

    def most_cited_sources(self, limit: int) -> list[Source]:
        """The ``limit`` sources to feature — the newest, then those with the most figures (ties:
        reference order) — in reference order."""
        return self.sources_by_ids(source_sql.most_cited(self._rows, limit))

    def source_paragraphs(self, source_id: str) -> list[str]:
        """The source's article text, one string per paragraph (paragraph 1 first)."""
        return [r["text"] for r in self._rows(
            "SELECT text FROM source_paragraphs WHERE source_id = ? ORDER BY paragraph", (source_id,))]

    def hand_check(self, figure_id: str) -> str | None:
        """The "checked by hand: …" note of a figure whose number is not in its paragraph."""
        rows = self._rows("SELECT note FROM hand_checks WHERE figure_id = ?", (figure_id,))
        return rows[0]["note"] if rows else None

    @cached_property
    def _units(self) -> dict[str, Unit]:
        return {r["id"]: Unit(**dict(r)) for r in self._rows("SELECT * FROM units")}

    # -- figures --------------------------------------------------------------------------
    # Figures are read by indexed SQL (metric, topic, company, source, id) and kept in a bounded
    # cache; the whole table is never loaded into Python objects.
    _CACHE_LIMIT = 50_000

    def _figure_of(self, r: sqlite3.Row) -> Figure:
        cached = self._figure_cache.get(r["id"])
        if cached is not None:
            return cached
        d = dict(r)
        d["unit"] = self._units[d["unit"]]
        d["source"] = self.source(d.pop("source_id"))
        fig = Figure(**d)
        if len(self._figure_cache) >= self._CACHE_LIMIT:
            self._figure_cache.clear()
        self._figure_cache[fig.id] = fig
        return fig

    @cached_property
    def _figure_cache(self) -> dict[str, Figure]:
        return {}

    def _figure_rows(self, where: str = "", params: tuple = ()) -> list[Figure]:
        sql = "SELECT * FROM figures" + (f" WHERE {where}" if where else "") + " ORDER BY id"
        rows = self._rows(sql, params)
        self._fetch_sources({r["source_id"] for r in rows})
        return [self._figure_of(r) for r in rows]

    def figures(self, topic: str | None = None, metric: str | None = None) -> list[Figure]:
        """Figures in id (= source, then paragraph) order, optionally of one topic or metric."""
        where, params = [], []
        if topic is not None:
            where.append("topic = ?")
            params.append(topic)
        if metric is not None:
            where.append("metric = ?")
            params.append(metric)
        return self._figure_rows(" AND ".join(where), tuple(params))

    def figure(self, figure_id: str) -> Figure:
        cached = self._figure_cache.get(figure_id)
        if cached is not None:
            return cached
        found = self._figure_rows("id = ?", (figure_id,))
        if not found:
            raise NotFound(f"No figure with id {figure_id!r}.")
        return found[0]

    def figures_by_ids(self, figure_ids: list[str]) -> dict[str, Figure]:
        """The figures of ``figure_ids`` (unknown ids are left out), one query per 500 ids."""
        out: dict[str, Figure] = {}
        missing = []
        for fid in figure_ids:
            cached = self._figure_cache.get(fid)
            if cached is not None:
                out[fid] = cached
            else:
                missing.append(fid)
        for i in range(0, len(missing), 500):
            chunk = missing[i:i + 500]
            for fig in self._figure_rows(f"id IN ({', '.join('?' * len(chunk))})", tuple(chunk)):
                out[fig.id] = fig
        return out

    @staticmethod
    def _topic_where(topic: str, without_company: bool, exclude: tuple[str, ...],
                     exclude_metrics: tuple[str, ...]) -> tuple[str, tuple]:
        where = "topic = ?" + (" AND company_id IS NULL" if without_company else "")
        if exclude:
            where += f" AND id NOT IN ({', '.join('?' * len(exclude))})"
        if exclude_metrics:
            where += f" AND metric NOT IN ({', '.join('?' * len(exclude_metrics))})"
        return where, (topic, *exclude, *exclude_metrics)

    def topic_figure_ids(self, topic: str, without_company: bool = False, exclude: tuple[str, ...] = (),
                         exclude_metrics: tuple[str, ...] = (), limit: int | None = None) -> list[str]:
        """Ids of the figures of ``topic`` (optionally only those of no company, leaving out the
        ids in ``exclude`` and the metrics in ``exclude_metrics``), id order, at most ``limit``:
        to pick the few a page shows as cards (indexed by topic)."""
        where, params = self._topic_where(topic, without_company, exclude, exclude_metrics)
        sql = f"SELECT id FROM figures WHERE {where} ORDER BY id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self.read_column(sql, params)

    def topic_figure_count(self, topic: str, without_company: bool = False, exclude: tuple[str, ...] = (),
                           exclude_metrics: tuple[str, ...] = ()) -> int:
        where, params = self._topic_where(topic, without_company, exclude, exclude_metrics)
        return int(self._rows(f"SELECT count(*) FROM figures WHERE {where}", params)[0][0])

    def iter_figures(self, chunk: int = 2000):
        """Every figure in id order, read ``chunk`` rows at a time and not cached (exports)."""
        last = ""
        while True:
            rows = self._rows("SELECT * FROM figures WHERE id > ? ORDER BY id LIMIT ?", (last, chunk))
            if not rows:
                return
            self._fetch_sources({r["source_id"] for r in rows})
            for r in rows:
                d = dict(r)
                d["unit"] = self._units[d["unit"]]
                d["source"] = self._source_map[d.pop("source_id")]
                yield Figure(**d)
            last = rows[-1]["id"]

    def figure_ids(self) -> list[str]:
        """Every figure id, in id order (the figures table's row order)."""
        return [r[0] for r in self._rows("SELECT id FROM figures ORDER BY id")]

    def figure_count(self) -> int:
        return int(self._rows("SELECT count(*) FROM figures")[0][0])

    def figure_counts_by_source(self, source_ids: list[str] | None = None) -> dict[str, int]:
        """How many figures each source states (sources without any are left out); of the
        sources ``source_ids`` only when given (read through the index, not the whole table)."""
        if source_ids is None:
            return {r[0]: int(r[1]) for r in
                    self._rows("SELECT source_id, count(*) FROM figures GROUP BY source_id")}
        return source_sql.figure_counts(self._rows, source_ids)

    def metric_figures(self, metric: str) -> list[Figure]:
        """Every statement of one metric, newest period and newest source first."""
        def key(f: Figure):
            date = f.source.published or f.source.updated or ""
            return (f.year or 0, date, f.id)
        return sorted(self.figures(metric=metric), key=key, reverse=True)

    def headline(self, metric: str, year: int | None = None) -> Figure:
        """The figure to show for a metric (optionally of one year): newest statement first."""
        figs = [f for f in self.metric_figures(metric) if year is None or f.year == year]
        if not figs:
            raise NotFound(f"No figure for metric {metric!r}" + (f" in {year}" if year else "") + ".")
        return figs[0]

    def alternatives(self, figure: Figure) -> list[Figure]:
        """Other sources' statements of the same metric and period (disagreements stay visible)."""
        return [f for f in self.figures(metric=figure.metric)
                if f.id != figure.id and f.year == figure.year]

    def series(self, metric: str) -> list[Figure]:
        """One figure per stated year of a metric, oldest year first (for time charts)."""
        by_year: dict[int, Figure] = {}
        for f in self.metric_figures(metric):
            if f.year is not None:
                by_year.setdefault(f.year, f)
        return [by_year[y] for y in sorted(by_year)]

    def company_figures(self, company_id: str) -> list[Figure]:
        return self._figure_rows("company_id = ?", (company_id,))

    def company_figure_ids(self, company_ids: list[str]) -> dict[str, list[str]]:
        """The figure ids (id order) of each of ``company_ids`` that has figures (indexed)."""
        out: dict[str, list[str]] = {}
        sql = "SELECT company_id, id FROM figures WHERE company_id IN ({ids}) ORDER BY id"
        for r in rows_for_ids(self._rows, sql, company_ids):  # a company's figures: one chunk
            out.setdefault(r[0], []).append(r[1])
        return out

    def read_column(self, sql: str, params: tuple = ()) -> list:
        """The first column of every row, as plain values (no row objects: fast for long lists)."""
        with self._lock:
            try:
                cursor = self._conn.cursor()
                cursor.row_factory = None
                return [r[0] for r in cursor.execute(sql, params).fetchall()]
            except sqlite3.DatabaseError as exc:
                raise DatabaseInvalid(f"Reading {self.path} failed: {exc}") from exc

    def read(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        """Run a read-only query (for the core query modules, e.g. :mod:`core.queries.list_query`)."""
        return self._rows(sql, params)

    def figures_frame(self) -> pd.DataFrame:
        """The flattened ``figure_provenance`` view as a DataFrame (pandas imported on demand)."""
        import pandas as pd

        rows = self._rows(f"SELECT * FROM {schema.PROVENANCE_VIEW}")
        return pd.DataFrame([dict(r) for r in rows])

    # -- clusters, companies, zones -------------------------------------------------------
    def cluster_groups(self) -> list[ClusterGroup]:
        return [ClusterGroup(**dict(r)) for r in self._rows("SELECT * FROM cluster_groups")]

    def clusters(self, group_id: str | None = None) -> list[Cluster]:
        out = []
        for r in self._rows("SELECT * FROM clusters ORDER BY rowid"):
            d = dict(r)
            if group_id is not None and d["cluster_group"] != group_id:
                continue
            target_id = d.pop("target_figure_id")
            out.append(Cluster(
                id=d["id"], group_id=d["cluster_group"], name_en=d["name_en"],
                name_zh=d["name_zh"], description_en=d["description_en"],
                description_zh=d["description_zh"],
                target=self.figure(target_id) if target_id else None,
                source_id=d["source_id"], paragraph=d["paragraph"],
            ))
        return out

    @staticmethod
    def _company_of(r: sqlite3.Row) -> Company:
        d = dict(r)
        d["fortune500"] = None if d["fortune500"] is None else bool(d["fortune500"])
        return Company(**d)

    def companies(self, cluster_id: str | None = None, limit: int | None = None) -> list[Company]:
        """Companies in data order, optionally of one cluster, optionally only the first ``limit``."""
        sql, params = "SELECT * FROM companies", []
        if cluster_id is not None:
            sql += " WHERE cluster_id = ?"
            params.append(cluster_id)
        sql += " ORDER BY rowid"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [self._company_of(r) for r in self._rows(sql, tuple(params))]

    def company_count(self, cluster_id: str | None = None) -> int:
        if cluster_id is None:
            return int(self._rows("SELECT count(*) FROM companies")[0][0])
        return int(self._rows("SELECT count(*) FROM companies WHERE cluster_id = ?", (cluster_id,))[0][0])

    def company(self, company_id: str) -> Company:
        rows = self._rows("SELECT * FROM companies WHERE id = ?", (company_id,))
        if not rows:
            raise NotFound(f"No company with id {company_id!r}.")
        return self._company_of(rows[0])

    def companies_by_ids(self, company_ids: list[str]) -> dict[str, Company]:
        return {r["id"]: self._company_of(r)
                for r in rows_for_ids(self._rows, "SELECT * FROM companies WHERE id IN ({ids})", company_ids)}

    def districts(self) -> list[District]:
        return [District(**dict(r)) for r in self._rows("SELECT * FROM districts ORDER BY rowid")]

    def zone_industries(self) -> list[ZoneIndustry]:
        return [ZoneIndustry(**dict(r))
                for r in self._rows("SELECT * FROM zone_industries ORDER BY rowid")]

    def cluster_zones(self) -> list[ClusterZone]:
        districts = {d.id: d for d in self.districts()}
        industries = {i.id: i for i in self.zone_industries()}
        return [
            ClusterZone(district=districts[r["district_id"]], industry=industries[r["industry_id"]],
                        source_id=r["source_id"], paragraph=r["paragraph"],
                        note_en=r["note_en"], note_zh=r["note_zh"])
            for r in self._rows("SELECT * FROM cluster_zones ORDER BY rowid")
        ]

    # -- reforms, plans, targets ----------------------------------------------------------
    def reforms(self) -> list[Reform]:
        mentions: dict[str, list[tuple[str, int]]] = {}
        for r in self._rows("SELECT * FROM reform_mentions ORDER BY rowid"):
            mentions.setdefault(r["reform_id"], []).append((r["source_id"], r["paragraph"]))
        out = []
        for r in self._rows("SELECT * FROM reforms ORDER BY rowid"):
            d = dict(r)
            d["first_in_beijing"] = bool(d["first_in_beijing"])
            out.append(Reform(**d, mentions=tuple(mentions.get(d["id"], ()))))
        return out

    def reform_measures(self, reform_id: str | None = None) -> list[ReformMeasure]:
        out = []
        for r in self._rows("SELECT * FROM reform_measures ORDER BY rowid"):
            if reform_id is not None and r["reform_id"] != reform_id:
                continue
            out.append(ReformMeasure(
                reform_id=r["reform_id"], measure=r["measure"], label_en=r["label_en"],
                label_zh=r["label_zh"], before=self.figure(r["before_figure_id"]),
                after=self.figure(r["after_figure_id"]) if r["after_figure_id"] else None,
                note_en=r["note_en"], note_zh=r["note_zh"],
            ))
        return out

    def plans(self) -> list[Plan]:
        return [Plan(**dict(r)) for r in self._rows("SELECT * FROM plans ORDER BY rowid")]

    def targets(self, plan_id: str | None = None) -> list[Target]:
        out = []
        for r in self._rows("SELECT * FROM targets ORDER BY id"):
            if plan_id is not None and r["plan_id"] != plan_id:
                continue
            out.append(Target(
                id=r["id"], plan_id=r["plan_id"], target=self.figure(r["target_figure_id"]),
                actual=self.figure(r["actual_figure_id"]) if r["actual_figure_id"] else None,
                actual_relation=r["actual_relation"], note_en=r["note_en"], note_zh=r["note_zh"],
            ))
        return out

    # -- search ---------------------------------------------------------------------------
    def search(self, query: str, limit: int = 200) -> list[SearchHit]:
        """Full-text search over labels and descriptions in English and Chinese.

        Any string is safe: it is matched literally (FTS5 phrase per word, or LIKE for terms
        shorter than three characters, which the trigram tokenizer cannot index).
        """
        terms = [t for t in re.split(r"\s+", query.strip()) if t]
        if not terms:
            return []
        long_terms = [t for t in terms if len(t) >= _FTS_MIN_CHARS]
        short_terms = [t for t in terms if len(t) < _FTS_MIN_CHARS]
        sql = f"SELECT s.kind, s.ref_id, s.text_en, s.text_zh, s.topic FROM {schema.SEARCH_TABLE} s"
        where, params = [], []
        if long_terms:
            sql += f" JOIN {schema.SEARCH_TABLE}_fts fts ON fts.rowid = s.rowid"
            where.append(f"{schema.SEARCH_TABLE}_fts MATCH ?")
            params.append(" AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms))
        for t in short_terms:
            like = "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            where.append("(s.text_en LIKE ? ESCAPE '\\' OR s.text_zh LIKE ? ESCAPE '\\')")
            params += [like, like]
        sql += " WHERE " + " AND ".join(where) + " ORDER BY s.rowid LIMIT ?"
        params.append(int(limit))
        hits = []
        for r in self._rows(sql, tuple(params)):
            label_en, label_zh = self._hit_labels(r["kind"], r["ref_id"], r["text_en"], r["text_zh"])
            hits.append(SearchHit(kind=r["kind"], ref_id=r["ref_id"], label_en=label_en,
                                  label_zh=label_zh, topic=r["topic"]))
        return hits

    @staticmethod
    def _hit_labels(kind: str, ref_id: str, text_en: str, text_zh: str) -> tuple[str, str]:
        return text_en.split(" · ")[0], text_zh.split(" · ")[0]

    def search_figures(self, query: str) -> list[Figure]:
        return [self.figure(h.ref_id) for h in self.search(query) if h.kind == "figure"]

    # -- search aliases (issue 10) ----------------------------------------------------------
    def aliases(self) -> list[tuple[str, str, str]]:
        """(kind, ref_id, alias) rows of the alias table; a database without one gives none."""
        try:
            rows = self._rows("SELECT kind, ref_id, alias FROM aliases ORDER BY rowid")
        except DatabaseInvalid:
            log.info("%s has no alias table; search works without aliases", self.path)
            return []
        return [(r["kind"], r["ref_id"], r["alias"]) for r in rows]
