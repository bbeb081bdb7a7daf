"""A story as a PowerPoint deck: one 16:9 slide per story slide, in order; titles and figures as
text, charts as native charts, the source line and the edition on every slide, the speaker note
in the slide's notes, and the sources in full on the last slide."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from etown_desktop.core.charts import ChartSpec, build_chart
from etown_desktop.core.export.atomic import check_extension, write_with
from etown_desktop.core.export.texts import APP_NAME, edition_line
from etown_desktop.core.formatting import format_publisher, format_source_date
from etown_desktop.core.office.chart_points import drawn_series, key_line
from etown_desktop.core.office.citations import (
    Cite,
    chart_figures,
    cite_text,
    deck_cites,
    paragraphs_text,
    slide_cites,
    source_line,
)
from etown_desktop.core.office.deck_look import Look
from etown_desktop.core.office.fonts import EA_FONT
from etown_desktop.core.office.pptx_chart import add_chart
from etown_desktop.core.office.pptx_template import Layouts, open_template, pick_layouts, theme_has_ea_font
from etown_desktop.core.office.pptx_text import Para, add_text
from etown_desktop.core.office.slide_blocks import boxes, cards, matrix
from etown_desktop.core.office.slide_frame import (
    BODY_PT,
    EDITION_PT,
    SMALL_PT,
    SUB_PT,
    WIDE_H,
    WIDE_W,
    fill_body,
    footer,
    frame_of,
    new_slide,
    notes,
)
from etown_desktop.core.office.texts import text
from etown_desktop.core.records import Source
from etown_desktop.core.repository import Repository
from etown_desktop.core.stories.content import SlideContent, resolve
from etown_desktop.core.stories.records import Story

log = logging.getLogger(__name__)

@dataclass
class DeckResult:
    prs: object  # pptx Presentation
    warnings: list[str] = field(default_factory=list)
    slide_sources: list[str] = field(default_factory=list)  # the source line of each slide


def build_story_deck(repo: Repository, story: Story, lang: str, template: Path | None = None) -> DeckResult:
    from pptx import Presentation

    lang = "zh" if lang == "zh" else "en"
    warnings: list[str] = []
    layouts: Layouts | None = None
    if template is not None:
        prs = open_template(template)
        layouts = pick_layouts(prs)
        if layouts is None:
            warnings.append("no_title")
            log.warning("template %s has no layout with a title placeholder; built-in layout used", template)
            prs = Presentation()
    else:
        prs = Presentation()
    if layouts is None:
        prs.slide_width, prs.slide_height = WIDE_W, WIDE_H
        look = Look(themed=False, ea_font=EA_FONT)
    else:
        look = Look(themed=True, ea_font=None if theme_has_ea_font(prs) else EA_FONT)
    meta = repo.metadata
    edition = edition_line(lang, meta.edition, meta.data_date)
    result = DeckResult(prs, warnings)
    contents = [resolve(repo, s, lang) for s in story.slides]
    specs = [build_chart(repo, c.chart_id) if c.chart_id else None for c in contents]
    cites = [slide_cites(repo, s, c, sp) for s, c, sp in zip(story.slides, contents, specs)]
    cited = deck_cites(cites)
    for slide, content, spec, slide_cite in zip(story.slides, contents, specs, cites):
        if slide.kind == "sources":
            listed = repo.sources_by_ids(slide.refs) if slide.refs else repo.sources()
            line = _sources_slide(prs, layouts, look, content.title, listed, cited, repo, lang, edition,
                                  content.note)
        else:
            line = _slide(prs, layouts, look, repo, content, spec, slide_cite, lang, edition)
        result.slide_sources.append(line)
    if not story.slides or story.slides[-1].kind != "sources":
        line = _sources_slide(prs, layouts, look, text(lang, "sources_in_full"), [], cited, repo, lang,
                              edition, "")
        result.slide_sources.append(line)
    prs.core_properties.title = story.title(lang)
    prs.core_properties.author = APP_NAME[lang]
    prs.core_properties.comments = edition
    return result


def export_story_pptx(repo: Repository, story: Story, path: Path | str, lang: str = "en",
                      template: Path | None = None) -> list[str]:
    """Write the deck to ``path`` atomically; returns warnings ("no_title": built-in layout used)."""
    path = check_extension(path, [".pptx"])
    result = build_story_deck(repo, story, lang, template)
    write_with(path, lambda tmp: result.prs.save(str(tmp)))
    return result.warnings


# -- one slide ----------------------------------------------------------------------------------
def _slide(prs, layouts, look: Look, repo: Repository, content: SlideContent, spec: ChartSpec | None,
           cites: list[Cite], lang: str, edition: str) -> str:
    heading_blocks = [b for b in content.blocks if b.heading] if not content.items and spec is None else []
    use_body = bool(heading_blocks) and layouts is not None
    slide = new_slide(prs, layouts, use_body)
    fr = frame_of(prs, slide, look, content.title)
    h = fr.h
    footnotes = [b.body for b in content.blocks if not b.heading and (content.items or spec is not None)]
    figures = {}
    if spec is not None:
        figures = {f.id: f for f in chart_figures(repo, spec)}
        key = key_line(drawn_series(spec, figures, lang), lang)
        if key:
            footnotes.append(key)
    top = fr.body_top
    if content.subtitle:
        sub_h = int(h * (0.085 if len(content.subtitle) < 260 else 0.12))
        add_text(slide, fr.margin, top, fr.inner, sub_h,
                 [Para.of(content.subtitle, fr.pt(SUB_PT), False, "muted")], look, "Subtitle", smallest=0.6)
        top += sub_h + int(h * 0.01)
    bottom = int(h * 0.83)
    if footnotes:
        note_h = int(h * 0.075)
        add_text(slide, fr.margin, bottom - note_h, fr.inner, note_h,
                 [Para.of(t, fr.pt(SMALL_PT), False, "muted") for t in footnotes], look, "Chart note",
                 "bottom", 0.6)
        bottom -= note_h + int(h * 0.01)
    if spec is not None:
        if spec.kind == "matrix":
            matrix(slide, spec, lang, look, fr, top, bottom)
        else:
            add_chart(slide, spec, figures, lang, look, fr.margin, top, fr.inner, bottom - top, fr.pt(14))
    elif content.items:
        cards(slide, content.items, look, fr, top, bottom)
    elif heading_blocks:
        paras_of = [[Para.of(b.heading, fr.pt(BODY_PT + 2), True, "accent"),
                     Para.of(b.body, fr.pt(BODY_PT), False, "text")] for b in heading_blocks]
        if use_body:
            fill_body(slide, [p for ps in paras_of for p in ps], look, fr, top, bottom)
        else:
            boxes(slide, paras_of, look, fr, top, bottom)
    line = source_line(cites, lang)
    footer(slide, fr, look, line, edition)
    notes(slide, content.note)
    return line


# -- the sources slide ------------------------------------------------------------------------
def _sources_slide(prs, layouts, look: Look, title: str, listed: list[Source], cited: dict[str, tuple[int, ...]],
                   repo: Repository, lang: str, edition: str, note: str) -> str:
    sources = {s.id: s for s in listed}
    for sid in cited:
        if sid not in sources:
            sources[sid] = repo.source(sid)
    slide = new_slide(prs, layouts, layouts is not None)
    fr = frame_of(prs, slide, look, title or text(lang, "sources_in_full"))
    paras: list[Para] = []
    dot = " · "
    for s in sorted(sources.values(), key=lambda s: s.ref):
        head = f"{s.ref}{dot}{s.title(lang)}"
        if lang == "zh":
            head += f"（{s.title('en')}）"
        paras.append(Para.of(head, fr.pt(BODY_PT + 6), True, "accent"))
        paras_cited = cited.get(s.id, ())
        where = text(lang, "cited", paragraphs=paragraphs_text(paras_cited, lang)) if paras_cited \
            else text(lang, "not_cited")
        paras.append(Para.of(dot.join([format_publisher(s, lang), format_source_date(s, lang), where]),
                             fr.pt(BODY_PT + 2), False, "text"))
    paras.append(Para.of(text(lang, "sources_note"), fr.pt(SMALL_PT + 3), False, "muted"))
    top, bottom = fr.body_top + int(fr.h * 0.01), int(fr.h * 0.92)
    if layouts is not None:
        fill_body(slide, paras, look, fr, top, bottom)
    else:
        add_text(slide, fr.margin, top, fr.inner, bottom - top, paras, look, "Sources", smallest=0.4)
    add_text(slide, fr.margin, int(fr.h * 0.935), fr.inner, int(fr.h * 0.05),
             [Para.of(edition, fr.pt(EDITION_PT), False, "muted")], look, "Edition", "top", 0.7)
    notes(slide, note)
    return "\n".join(cite_text(Cite(s, cited.get(s.id, ())), lang) for s in sorted(sources.values(),
                                                                                key=lambda s: s.ref))
