"""Qt-free registry of the exportable tables: each is a DataFrame with en or zh headers.

Numbers stay numbers (the value column is a float in the unit of the header's language), every
row carries its provenance (source ref, title, publisher, date, paragraph), and the table knows
which sources its rows come from, so exports can list them next to the data.
pandas is imported only when a table is built.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Sequence

from etown_desktop.core.errors import NotFound
from etown_desktop.core.formatting import (
    QUALIFIER_NAME,
    normalize_lang,
    topic_name,
    format_publisher,
    format_source_date,
    format_value,
)
from etown_desktop.core.records import Figure, Source
from etown_desktop.core.repository import Repository

if TYPE_CHECKING:
    import pandas as pd

# Column key -> (English header, Chinese header). Builders emit rows keyed by these.
HEADERS: dict[str, tuple[str, str]] = {
    "id": ("ID", "编号"),
    "topic": ("Topic", "主题"),
    "label": ("Figure", "指标"),
    "value": ("Value", "数值"),
    "unit": ("Unit", "单位"),
    "qualifier": ("Qualifier", "限定词"),
    "as_stated": ("As stated", "原文表述"),
    "period": ("Period", "时期"),
    "year": ("Year", "年份"),
    "usd_value": ("US$ (source's conversion)", "美元（原文折算）"),
    "usd_unit": ("US$ unit", "美元单位"),
    "usd_rate": ("Source's rate, ¥ per US$", "原文汇率（元/美元）"),
    "note": ("Note", "备注"),
    "name": ("Name", "名称"),
    "kind": ("Kind", "类型"),
    "country": ("Country", "国家"),
    "cluster": ("Cluster", "产业集群"),
    "group": ("Cluster group", "集群分组"),
    "fortune500": ("Fortune Global 500", "世界500强"),
    "fortune500_basis": ("Fortune 500 basis", "500强依据"),
    "description": ("Description", "简介"),
    "target_value": ("Target value", "目标数值"),
    "target_unit": ("Target unit", "目标单位"),
    "target": ("Target as stated", "目标原文表述"),
    "district": ("District", "区"),
    "industry": ("Leading industry", "主导产业"),
    "what_changed": ("What changed", "改革内容"),
    "first_in_beijing": ("First in Beijing", "北京首创"),
    "also_in": ("Also mentioned in", "另见"),
    "reform": ("Reform", "改革"),
    "measure": ("Measure", "指标"),
    "before": ("Before", "改革前"),
    "after": ("After", "改革后"),
    "plan": ("Plan", "规划"),
    "actual_label": ("Latest actual figure", "最新实际指标"),
    "actual_value": ("Actual value", "实际数值"),
    "actual": ("Actual as stated", "实际原文表述"),
    "relation": ("Comparability", "可比性"),
    "title": ("Title", "标题"),
    "publisher": ("Publisher", "发布机构"),
    "date": ("Date", "日期"),
    "section": ("Page section", "栏目"),
    "language": ("Language", "语言"),
    "seed_file": ("Archived copy", "存档文件"),
    "figure_count": ("Figures", "数据条数"),
    "source": ("Source", "来源"),
    "source_title": ("Source title", "来源标题"),
    "source_publisher": ("Source publisher", "来源发布机构"),
    "source_date": ("Source date", "来源日期"),
    "paragraph": ("Paragraph", "段落"),
}
NUMERIC = {"value", "year", "usd_value", "usd_rate", "target_value", "actual_value",
           "paragraph", "figure_count"}

_YES_NO = {"en": ("yes", "no", "not stated"), "zh": ("是", "否", "未注明")}
# Displayed words, as on screen (the ids stay in the id column).
_KIND = {"company": ("Company", "企业"), "joint_venture": ("Joint venture", "合资企业"),
         "park": ("Park", "园区"), "project": ("Project", "项目")}
_BASIS = {"public": ("public knowledge (our note, not the source's)", "公开信息（本方注明，非原文）"),
          "stated": ("stated in the source", "来源原文所述")}
_RELATION = {"same": ("same measure", "同口径"), "related": ("related measure, not comparable",
                                                              "相关指标，口径不同")}


@dataclass(frozen=True)
class Table:
    """One exportable table in one language: the frame and the source of each row."""

    id: str
    title: str
    lang: str
    frame: pd.DataFrame
    row_sources: tuple[tuple[str, ...], ...]  # source ids per row, aligned with frame rows
    numeric_columns: tuple[str, ...] = field(default=())

    def subset(self, rows: Sequence[int] | None) -> Table:
        """Only the given row positions (e.g. the rows a filtered view displays), in that order."""
        if rows is None:
            return self
        rows = list(rows)
        bad = [r for r in rows if not 0 <= r < len(self.frame)]
        if bad:
            raise NotFound(f"Table {self.id!r} has no row {bad[0]} (it has {len(self.frame)} rows).")
        return Table(self.id, self.title, self.lang, self.frame.iloc[rows].reset_index(drop=True),
                     tuple(self.row_sources[r] for r in rows), self.numeric_columns)

    def source_ids(self) -> list[str]:
        seen: dict[str, None] = {}
        for ids in self.row_sources:
            for sid in ids:
                seen.setdefault(sid, None)
        return list(seen)


@dataclass(frozen=True)
class TableDef:
    id: str
    title_en: str
    title_zh: str
    build: Callable[[Repository, str], list[tuple[dict, tuple[str, ...]]]]

    def title(self, lang: str) -> str:
        return self.title_zh if lang == "zh" else self.title_en


# -- helpers ----------------------------------------------------------------------------
def _t(en: str | None, zh: str | None, lang: str) -> str:
    return (zh if lang == "zh" else en) or ""


def _prov(source: Source, paragraph: int | None, lang: str) -> dict:
    return {
        "source": source.ref,
        "source_title": source.title(lang),
        "source_publisher": format_publisher(source, lang),
        "source_date": format_source_date(source, lang),
        "paragraph": paragraph,
    }


def _scaled(fig: Figure, lang: str) -> float:
    """The value in the unit named in this language (亿元 = 0.1 billion yuan)."""
    return fig.value * fig.unit.zh_factor if lang == "zh" else fig.value


def _usd(fig: Figure, lang: str) -> tuple[float | None, str]:
    """The source's USD conversion in the same scale as the value column, with its unit name:
    86 "billion US dollars" in English, 860 "亿美元" in Chinese (never a bare, scale-less number)."""
    if fig.usd_value is None:
        return None, ""
    if lang == "zh":
        return fig.usd_value * fig.unit.zh_factor, fig.unit.zh.replace("元", "美元")
    return fig.usd_value, fig.unit.en.replace("yuan", "US dollars")


def _unit_name(fig: Figure, lang: str) -> str:
    return fig.unit.zh if lang == "zh" else fig.unit.en


def _basis(code: str | None, lang: str) -> str:
    if not code:
        return ""
    words = _BASIS.get(code)
    return (words[1] if lang == "zh" else words[0]) if words else code


def _yes_no(value: bool | None, lang: str) -> str:
    yes, no, unknown = _YES_NO[lang]
    return unknown if value is None else (yes if value else no)


# -- builders ---------------------------------------------------------------------------
def _figures(repo: Repository, lang: str):
    """One row per figure, streamed (a generator): provenance and topic words computed once per
    source / topic, not once per row."""
    prov: dict[str, dict] = {}
    topics: dict[str, str] = {}
    qualifiers = QUALIFIER_NAME[lang]
    for f in repo.iter_figures():
        src = f.source
        p = prov.get(src.id)
        if p is None:
            p = prov[src.id] = _prov(src, None, lang)
        topic = topics.get(f.topic)
        if topic is None:
            topic = topics[f.topic] = topic_name(f.topic, lang)
        usd_value, usd_unit = _usd(f, lang)
        yield ({
            "id": f.id, "topic": topic,
            "label": f.label(lang), "value": _scaled(f, lang),
            "unit": _unit_name(f, lang), "qualifier": qualifiers[f.qualifier],
            "as_stated": format_value(f, lang, "words"), "period": f.period(lang) or "",
            "year": f.year, "usd_value": usd_value, "usd_unit": usd_unit,
            "usd_rate": f.usd_rate,
            "note": f.note(lang) or "", **p, "paragraph": f.paragraph,
        }, (src.id,))


def _sources(repo: Repository, lang: str):
    counts = repo.figure_counts_by_source()
    return [({
        "source": s.ref, "title": s.title(lang), "publisher": format_publisher(s, lang),
        "date": format_source_date(s, lang), "section": s.section(lang) or "",
        "language": s.language, "seed_file": s.seed_file, "figure_count": counts.get(s.id, 0),
        "note": _t(s.note_en, s.note_zh, lang),
    }, (s.id,)) for s in repo.sources()]


def _companies(repo: Repository, lang: str):
    clusters = {c.id: c for c in repo.clusters()}
    rows = []
    for c in repo.companies():
        kind = _KIND.get(c.kind, (c.kind, c.kind))
        cluster = clusters.get(c.cluster_id) if c.cluster_id else None
        rows.append(({
            "id": c.id, "name": c.name(lang), "kind": kind[1] if lang == "zh" else kind[0],
            "country": _t(c.country_en, c.country_zh, lang),
            "cluster": cluster.name(lang) if cluster else "",
            "fortune500": _yes_no(c.fortune500, lang), "fortune500_basis": _basis(c.fortune500_basis, lang),
            "description": _t(c.description_en, c.description_zh, lang),
            **_prov(repo.source(c.source_id), c.paragraph, lang),
        }, (c.source_id,)))
    return rows


def _clusters(repo: Repository, lang: str):
    groups = {g.id: g for g in repo.cluster_groups()}
    rows = []
    for c in repo.clusters():
        g = groups[c.group_id]
        t = c.target
        rows.append(({
            "id": c.id, "group": _t(g.name_en, g.name_zh, lang), "name": c.name(lang),
            "description": _t(c.description_en, c.description_zh, lang),
            "target_value": _scaled(t, lang) if t else None,
            "target_unit": _unit_name(t, lang) if t else "",
            "target": format_value(t, lang, "words") if t else "",
            "period": (t.period(lang) or "") if t else "",
            **_prov(repo.source(c.source_id), c.paragraph, lang),
        }, (c.source_id,) + ((t.source.id,) if t else ())))
    return rows


def _cluster_zones(repo: Repository, lang: str):
    return [({
        "district": _t(z.district.name_en, z.district.name_zh, lang),
        "industry": _t(z.industry.name_en, z.industry.name_zh, lang),
        "note": _t(z.note_en, z.note_zh, lang),
        **_prov(repo.source(z.source_id), z.paragraph, lang),
    }, (z.source_id,)) for z in repo.cluster_zones()]


def _reforms(repo: Repository, lang: str):
    rows = []
    for r in repo.reforms():
        others = [(sid, p) for sid, p in r.mentions if (sid, p) != (r.source_id, r.paragraph)]
        also = "; ".join(f"{repo.source(sid).ref} ¶{p}" for sid, p in others)
        rows.append(({
            "id": r.id, "name": r.name(lang), "what_changed": _t(r.what_changed_en, r.what_changed_zh, lang),
            "first_in_beijing": _yes_no(r.first_in_beijing, lang), "also_in": also,
            **_prov(repo.source(r.source_id), r.paragraph, lang),
        }, (r.source_id,) + tuple(sid for sid, _ in others)))
    return rows


def _reform_measures(repo: Repository, lang: str):
    names = {r.id: r.name(lang) for r in repo.reforms()}
    rows = []
    for m in repo.reform_measures():
        b, a = m.before, m.after
        rows.append(({
            "reform": names.get(m.reform_id, m.reform_id), "measure": _t(m.label_en, m.label_zh, lang),
            "before": format_value(b, lang, "words"),
            "after": format_value(a, lang, "words") if a else _YES_NO[lang][2],
            "note": _t(m.note_en, m.note_zh, lang), **_prov(b.source, b.paragraph, lang),
        }, (b.source.id,) + ((a.source.id,) if a else ())))
    return rows


def _targets(repo: Repository, lang: str):
    plans = {p.id: p for p in repo.plans()}
    rows = []
    for t in repo.targets():
        f, a = t.target, t.actual
        rel = _RELATION.get(t.actual_relation or "", ("", ""))
        rows.append(({
            "id": t.id, "plan": _t(plans[t.plan_id].name_en, plans[t.plan_id].name_zh, lang),
            "label": f.label(lang), "value": _scaled(f, lang), "unit": _unit_name(f, lang),
            "target": format_value(f, lang, "words"), "period": f.period(lang) or "",
            "actual_label": a.label(lang) if a else "",
            "actual_value": _scaled(a, lang) if a else None,
            "actual": format_value(a, lang, "words") if a else "",
            "relation": rel[1] if lang == "zh" else rel[0],
            "note": _t(t.note_en, t.note_zh, lang), **_prov(f.source, f.paragraph, lang),
        }, (f.source.id,) + ((a.source.id,) if a else ())))
    return rows


TABLES: dict[str, TableDef] = {d.id: d for d in (
    TableDef("figures", "All figures with sources", "全部数据及来源", _figures),
    TableDef("sources", "Sources", "资料来源", _sources),
    TableDef("companies", "Companies and projects", "企业与项目", _companies),
    TableDef("clusters", "Industry clusters", "产业集群", _clusters),
    TableDef("cluster_zones", "Beijing cluster zones (districts × industries)",
             "北京产业集群分区（各区主导产业）", _cluster_zones),
    TableDef("reforms", "Reforms", "改革举措", _reforms),
    TableDef("reform_measures", "Reforms: before and after", "改革前后对比", _reform_measures),
    TableDef("targets", "2025 targets and latest figures", "2025年目标与最新数据", _targets),
)}


def table_ids() -> list[str]:
    return list(TABLES)


def table_definition(table_id: str) -> TableDef:
    """The definition of table ``table_id``; an unknown id says which tables there are."""
    try:
        return TABLES[table_id]
    except KeyError:
        raise NotFound(f"No table {table_id!r}. Known tables: {', '.join(TABLES)}") from None


def build_table(repo: Repository, table_id: str, lang: str = "en",
                rows: Sequence[int] | None = None) -> Table:
    """The table ``table_id`` in ``lang`` ("en" or "zh"); ``rows`` keeps only those positions."""
    import pandas as pd

    tdef = table_definition(table_id)
    lang = normalize_lang(lang)
    built = list(tdef.build(repo, lang))
    keys = list(built[0][0]) if built else []
    frame = pd.DataFrame([r for r, _ in built], columns=keys)
    for key in keys:
        if key in NUMERIC:
            frame[key] = pd.to_numeric(frame[key], errors="coerce")
            if key in ("year", "paragraph", "figure_count"):
                frame[key] = frame[key].astype("Int64")
    numeric = tuple(HEADERS[k][1 if lang == "zh" else 0] for k in keys if k in NUMERIC)
    frame.columns = [HEADERS[k][1 if lang == "zh" else 0] for k in keys]
    table = Table(tdef.id, tdef.title(lang), lang, frame, tuple(s for _, s in built), numeric)
    return table.subset(rows)
