"""Text boxes and runs on a slide: sizes chosen to fit, colours of the look, East Asian font."""

from __future__ import annotations

from dataclasses import dataclass

from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.util import Emu, Pt

from etown_desktop.core.office.deck_look import Look
from etown_desktop.core.office.fonts import set_ea_dml
from etown_desktop.core.office.text_fit import fit_scale

EMU_PER_PT = 12700


@dataclass(frozen=True)
class Run:
    text: str
    pt: float
    bold: bool = False
    color: str | None = None  # a Look colour name


@dataclass(frozen=True)
class Para:
    runs: tuple[Run, ...]
    align: str = "left"

    @staticmethod
    def of(text: str, pt: float, bold: bool = False, color: str | None = None, align: str = "left") -> Para:
        return Para((Run(text, pt, bold, color),), align)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


def _parts(paras: list[Para]) -> list[tuple[str, float, bool]]:
    return [(p.text or " ", max(r.pt for r in p.runs), any(r.bold for r in p.runs)) for p in paras]


def fit(paras: list[Para], width: int, height: int, smallest: float = 0.5) -> float:
    """Scale factor for the paragraphs to fit a box of ``width`` x ``height`` EMU (minus insets)."""
    return fit_scale(_parts(paras), width / EMU_PER_PT - 14.4, height / EMU_PER_PT - 7.2, smallest)


def fill_frame(frame, paras: list[Para], look: Look, scale: float = 1.0,
               anchor: str = "top") -> None:
    """Write ``paras`` into a text frame (of a text box, a shape or a placeholder)."""
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.vertical_anchor = {"top": MSO_ANCHOR.TOP, "middle": MSO_ANCHOR.MIDDLE,
                             "bottom": MSO_ANCHOR.BOTTOM}[anchor]
    frame.clear()
    for i, para in enumerate(paras):
        p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        p.alignment = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER, "right": PP_ALIGN.RIGHT}[para.align]
        for spec in para.runs:
            r = p.add_run()
            r.text = spec.text
            style_run(r, spec, look, scale)


def style_run(r, spec: Run, look: Look, scale: float = 1.0) -> None:
    r.font.size = Pt(round(spec.pt * scale * 2) / 2)
    r.font.bold = spec.bold
    color = look.color(spec.color) if spec.color else None
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if look.ea_font:
        set_ea_dml(r._r.get_or_add_rPr(), look.ea_font)  # noqa: SLF001 - no API for a:ea


def add_text(slide, x: int, y: int, w: int, h: int, paras: list[Para], look: Look,
             name: str = "", anchor: str = "top", smallest: float = 0.5):
    """A text box sized to its paragraphs (font shrunk to fit, never overflowing)."""
    box = slide.shapes.add_textbox(Emu(x), Emu(y), Emu(w), Emu(h))
    if name:
        box.name = name
    fill_frame(box.text_frame, paras, look, fit(paras, w, h, smallest), anchor)
    return box
