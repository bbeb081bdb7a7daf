"""What a slide shows, resolved from the fact database in one language (Qt-free).

Every value comes from a figure record with its qualifier, period and source; the slide's source
line names the sources of everything on it.
"""

from __future__ import annotations

from etown_desktop.core.formatting import (
    QUALIFIER_WORD,
    format_amount,
    format_period,
    format_publisher,
    format_source_date,
    format_usd,
    format_value,
    sources_line,
)
from etown_desktop.core.lazy_record import LazyFrozenRecord
from etown_desktop.core.records import Figure, Source
from etown_desktop.core.repository import Repository
from etown_desktop.core.stories.records import Slide, Story

MAX_PLAN_TARGETS = 4


class SlideItem(metaclass=LazyFrozenRecord):  # a frozen dataclass once used
    """One figure on a slide."""

    figure_id: str
    value: str  # with its qualifier in words: "nearly ¥600 bn", "近6000亿元"
    label: str
    period: str
    source_ref: str
    usd: str | None = None
    qualifier: str = ""  # the qualifier word alone ("nearly", "近"; "" for an exact value)
    amount: str = ""  # the number with its unit alone ("¥600 bn", "6000亿元")


class TextBlock(metaclass=LazyFrozenRecord):  # a frozen dataclass once used (core/lazy_record.py)
    heading: str
    body: str


class SlideContent(metaclass=LazyFrozenRecord):  # a frozen dataclass once used
    kind: str
    title: str
    subtitle: str
    items: tuple[SlideItem, ...]
    blocks: tuple[TextBlock, ...]
    chart_id: str | None
    source_line: str
    note: str

    @property
    def figure_ids(self) -> tuple[str, ...]:
        return tuple(i.figure_id for i in self.items)


def item(fig: Figure, lang: str) -> SlideItem:
    return SlideItem(fig.id, format_value(fig, lang, style="words"), fig.label(lang),
                     format_period(fig, lang), fig.source.ref, format_usd(fig, lang),
                     QUALIFIER_WORD[lang][fig.qualifier], format_amount(fig.value, fig.unit, lang))


def resolve(repo: Repository, slide: Slide, lang: str) -> SlideContent:
    """The content of ``slide`` in ``lang`` ("en" or "zh")."""
    lang = "zh" if lang == "zh" else "en"
    builder = _BUILDERS[slide.kind]
    title, subtitle, figs, blocks, sources, chart_id, extra = builder(repo, slide, lang)
    all_sources = [*sources, *(f.source for f in figs)]
    line = sources_line(all_sources, lang) if all_sources else ""
    if extra:
        line = extra
    return SlideContent(
        kind=slide.kind, title=slide.title(lang) or title, subtitle=subtitle,
        items=tuple(item(f, lang) for f in figs), blocks=tuple(blocks), chart_id=chart_id,
        source_line=line, note=slide.note(lang) or "")


def resolve_story(repo: Repository, story: Story, lang: str) -> list[SlideContent]:
    return [resolve(repo, s, lang) for s in story.slides]


def _kpis(repo, slide, lang):
    return "", "", [repo.figure(r) for r in slide.refs], [], [], None, ""


def _chart(repo, slide, lang):
    from etown_desktop.core.charts import build_chart

    spec = build_chart(repo, slide.refs[0])
    figs: list[Figure] = []  # the chart draws them; their sources are in the chart's own line
    return spec.title(lang), spec.note(lang), figs, [], [], spec.id, spec.source(lang)


def _cluster(repo, slide, lang):
    cluster = next(c for c in repo.clusters() if c.id == slide.refs[0])
    companies = repo.companies(cluster.id)
    figs = [cluster.target] if cluster.target else []
    for co in companies:
        figs += repo.company_figures(co.id)
    blocks = [TextBlock(co.name(lang), co.description_zh if lang == "zh" else co.description_en)
              for co in companies]
    desc = cluster.description_zh if lang == "zh" else cluster.description_en
    return (cluster.name(lang), desc, figs[:4], blocks[:3], [repo.source(cluster.source_id)],
            None, "")


def _clusters(repo, slide, lang):
    group = next(g for g in repo.cluster_groups() if g.id == slide.refs[0])
    clusters = repo.clusters(group.id)
    blocks = [TextBlock(c.name(lang), c.description_zh if lang == "zh" else c.description_en)
              for c in clusters]
    name = group.name_zh if lang == "zh" else group.name_en
    note = (group.note_zh if lang == "zh" else group.note_en) or ""
    figs = [c.target for c in clusters if c.target is not None]
    return name, note, figs[:4], blocks, [repo.source(group.source_id)], None, ""


def _reform(repo, slide, lang):
    reform = next(r for r in repo.reforms() if r.id == slide.refs[0])
    measures = repo.reform_measures(reform.id)
    # Before and after side by side (one row per measure); measures without an "after" last.
    figs: list[Figure] = [f for m in measures if m.after is not None for f in (m.before, m.after)]
    figs += [m.before for m in measures if m.after is None]
    what = reform.what_changed_zh if lang == "zh" else reform.what_changed_en
    return reform.name(lang), what, figs[:4], [], [repo.source(reform.source_id)], None, ""


def _company(repo, slide, lang):
    co = repo.company(slide.refs[0])
    desc = co.description_zh if lang == "zh" else co.description_en
    country = co.country_zh if lang == "zh" else co.country_en
    title = f"{co.name(lang)}（{country}）" if lang == "zh" else f"{co.name(lang)} ({country})"
    return (title, desc, repo.company_figures(co.id)[:4], [], [repo.source(co.source_id)],
            None, "")


def _plan(repo, slide, lang):
    plan = next(p for p in repo.plans() if p.id == slide.refs[0])
    targets = repo.targets(plan.id)
    figs = [t.target for t in targets][:MAX_PLAN_TARGETS]
    name = plan.name_zh if lang == "zh" else plan.name_en
    desc = plan.description_zh if lang == "zh" else plan.description_en
    more = len(targets) - len(figs)
    blocks = [TextBlock("", _more_targets(more, lang))] if more > 0 else []
    return name, desc, figs, blocks, [repo.source(plan.source_id)], None, ""


def _more_targets(n: int, lang: str) -> str:
    if lang == "zh":
        return f"另有{n}项目标，详见“规划与目标”页。"
    return f"{n} more targets are listed under Plans & targets."


def _sources(repo, slide, lang):
    wanted = slide.refs
    sources: list[Source] = repo.sources_by_ids(wanted) if wanted else repo.sources()
    blocks = [TextBlock(f"{s.ref} · {s.title(lang)}",
                        f"{format_publisher(s, lang)} · {format_source_date(s, lang)}")
              for s in sources]
    title = "资料来源" if lang == "zh" else "Sources"
    return title, "", [], blocks, [], None, ""


_BUILDERS = {
    "kpis": _kpis, "chart": _chart, "cluster": _cluster, "clusters": _clusters,
    "reform": _reform, "company": _company, "plan": _plan, "sources": _sources,
}
