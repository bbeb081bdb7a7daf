"""A story as a PowerPoint deck: one 16:9 slide per story slide, in order; titles and figures as
text, charts as native charts, the source line and the edition on every slide, the speaker note
in the slide's notes, and the sources in full on the last slide."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import MSO_SHAPE, PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR
from pptx.util import Emu, Inches

from etown_desktop.core.charts import ChartSpec, build_chart
from etown_desktop.core.export.atomic import check_extension, write_with
from etown_desktop.core.export.texts import APP_NAME, edition_line
from etown_desktop.core.formatting import format_publisher, format_source_date
from etown_desktop.core.office.citations import (
    Cite,
    chart_figures,
    cite_text,
    deck_cites,
    paragraphs_text,
    slide_cites,
    source_line,
)
from etown_desktop.core.office.chart_points import drawn_series, key_line
from etown_desktop.core.office.deck_look import Look
from etown_desktop.core.office.fonts import EA_FONT
from etown_desktop.core.office.pptx_chart import add_chart
from etown_desktop.core.office.pptx_template import Layouts, open_template, pick_layouts, theme_has_ea_font
from etown_desktop.core.office.pptx_text import Para, Run, add_text, fill_frame, fit
from etown_desktop.core.office.texts import text
from etown_desktop.core.records import Source
from etown_desktop.core.repository import Repository
from etown_desktop.core.stories.content import SlideContent, SlideItem, resolve
from etown_desktop.core.stories.records import Slide, Story

log = logging.getLogger(__name__)

WIDE_W, WIDE_H = Inches(13.333), Inches(7.5)
TITLE_PT, SUB_PT, VALUE_PT, BODY_PT, SMALL_PT, EDITION_PT = 30, 16, 40, 16, 11, 9.5


@dataclass
class DeckResult:
    prs: object  # pptx Presentation
    warnings: list[str] = field(default_factory=list)
    slide_sources: list[str] = field(default_factory=list)  # the source line of each slide


@dataclass(frozen=True)
class _Frame:
    """Where things go on a slide (EMU) and the type scale."""

    w: int
    h: int
    body_top: int
    scale: float

    @property
    def margin(self) -> int:
        return int(self.w * 0.04)

    @property
    def inner(self) -> int:
        return self.w - 2 * self.margin

    def pt(self, size: float) -> float:
        return size * self.scale


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
def _new_slide(prs, layouts: Layouts | None, with_body: bool):
    if layouts is None:
        slide = prs.slides.add_slide(prs.slide_layouts[5])  # the default template's "Title Only"
    else:
        slide = prs.slides.add_slide(layouts.title_content if with_body else layouts.title_only)
    return slide


def _title_shape(slide):
    for ph in slide.placeholders:
        if ph.placeholder_format.type in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE):
            return ph
    return None


def _body_placeholder(slide):
    for ph in slide.placeholders:
        if ph.placeholder_format.type in (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT):
            return ph
    return None


def _frame_of(prs, slide, look: Look, title: str) -> _Frame:
    w, h = prs.slide_width, prs.slide_height
    scale = h / WIDE_H
    fr = _Frame(w, h, 0, scale)
    title_ph = _title_shape(slide)
    if not look.themed:
        bg = slide.background.fill
        bg.solid()
        bg.fore_color.rgb = RGBColor.from_string(look.color("background"))
    if title_ph is None:  # cannot happen with the layouts chosen, but never lose the title
        add_text(slide, fr.margin, int(h * 0.04), fr.inner, int(h * 0.11),
                 [Para.of(title, fr.pt(TITLE_PT), True, "text")], look, "Title")
        return _Frame(w, h, int(h * 0.17), scale)
    if not look.themed:
        title_ph.left, title_ph.top, title_ph.width, title_ph.height = (
            Emu(fr.margin), Emu(int(h * 0.04)), Emu(fr.inner), Emu(int(h * 0.11)))
    paras = [Para.of(title, fr.pt(TITLE_PT), True, "text")]
    fill_frame(title_ph.text_frame, paras, look, fit(paras, title_ph.width, title_ph.height, 0.55), "middle")
    top = title_ph.top + title_ph.height + int(h * 0.015)
    return _Frame(w, h, top, scale)


def _footer(slide, fr: _Frame, look: Look, line: str, edition: str) -> None:
    h = fr.h
    if line:
        add_text(slide, fr.margin, int(h * 0.838), fr.inner, int(h * 0.095),
                 [Para.of(line, fr.pt(SMALL_PT), False, "muted")], look, "Source line", "bottom", 0.6)
    add_text(slide, fr.margin, int(h * 0.935), fr.inner, int(h * 0.05),
             [Para.of(edition, fr.pt(EDITION_PT), False, "muted")], look, "Edition", "top", 0.7)


def _notes(slide, note: str) -> None:
    if note:
        slide.notes_slide.notes_text_frame.text = note


def _slide(prs, layouts, look: Look, repo: Repository, content: SlideContent, spec: ChartSpec | None,
           cites: list[Cite], lang: str, edition: str) -> str:
    heading_blocks = [b for b in content.blocks if b.heading] if not content.items and spec is None else []
    use_body = bool(heading_blocks) and layouts is not None
    slide = _new_slide(prs, layouts, use_body)
    fr = _frame_of(prs, slide, look, content.title)
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
            _matrix(slide, spec, lang, look, fr, top, bottom)
        else:
            add_chart(slide, spec, figures, lang, look, fr.margin, top, fr.inner, bottom - top, fr.pt(14))
    elif content.items:
        _cards(slide, content.items, look, fr, top, bottom)
    elif heading_blocks:
        paras_of = [[Para.of(b.heading, fr.pt(BODY_PT + 2), True, "accent"),
                     Para.of(b.body, fr.pt(BODY_PT), False, "text")] for b in heading_blocks]
        if use_body:
            _fill_body(slide, [p for ps in paras_of for p in ps], look, fr, top, bottom)
        else:
            _boxes(slide, paras_of, look, fr, top, bottom)
    line = source_line(cites, lang)
    _footer(slide, fr, look, line, edition)
    _notes(slide, content.note)
    return line


def _grid(n: int) -> int:
    return 2 if n in (2, 4) else (1 if n < 3 else (3 if n <= 3 else 2))


def _cards(slide, items: tuple[SlideItem, ...], look: Look, fr: _Frame, top: int, bottom: int) -> None:
    cols = 2 if len(items) in (2, 4) else min(len(items), 3)
    rows = -(-len(items) // cols)
    gap = int(fr.h * 0.025)
    cw = (fr.inner - gap * (cols - 1)) // cols
    ch = (bottom - top - gap * (rows - 1)) // rows
    paras = [_card_paras(it, fr) for it in items]
    scale = min(fit(p, cw - int(cw * 0.08), ch - int(ch * 0.1), 0.4) for p in paras)
    for i, (it, ps) in enumerate(zip(items, paras)):
        x = fr.margin + (i % cols) * (cw + gap)
        y = top + (i // cols) * (ch + gap)
        card = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Emu(x), Emu(y), Emu(cw), Emu(ch))
        card.name = f"Figure {it.figure_id}"
        card.adjustments[0] = 0.06
        card.fill.solid()
        if look.themed:  # the theme's first accent, text in the theme's light colour
            card.fill.fore_color.theme_color = MSO_THEME_COLOR.ACCENT_1
            card.line.fill.background()
        else:
            card.fill.fore_color.rgb = RGBColor.from_string(look.color("panel"))
            card.line.color.rgb = RGBColor.from_string("2C4D72")
        card.shadow.inherit = False
        fill_frame(card.text_frame, ps, look, scale, "middle")


def _card_paras(it: SlideItem, fr: _Frame) -> list[Para]:
    """The value with its qualifier in one paragraph ("nearly ¥600 bn": the qualifier smaller),
    then the label, then period and source."""
    runs = []
    if it.qualifier:
        runs.append(Run(it.qualifier + ("" if it.value.startswith(it.qualifier + it.amount) else " "),
                        fr.pt(BODY_PT + 4), True, "accent"))
    runs.append(Run(it.amount or it.value, fr.pt(VALUE_PT), True, "accent"))
    return [Para(tuple(runs), "center"),
            Para.of(it.label, fr.pt(BODY_PT), False, "text", "center"),
            Para.of(f"{it.period} · {it.source_ref}", fr.pt(SMALL_PT + 1), False, "muted", "center")]


def _boxes(slide, paras_of: list[list[Para]], look: Look, fr: _Frame, top: int, bottom: int) -> None:
    n = len(paras_of)
    cols = 2 if n in (2, 4) or n > 4 else 1
    rows = -(-n // cols)
    gap = int(fr.h * 0.02)
    cw = (fr.inner - gap * (cols - 1)) // cols
    ch = (bottom - top - gap * (rows - 1)) // rows
    scale = min(fit(p, cw - int(fr.w * 0.02), ch - int(fr.h * 0.02), 0.4) for p in paras_of)
    for i, ps in enumerate(paras_of):
        x = fr.margin + (i % cols) * (cw + gap)
        y = top + (i // cols) * (ch + gap)
        box = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Emu(x), Emu(y), Emu(cw), Emu(ch))
        box.adjustments[0] = 0.05
        box.name = f"Block {i + 1}"
        box.fill.solid()
        box.line.fill.background()
        if look.themed:
            box.fill.fore_color.theme_color = MSO_THEME_COLOR.ACCENT_1
        else:
            box.fill.fore_color.rgb = RGBColor.from_string(look.color("panel"))
        box.shadow.inherit = False
        fill_frame(box.text_frame, ps, look, scale, "top")


def _fill_body(slide, paras: list[Para], look: Look, fr: _Frame, top: int, bottom: int) -> None:
    body = _body_placeholder(slide)
    if body is None:
        add_text(slide, fr.margin, top, fr.inner, bottom - top, paras, look, "Body", smallest=0.4)
        return
    left, width = body.left, body.width  # inherited from the layout: all four must be written
    if not width or left + width > fr.w:
        left, width = fr.margin, fr.inner
    body.left, body.top, body.width, body.height = Emu(left), Emu(top), Emu(width), Emu(bottom - top)
    fill_frame(body.text_frame, paras, look, fit(paras, body.width, body.height, 0.4))
    for p in body.text_frame.paragraphs:  # plain paragraphs, not the layout's bullets
        p.level = 0


def _matrix(slide, spec: ChartSpec, lang: str, look: Look, fr: _Frame, top: int, bottom: int) -> None:
    """The district × industry matrix as a native table (a dot where a district leads in an industry)."""
    rows = [p.category(lang) for p in spec.series[0].points]
    shape = slide.shapes.add_table(len(rows) + 1, len(spec.series) + 1, Emu(fr.margin), Emu(top),
                                   Emu(fr.inner), Emu(bottom - top))
    table = shape.table
    first = int(fr.inner * 0.3)
    table.columns[0].width = Emu(first)
    for c in range(1, len(spec.series) + 1):
        table.columns[c].width = Emu((fr.inner - first) // len(spec.series))
    row_h = (bottom - top) // (len(rows) + 1)
    for r in range(len(rows) + 1):
        table.rows[r].height = Emu(row_h)
    size = min(fr.pt(12), row_h / 12700 * 0.5)  # one line per row, with room around it

    def put(r: int, c: int, value: str, bold: bool = False) -> None:
        cell = table.cell(r, c)
        cell.margin_top = cell.margin_bottom = Emu(0)
        cell.vertical_anchor = MSO_ANCHOR.MIDDLE
        fill_frame(cell.text_frame, [Para.of(value, size, bold, None, "left" if c == 0 else "center")],
                   look, anchor="middle")
    put(0, 0, "")
    for c, s in enumerate(spec.series, start=1):
        put(0, c, s.name(lang), True)
    for r, name in enumerate(rows, start=1):
        put(r, 0, name)
        for c, s in enumerate(spec.series, start=1):
            put(r, c, s.points[r - 1].label(lang))


# -- the sources slide ------------------------------------------------------------------------
def _sources_slide(prs, layouts, look: Look, title: str, listed: list[Source], cited: dict[str, tuple[int, ...]],
                   repo: Repository, lang: str, edition: str, note: str) -> str:
    sources = {s.id: s for s in listed}
    for sid in cited:
        if sid not in sources:
            sources[sid] = repo.source(sid)
    slide = _new_slide(prs, layouts, layouts is not None)
    fr = _frame_of(prs, slide, look, title or text(lang, "sources_in_full"))
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
        _fill_body(slide, paras, look, fr, top, bottom)
    else:
        add_text(slide, fr.margin, top, fr.inner, bottom - top, paras, look, "Sources", smallest=0.4)
    add_text(slide, fr.margin, int(fr.h * 0.935), fr.inner, int(fr.h * 0.05),
             [Para.of(edition, fr.pt(EDITION_PT), False, "muted")], look, "Edition", "top", 0.7)
    _notes(slide, note)
    return "\n".join(cite_text(Cite(s, cited.get(s.id, ())), lang) for s in sorted(sources.values(),
                                                                                key=lambda s: s.ref))
