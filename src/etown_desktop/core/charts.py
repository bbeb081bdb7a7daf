"""Qt-free chart specifications: what every chart shows, in both languages, with provenance.

The UI draws a :class:`ChartSpec` with pyqtgraph; the exports draw the same spec to PNG/SVG/PDF.
Every point keeps the id of the figure it comes from, so a click shows that figure's source.
"""

from __future__ import annotations

from typing import Callable

from etown_desktop.core.formatting import (
    format_number,
    format_source_date,
    format_value,
    source_line,
    sources_line,
)
from etown_desktop.core.lazy_record import LazyFrozenRecord
from etown_desktop.core.records import Figure
from etown_desktop.core.repository import Repository

KINDS = ("bar", "hbar", "line", "grouped_hbar", "matrix", "panels")
# How a point is drawn besides its plain bar (ChartPoint.style):
#   ""           the stated value, drawn to scale
#   "context"    a related but different measure, shown only as context (hatched, muted)
#   "converted"  the source states it in another unit; the bar is drawn at an approximate
#                conversion named in the label and the chart note (hatched)
#   "not_stated" the source does not state it: no bar, the label says so (value is 0.0)
POINT_STYLES = ("", "context", "converted", "not_stated")
NOT_STATED = {"en": "not stated", "zh": "未说明"}


class ChartPoint(metaclass=LazyFrozenRecord):  # a frozen dataclass once used (core/lazy_record.py)
    category_en: str
    category_zh: str
    value: float
    label_en: str  # value label drawn on the bar, with the qualifier: "≈ ¥600 bn"
    label_zh: str
    figure_id: str | None = None
    style: str = ""  # one of POINT_STYLES
    # Where a point that is not a figure (a matrix dot) is stated: source id and paragraph.
    source_id: str | None = None
    paragraph: int | None = None

    @property
    def stated(self) -> bool:
        return self.style != "not_stated"

    def category(self, lang: str = "en") -> str:
        return self.category_zh if lang == "zh" else self.category_en

    def label(self, lang: str = "en") -> str:
        return self.label_zh if lang == "zh" else self.label_en


class ChartSeries(metaclass=LazyFrozenRecord):  # a frozen dataclass once used (core/lazy_record.py)
    """One series; for kind "panels" one small chart of its own (name = panel title with unit)."""

    name_en: str
    name_zh: str
    points: tuple[ChartPoint, ...]

    def name(self, lang: str = "en") -> str:
        return self.name_zh if lang == "zh" else self.name_en


class ChartSpec(metaclass=LazyFrozenRecord):  # a frozen dataclass once used (core/lazy_record.py)
    id: str  # "<tab>.<name>", e.g. "overview.output_trend"
    kind: str  # one of KINDS
    title_en: str
    title_zh: str
    axis_en: str  # value-axis label with unit, e.g. "Billion yuan"
    axis_zh: str
    series: tuple[ChartSeries, ...]
    source_en: str  # one-line source note shown under the chart
    source_zh: str
    note_en: str = ""
    note_zh: str = ""
    # The value axis's tick numbers are multiplied by this in Chinese, so ticks, axis unit and bar
    # labels speak one unit (亿元 = 0.1 billion yuan: "6000亿元" on a bar, "6000" on the axis).
    axis_scale_zh: float = 1.0

    def title(self, lang: str = "en") -> str:
        return self.title_zh if lang == "zh" else self.title_en

    def axis(self, lang: str = "en") -> str:
        return self.axis_zh if lang == "zh" else self.axis_en

    def axis_scale(self, lang: str = "en") -> float:
        return self.axis_scale_zh if lang == "zh" else 1.0

    def source(self, lang: str = "en") -> str:
        return self.source_zh if lang == "zh" else self.source_en

    def note(self, lang: str = "en") -> str:
        return self.note_zh if lang == "zh" else self.note_en

    @property
    def figure_ids(self) -> tuple[str, ...]:
        return tuple(p.figure_id for s in self.series for p in s.points if p.figure_id)


def point(figure: Figure, category_en: str | None = None, category_zh: str | None = None) -> ChartPoint:
    """A chart point for one figure, labelled with qualifier and unit."""
    return ChartPoint(
        category_en=category_en if category_en is not None else figure.label_en,
        category_zh=category_zh if category_zh is not None else figure.label_zh,
        value=figure.value,
        label_en=format_value(figure, "en"),
        label_zh=format_value(figure, "zh"),
        figure_id=figure.id,
    )


