"""The records the search entries are made of, straight from the build's loaded tables (Qt-free).

``db build`` has every row in memory already (:func:`core.db.build.load`). :class:`TableCatalog`
answers the few :class:`~core.repository.Repository` queries that :func:`core.search.index.
build_entries` asks, in the same order and with the same records, without reading the new database
back (the equivalence is tested on the shipped and a generated 10x edition)."""

from __future__ import annotations

from etown_desktop.core.queries.list_tables import figure_records, record
from etown_desktop.core.records import Cluster, Company, Figure, Reform, Source, Target


class TableCatalog:
    """``aliases``, ``figures``, ``sources``, ``companies``, ``clusters``, ``reforms`` and
    ``targets`` as :class:`Repository` returns them, made from ``tables``.

    ``figures`` is :func:`figure_records` of the same tables when the caller has made it already."""

    def __init__(self, tables: dict[str, list[dict]], figures: list[Figure] | None = None) -> None:
        self._tables = tables
        self._figures = figures if figures is not None else figure_records(tables)
        self._by_id = {f.id: f for f in self._figures}

    def aliases(self) -> list[tuple[str, str, str]]:
        return [(r["kind"], r["ref_id"], r["alias"]) for r in self._tables["aliases"]]

    def figures(self) -> list[Figure]:
        """Id order (``ORDER BY id``: SQLite compares UTF-8 bytes, which sort as code points)."""
        return self._figures

    def sources(self) -> list[Source]:
        return sorted((record(Source, s) for s in self._tables["sources"]), key=lambda s: s.ref)

    def companies(self) -> list[Company]:
        return [record(Company, {**r, "fortune500": None if r["fortune500"] is None
                                 else bool(r["fortune500"])}) for r in self._tables["companies"]]

    def clusters(self) -> list[Cluster]:
        return [Cluster(id=c["id"], group_id=c["cluster_group"], name_en=c["name_en"],
                        name_zh=c["name_zh"], description_en=c["description_en"],
                        description_zh=c["description_zh"],
                        target=self._by_id[c["target_figure_id"]] if c["target_figure_id"] else None,
                        source_id=c["source_id"], paragraph=c["paragraph"])
                for c in self._tables["clusters"]]

    def reforms(self) -> list[Reform]:
        mentions: dict[str, list[tuple[str, int]]] = {}
        for m in self._tables["reform_mentions"]:
            mentions.setdefault(m["reform_id"], []).append((m["source_id"], m["paragraph"]))
        return [record(Reform, {**r, "first_in_beijing": bool(r["first_in_beijing"])},
                       mentions=tuple(mentions.get(r["id"], ()))) for r in self._tables["reforms"]]

    def targets(self) -> list[Target]:
        rows = sorted(self._tables["targets"], key=lambda t: t["id"])
        return [Target(id=t["id"], plan_id=t["plan_id"], target=self._by_id[t["target_figure_id"]],
                       actual=self._by_id[t["actual_figure_id"]] if t["actual_figure_id"] else None,
                       actual_relation=t["actual_relation"], note_en=t["note_en"], note_zh=t["note_zh"])
                for t in rows]
