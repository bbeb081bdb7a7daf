"""Where things go on a deck's slide: the frame (size, margins, type scale), the slide from the
right layout, its title, the source line and edition footer, the speaker notes, the body placeholder."""

from __future__ import annotations

from dataclasses import dataclass

from pptx.dml.color import RGBColor
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.util import Emu, Inches

from etown_desktop.core.office.deck_look import Look
from etown_desktop.core.office.pptx_template import Layouts
from etown_desktop.core.office.pptx_text import Para, add_text, fill_frame, fit

WIDE_W, WIDE_H = Inches(13.333), Inches(7.5)
TITLE_PT, SUB_PT, VALUE_PT, BODY_PT, SMALL_PT, EDITION_PT = 30, 16, 40, 16, 11, 9.5


@dataclass(frozen=True)
class SlideFrame:
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


def new_slide(prs, layouts: Layouts | None, with_body: bool):
    if layouts is None:
        slide = prs.slides.add_slide(prs.slide_layouts[5])  # the default template's "Title Only"
    else:
        slide = prs.slides.add_slide(layouts.title_content if with_body else layouts.title_only)
    return slide


def title_shape(slide):
    for ph in slide.placeholders:
        if ph.placeholder_format.type in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE):
            return ph
    return None


def body_placeholder(slide):
    for ph in slide.placeholders:
        if ph.placeholder_format.type in (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT):
            return ph
    return None


def frame_of(prs, slide, look: Look, title: str) -> SlideFrame:
    w, h = prs.slide_width, prs.slide_height
    scale = h / WIDE_H
    fr = SlideFrame(w, h, 0, scale)
    title_ph = title_shape(slide)
    if not look.themed:
        bg = slide.background.fill
        bg.solid()
        bg.fore_color.rgb = RGBColor.from_string(look.color("background"))
    if title_ph is None:  # cannot happen with the layouts chosen, but never lose the title
        add_text(slide, fr.margin, int(h * 0.04), fr.inner, int(h * 0.11),
                 [Para.of(title, fr.pt(TITLE_PT), True, "text")], look, "Title")
        return SlideFrame(w, h, int(h * 0.17), scale)
    if not look.themed:
        title_ph.left, title_ph.top, title_ph.width, title_ph.height = (
            Emu(fr.margin), Emu(int(h * 0.04)), Emu(fr.inner), Emu(int(h * 0.11)))
    paras = [Para.of(title, fr.pt(TITLE_PT), True, "text")]
    fill_frame(title_ph.text_frame, paras, look, fit(paras, title_ph.width, title_ph.height, 0.55), "middle")
    top = title_ph.top + title_ph.height + int(h * 0.015)
    return SlideFrame(w, h, top, scale)


def footer(slide, fr: SlideFrame, look: Look, line: str, edition: str) -> None:
    h = fr.h
    if line:
        add_text(slide, fr.margin, int(h * 0.838), fr.inner, int(h * 0.095),
                 [Para.of(line, fr.pt(SMALL_PT), False, "muted")], look, "Source line", "bottom", 0.6)
    add_text(slide, fr.margin, int(h * 0.935), fr.inner, int(h * 0.05),
             [Para.of(edition, fr.pt(EDITION_PT), False, "muted")], look, "Edition", "top", 0.7)


def notes(slide, note: str) -> None:
    if note:
        slide.notes_slide.notes_text_frame.text = note


def fill_body(slide, paras: list[Para], look: Look, fr: SlideFrame, top: int, bottom: int) -> None:
    body = body_placeholder(slide)
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