def not_stated(category_en: str, category_zh: str) -> ChartPoint:
    """A point the source does not state: drawn as no bar with the label "not stated"."""
    return ChartPoint(category_en, category_zh, 0.0, NOT_STATED["en"], NOT_STATED["zh"],
                      None, "not_stated")


def sources_of(figures: list[Figure]) -> tuple[str, str]:
    return source_line(figures, "en"), source_line(figures, "zh")


def _output_trend(repo: Repository) -> ChartSpec:
    figs = repo.series("industrial_output")
    src_en, src_zh = sources_of(figs)
    return ChartSpec(
        id="overview.output_trend", kind="bar",
        title_en="Gross industrial output, 2012 → 2021", title_zh="工业总产值（2012→2021年）",
        axis_en="Billion yuan", axis_zh="亿元", axis_scale_zh=10.0,
        series=(ChartSeries("Gross industrial output", "工业总产值",
                            tuple(point(f, str(f.year), f"{f.year}年") for f in figs)),),
        source_en=src_en, source_zh=src_zh,
    )


def _bluepaper_targets(repo: Repository) -> ChartSpec:
    clusters = [c for c in repo.clusters("beijing_2020_bluepaper") if c.target is not None]
    clusters.sort(key=lambda c: c.target.value)
    figs = [c.target for c in clusters]
    src_en, src_zh = sources_of(figs)
    return ChartSpec(
        id="clusters.bluepaper_2020", kind="hbar",
        title_en="Beijing's 2020 output targets by industry (2019 blue paper)",
        title_zh="北京市2020年重点产业产值目标（2019年蓝皮书）",
        axis_en="Billion yuan", axis_zh="亿元", axis_scale_zh=10.0,
        series=(ChartSeries("2020 target", "2020年目标",
                            tuple(point(c.target, c.name_en, c.name_zh) for c in clusters)),),
        source_en=src_en, source_zh=src_zh,
        note_en="Targets for the whole of Beijing, not E-Town results.",
        note_zh="为北京全市目标，并非开发区实际数据。",
    )


def _zone_matrix(repo: Repository) -> ChartSpec:
    zones = repo.cluster_zones()
    present = {(z.district.id, z.industry.id): z for z in zones}
    industries = repo.zone_industries()
    series = tuple(
        ChartSeries(d.name_en, d.name_zh, tuple(
            ChartPoint(i.name_en, i.name_zh, 1.0 if (d.id, i.id) in present else 0.0,
                       "●" if (d.id, i.id) in present else "", "●" if (d.id, i.id) in present else "",
                       source_id=present[(d.id, i.id)].source_id if (d.id, i.id) in present else None,
                       paragraph=present[(d.id, i.id)].paragraph if (d.id, i.id) in present else None)
            for i in industries))
        for d in repo.districts()
    )
    src = repo.source(zones[0].source_id)
    return ChartSpec(
        id="clusters.zone_matrix", kind="matrix",
        title_en="Beijing's six cluster zones: districts × leading industries (2019 blue paper)",
        title_zh="北京六大产业集群区：各区主导产业（2019年蓝皮书）",
        axis_en="", axis_zh="",
        series=series,
        source_en=sources_line([src], "en"), source_zh=sources_line([src], "zh"),
        note_en="Rule: a district has at most three leading industries; an industry spans at most three districts.",
        note_zh="原则：每区主导产业不超过三个，每个主导产业布局不超过三个区。",
    )


def _hbar_of_headlines(repo: Repository, chart_id: str, metrics: tuple[str, ...],
                       title: tuple[str, str], axis: tuple[str, str], series: tuple[str, str],
                       sort_by_value: bool = False) -> ChartSpec:
    """A horizontal bar chart of the headline figure of each metric, in both languages."""
    figs = [repo.headline(m) for m in metrics]
    if sort_by_value:
        figs.sort(key=lambda f: f.value)
    src_en, src_zh = sources_of(figs)
    return ChartSpec(
        id=chart_id, kind="hbar", title_en=title[0], title_zh=title[1],
        axis_en=axis[0], axis_zh=axis[1],
        series=(ChartSeries(series[0], series[1], tuple(point(f) for f in figs)),),
        source_en=src_en, source_zh=src_zh,
    )


