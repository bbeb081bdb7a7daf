"""The body of a deck's slide: figure cards (value with qualifier, label, period and source),
text boxes, and the district × industry matrix as a native table."""

from __future__ import annotations

from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR
from pptx.util import Emu

from etown_desktop.core.charts import ChartSpec
from etown_desktop.core.office.deck_look import Look
from etown_desktop.core.office.pptx_text import EMU_PER_PT, Para, Run, fill_frame, fit
from etown_desktop.core.office.slide_frame import BODY_PT, SMALL_PT, VALUE_PT, SlideFrame
from etown_desktop.core.office.text_fit import SLACK, text_width
from etown_desktop.core.stories.content import SlideItem


def cards(slide, items: tuple[SlideItem, ...], look: Look, fr: SlideFrame, top: int, bottom: int) -> None:
    cols = 2 if len(items) in (2, 4) else min(len(items), 3)
    rows = -(-len(items) // cols)
    gap = int(fr.h * 0.025)
    cw = (fr.inner - gap * (cols - 1)) // cols
    ch = (bottom - top - gap * (rows - 1)) // rows
    paras = [card_paras(it, fr) for it in items]
    scale = min(fit(p, cw - int(cw * 0.08), ch - int(ch * 0.1), 0.4) for p in paras)
    scale = min([scale] + [_one_line(p[0], cw) for p in paras])  # "nearly US$11 bn" never breaks
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


def _one_line(para: Para, width: int) -> float:
    """The scale at which a value paragraph fits on one line of a box ``width`` EMU wide."""
    need = sum(text_width(r.text, r.pt, r.bold) for r in para.runs)
    room = (width / EMU_PER_PT - 14.4) * SLACK
    return min(1.0, room / need) if need else 1.0


def card_paras(it: SlideItem, fr: SlideFrame) -> list[Para]:
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


def boxes(slide, paras_of: list[list[Para]], look: Look, fr: SlideFrame, top: int, bottom: int) -> None:
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


def matrix(slide, spec: ChartSpec, lang: str, look: Look, fr: SlideFrame, top: int, bottom: int) -> None:
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
