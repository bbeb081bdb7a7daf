"""Which source paragraphs a slide cites, and its source line: S-number, title, publisher (or
"publisher not stated"), date (or "undated") and paragraph(s) — the existing wording of
:mod:`etown_desktop.core.formatting`, with the paragraphs the slide actually rests on."""

from __future__ import annotations

from dataclasses import dataclass

from etown_desktop.core.charts import ChartSpec
from etown_desktop.core.formatting import format_paragraph, format_publisher, format_source_date
from etown_desktop.core.office.texts import text
from etown_desktop.core.records import Figure, Source
from etown_desktop.core.repository import Repository
from etown_desktop.core.stories.content import SlideContent
from etown_desktop.core.stories.records import Slide


@dataclass(frozen=True)
class Cite:
    source: Source
    paragraphs: tuple[int, ...]


def _merge(pairs: list[tuple[Source, int]]) -> list[Cite]:
    by_id: dict[str, tuple[Source, set[int]]] = {}
    for src, para in pairs:
        by_id.setdefault(src.id, (src, set()))[1].add(para)
    return [Cite(src, tuple(sorted(paras))) for src, paras in
            sorted(by_id.values(), key=lambda v: v[0].ref)]


def chart_figures(repo: Repository, spec: ChartSpec) -> list[Figure]:
    ids = list(dict.fromkeys(spec.figure_ids))
    found = repo.figures_by_ids(ids)
    return [found[i] for i in ids if i in found]


def slide_cites(repo: Repository, slide: Slide, content: SlideContent,
                spec: ChartSpec | None = None) -> list[Cite]:
    """The (source, paragraphs) behind everything a slide shows."""
    pairs: list[tuple[Source, int]] = []
    figs = [repo.figure(fid) for fid in content.figure_ids]
    if spec is not None:
        figs += chart_figures(repo, spec)
        pairs += [(repo.source(p.source_id), p.paragraph) for s in spec.series for p in s.points
                  if p.source_id and p.paragraph is not None]
    pairs += [(f.source, f.paragraph) for f in figs]
    ref = slide.refs[0] if slide.refs else ""
    if slide.kind == "cluster":
        cluster = next(c for c in repo.clusters() if c.id == ref)
        pairs.append((repo.source(cluster.source_id), cluster.paragraph))
        shown = {b.heading for b in content.blocks}
        for co in repo.companies(cluster.id):
            if co.name_en in shown or co.name_zh in shown:
                pairs.append((repo.source(co.source_id), co.paragraph))
    elif slide.kind == "clusters":
        group = next(g for g in repo.cluster_groups() if g.id == ref)
        pairs.append((repo.source(group.source_id), group.paragraph))
        pairs += [(repo.source(c.source_id), c.paragraph) for c in repo.clusters(group.id)]
    elif slide.kind == "reform":
        reform = next(r for r in repo.reforms() if r.id == ref)
        pairs.append((repo.source(reform.source_id), reform.paragraph))
    elif slide.kind == "company":
        co = repo.company(ref)
        pairs.append((repo.source(co.source_id), co.paragraph))
    elif slide.kind == "plan":
        plan = next(p for p in repo.plans() if p.id == ref)
        pairs.append((repo.source(plan.source_id), plan.paragraph))
    return _merge(pairs)


def paragraphs_text(paragraphs: tuple[int, ...], lang: str) -> str:
    if len(paragraphs) == 1:
        return format_paragraph(paragraphs[0], lang)
    joined = ("、" if lang == "zh" else ", ").join(str(p) for p in paragraphs)
    return text(lang, "paragraphs", n=joined)


def cite_text(c: Cite, lang: str) -> str:
    """'S1, "title", PR Newswire (Cision), 22 Oct 2022, paragraph 5' (publisher and date always
    said, "publisher not stated" / "undated" where the page prints none)."""
    src = c.source
    title = f"“{src.title(lang)}”" if lang == "zh" else f'"{src.title(lang)}"'
    bits = [src.ref, title, format_publisher(src, lang), format_source_date(src, lang)]
    if c.paragraphs:
        bits.append(paragraphs_text(c.paragraphs, lang))
    return ("，" if lang == "zh" else ", ").join(bits)


def source_line(cites: list[Cite], lang: str) -> str:
    if not cites:
        return ""
    prefix = text(lang, "sources" if len(cites) > 1 else "source")
    return prefix + ("；" if lang == "zh" else "; ").join(cite_text(c, lang) for c in cites)


def deck_cites(per_slide: list[list[Cite]]) -> dict[str, tuple[int, ...]]:
    """Source id -> every paragraph the deck cites from it."""
    out: dict[str, set[int]] = {}
    for cites in per_slide:
        for c in cites:
            out.setdefault(c.source.id, set()).update(c.paragraphs)
    return {k: tuple(sorted(v)) for k, v in out.items()}