def _industry_shares(repo: Repository) -> ChartSpec:
    return _hbar_of_headlines(
        repo, "overview.industry_shares",
        ("hightech_industry_share", "hightech_company_output_share", "leading_industries_share"),
        ("What drives E-Town's industrial output", "开发区工业总产值的构成亮点"),
        ("% of gross industrial output", "占工业总产值比重（%）"),
        ("Share of output", "占比"), sort_by_value=True)


def _beijing_share(repo: Repository) -> ChartSpec:
    return _hbar_of_headlines(
        repo, "overview.beijing_share",
        ("land_share_beijing", "industrial_value_added_share_beijing"),
        ("E-Town's weight in Beijing: land vs industry", "开发区在北京的分量：土地与工业"),
        ("% of Beijing's total", "占北京市比重（%）"),
        ("Share of Beijing", "占北京市比重"))


def _fortune500_presence(repo: Repository) -> ChartSpec:
    metrics = ("fortune500_companies", "fortune500_projects")
    figs = [f for m in metrics for f in repo.figures(metric=m)]
    sources = sorted({f.source.id: f.source for f in figs}.values(), key=lambda s: s.ref)
    cats = {m: (repo.headline(m).label_en, repo.headline(m).label_zh) for m in metrics}
    series = []
    for src in sources:
        pts = []
        for m in metrics:
            mine = [f for f in figs if f.metric == m and f.source.id == src.id]
            pts.append(point(mine[0], *cats[m]) if mine else not_stated(*cats[m]))
        date_en, date_zh = format_source_date(src, "en"), format_source_date(src, "zh")
        series.append(ChartSeries(f"{src.ref} ({date_en})", f"{src.ref}（{date_zh}）", tuple(pts)))
    differ_en, differ_zh = [], []
    for m in metrics:
        labels = {p.label_en for s in series for p in s.points if p.category_en == cats[m][0] and p.stated}
        if len(labels) > 1:
            stated = [(s.name_en.split(" ")[0], p) for s in series for p in s.points
                      if p.category_en == cats[m][0] and p.stated]
            differ_en.append(" vs ".join(f"{ref}: {p.label_en}" for ref, p in stated))
            differ_zh.append("，".join(f"{ref}：{p.label_zh}" for ref, p in stated))
    note_en = ("The sources differ (" + "; ".join(differ_en) + "); both are shown.") if differ_en else ""
    note_zh = ("各来源表述不同（" + "；".join(differ_zh) + "），均予列出。") if differ_zh else ""
    src_en, src_zh = sources_of(figs)
    return ChartSpec(
        id="fortune500.presence", kind="grouped_hbar",
        title_en="Fortune Global 500 presence in E-Town, as each source states it",
        title_zh="世界500强在开发区的布局（按各来源表述）",
        axis_en="Companies / projects", axis_zh="家 / 个",
        series=tuple(series), source_en=src_en, source_zh=src_zh, note_en=note_en, note_zh=note_zh,
    )


# Conversions used only to draw a bar next to one in another unit; always named on the chart.
_DRAW_CONVERSIONS = {("weeks", "workdays"): 5.0}


