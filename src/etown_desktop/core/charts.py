"""Qt-free chart specifications: what every chart shows, in both languages, with provenance.

The UI draws a :class:`ChartSpec` with pyqtgraph; the exports draw the same spec to PNG/SVG/PDF.
Every point keeps the id of the figure it comes from, so a click shows that figure's source.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from etown_desktop.core.formatting import format_amount, format_value, source_line
from etown_desktop.core.records import Figure
from etown_desktop.core.repository import Repository

KINDS = ("bar", "hbar", "line", "grouped_hbar", "matrix")


@dataclass(frozen=True)
class ChartPoint:
    category_en: str
    category_zh: str
    value: float
    label_en: str  # value label drawn on the bar, with the qualifier: "≈ ¥600 bn"
    label_zh: str
    figure_id: str | None = None

    def category(self, lang: str = "en") -> str:
        return self.category_zh if lang == "zh" else self.category_en

    def label(self, lang: str = "en") -> str:
        return self.label_zh if lang == "zh" else self.label_en


@dataclass(frozen=True)
class ChartSeries:
    name_en: str
    name_zh: str
    points: tuple[ChartPoint, ...]

    def name(self, lang: str = "en") -> str:
        return self.name_zh if lang == "zh" else self.name_en


@dataclass(frozen=True)
class ChartSpec:
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

    def title(self, lang: str = "en") -> str:
        return self.title_zh if lang == "zh" else self.title_en

    def axis(self, lang: str = "en") -> str:
        return self.axis_zh if lang == "zh" else self.axis_en

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


def sources_of(figures: list[Figure]) -> tuple[str, str]:
    return source_line(figures, "en"), source_line(figures, "zh")


def _output_trend(repo: Repository) -> ChartSpec:
    figs = repo.series("industrial_output")
    src_en, src_zh = sources_of(figs)
    return ChartSpec(
        id="overview.output_trend", kind="bar",
        title_en="Gross industrial output, 2012 → 2021", title_zh="工业总产值（2012→2021年）",
        axis_en="Billion yuan", axis_zh="亿元",
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
        axis_en="Billion yuan", axis_zh="亿元",
        series=(ChartSeries("2020 target", "2020年目标",
                            tuple(point(c.target, c.name_en, c.name_zh) for c in clusters)),),
        source_en=src_en, source_zh=src_zh,
        note_en="Targets for the whole of Beijing, not E-Town results.",
        note_zh="为北京全市目标，并非开发区实际数据。",
    )


def _zone_matrix(repo: Repository) -> ChartSpec:
    zones = repo.cluster_zones()
    present = {(z.district.id, z.industry.id) for z in zones}
    industries = repo.zone_industries()
    series = tuple(
        ChartSeries(d.name_en, d.name_zh, tuple(
            ChartPoint(i.name_en, i.name_zh, 1.0 if (d.id, i.id) in present else 0.0,
                       "●" if (d.id, i.id) in present else "", "●" if (d.id, i.id) in present else "")
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
        source_en=source_line_for_source(src, "en"), source_zh=source_line_for_source(src, "zh"),
        note_en="Rule: a district has at most three leading industries; an industry spans at most three districts.",
        note_zh="原则：每区主导产业不超过三个，每个主导产业布局不超过三个区。",
    )


def source_line_for_source(source, lang: str) -> str:
    from etown_desktop.core.formatting import format_source_date

    title = source.title(lang)
    who = f", {source.publisher}" if source.publisher and lang == "en" else (
        f"，{source.publisher}" if source.publisher else "")
    if lang == "zh":
        return f"来源：{source.ref}，“{title}”{who}，{format_source_date(source, 'zh')}"
    return f'Source: {source.ref}, "{title}"{who}, {format_source_date(source, "en")}'


# Chart builders by id, in display order. The UI tabs and the exports both use this registry.
BUILDERS: dict[str, Callable[[Repository], ChartSpec]] = {
    "overview.output_trend": _output_trend,
    "clusters.bluepaper_2020": _bluepaper_targets,
    "clusters.zone_matrix": _zone_matrix,
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


_ = format_amount  # re-exported for builders that label points without a qualifier