def _work_permit(repo: Repository) -> ChartSpec:
    measures = repo.reform_measures("work_permit")
    series, figs, notes_en, notes_zh = [], [], [], []
    for m in measures:
        figs.append(m.before)
        before = point(m.before, "Before", "改革前")
        unit_en, unit_zh = m.before.unit.en, m.before.unit.zh
        if m.after is None:
            after = not_stated("Now", "目前")
        else:
            figs.append(m.after)
            factor = _DRAW_CONVERSIONS.get((m.after.unit.id, m.before.unit.id))
            if factor is not None:
                drawn = m.after.value * factor
                after = ChartPoint(
                    "Now", "目前", drawn,
                    f"{format_value(m.after, 'en')} (≈ {format_number(drawn)} {unit_en})",
                    f"{format_value(m.after, 'zh')}（约{format_number(drawn)}{unit_zh}）",
                    m.after.id, "converted")
                notes_en.append(f"The source gives the time now as {format_value(m.after, 'en')}, "
                                f"not in {unit_en}; its bar is drawn as ≈ {format_number(drawn)} "
                                f"{unit_en} ({format_number(factor)} per week) for comparison only.")
                notes_zh.append(f"原文现办理时长为{format_value(m.after, 'zh')}，并非以{unit_zh}计；"
                                f"图中按每周{format_number(factor)}个工作日折算为约"
                                f"{format_number(drawn)}{unit_zh}，仅供比较。")
            else:
                after = point(m.after, "Now", "目前")
        if m.after is None and m.note_en:
            notes_en.append(m.note_en)
            notes_zh.append(m.note_zh or "")
        same_unit = (m.after is None or m.after.unit.id == m.before.unit.id or (
            (m.after.unit.id, m.before.unit.id) in _DRAW_CONVERSIONS)) and (
            unit_en.lower() != m.label_en.lower())
        name_en = f"{m.label_en} ({unit_en})" if same_unit else m.label_en
        name_zh = f"{m.label_zh}（{unit_zh.lstrip('个')}）" if same_unit else m.label_zh
        series.append(ChartSeries(name_en, name_zh, (before, after)))
    reform = next(r for r in repo.reforms() if r.id == "work_permit")
    src_en, src_zh = sources_of(figs)
    return ChartSpec(
        id="reforms.work_permit", kind="panels",
        title_en=f"{reform.name_en}: before and now", title_zh=f"{reform.name_zh}：改革前后",
        axis_en="", axis_zh="", series=tuple(series), source_en=src_en, source_zh=src_zh,
        note_en=" ".join(notes_en), note_zh="".join(notes_zh),
    )


def _plan2025_targets(repo: Repository) -> ChartSpec:
    plan = next(p for p in repo.plans() if p.id == "etown_2025")
    series, figs = [], []
    has_context = False
    for t in repo.targets(plan.id):
        figs.append(t.target)
        pts = [point(t.target, "2025 target", "2025年目标")]
        if t.actual is None:
            pts.append(not_stated("Latest actual", "最新实际"))
        elif t.actual_relation == "same":
            figs.append(t.actual)
            pts.append(point(t.actual, "Latest actual", "最新实际"))
        else:
            figs.append(t.actual)
            has_context = True
            p = point(t.actual, "Related figure*", "相关数据*")
            pts.append(ChartPoint(p.category_en, p.category_zh, p.value, p.label_en, p.label_zh,
                                  p.figure_id, "context"))
        unit = t.target.unit
        name_en = t.target.label_en + ("" if unit.style in ("rank", "stage") else f" ({unit.en})")
        name_zh = t.target.label_zh + ("" if unit.style in ("rank", "stage") else f"（{unit.zh}）")
        series.append(ChartSeries(name_en, name_zh, tuple(pts)))
    src_en, src_zh = sources_of(figs)
    note_en = "“Not stated”: the sources give no current value. "
    note_zh = "“未说明”：资料中未给出当前数值。"
    if has_context:
        note_en += ("* Hatched bars are related figures of a different measure, shown only as context; "
                    "they are not progress towards the target.")
        note_zh += "*斜线柱为口径不同的相关数据，仅作背景参考，并非目标完成进度。"
    return ChartSpec(
        id="targets.plan2025", kind="panels",
        title_en=f"2025 targets next to the latest figures ({plan.name_en})",
        title_zh=f"2025年目标与最新数据（{plan.name_zh}）",
        axis_en="", axis_zh="", series=tuple(series), source_en=src_en, source_zh=src_zh,
        note_en=note_en, note_zh=note_zh,
    )


# Chart builders by id, in display order. The UI tabs and the exports both use this registry.
BUILDERS: dict[str, Callable[[Repository], ChartSpec]] = {
    "overview.output_trend": _output_trend,
    "overview.industry_shares": _industry_shares,
    "overview.beijing_share": _beijing_share,
    "clusters.bluepaper_2020": _bluepaper_targets,
    "clusters.zone_matrix": _zone_matrix,
    "fortune500.presence": _fortune500_presence,
    "reforms.work_permit": _work_permit,
    "targets.plan2025": _plan2025_targets,
}


def chart_ids() -> list[str]:
    return list(BUILDERS)


def build_chart(repo: Repository, chart_id: str) -> ChartSpec:
    from etown_desktop.core.errors import NotFound

    try:
        builder = BUILDERS[chart_id]
    except KeyError:
        raise NotFound(f"No chart {chart_id!r}. Known charts: {', '.join(BUILDERS)}") from None
    return builder(repo)


def all_charts(repo: Repository) -> list[ChartSpec]:
    return [b(repo) for b in BUILDERS.values()]

