"""A ChartSpec as a native PowerPoint chart: the figures' values (in the displayed unit) as chart
data, data labels with the qualified value, the value axis titled with its unit; estimated,
converted or Beijing-wide bars lighter and hatched, with a key line under the chart."""

from __future__ import annotations

from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
from pptx.enum.dml import MSO_PATTERN, MSO_THEME_COLOR
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Emu, Pt

from etown_desktop.core.charts import ChartSpec
from etown_desktop.core.office.chart_points import DrawnPoint, drawn_series
from etown_desktop.core.office.deck_look import INK, PALETTE, Look, lighter
from etown_desktop.core.office.fonts import set_ea_dml
from etown_desktop.core.records import Figure

CHART_TYPES = {"bar": XL_CHART_TYPE.COLUMN_CLUSTERED, "line": XL_CHART_TYPE.LINE_MARKERS,
               "hbar": XL_CHART_TYPE.BAR_CLUSTERED, "grouped_hbar": XL_CHART_TYPE.BAR_CLUSTERED,
               "panels": XL_CHART_TYPE.COLUMN_CLUSTERED}
THEME_ACCENTS = (MSO_THEME_COLOR.ACCENT_1, MSO_THEME_COLOR.ACCENT_2, MSO_THEME_COLOR.ACCENT_3,
                 MSO_THEME_COLOR.ACCENT_4, MSO_THEME_COLOR.ACCENT_5, MSO_THEME_COLOR.ACCENT_6)


def add_chart(slide, spec: ChartSpec, figures: dict[str, Figure], lang: str, look: Look,
              x: int, y: int, w: int, h: int, pt: float = 14.0) -> list:
    """Draw ``spec`` in the box; returns the chart objects added (one, or one per panel)."""
    series = drawn_series(spec, figures, lang)
    if not look.themed:  # the app draws charts on white
        bg = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Emu(x), Emu(y), Emu(w), Emu(h))
        bg.adjustments[0] = 0.03
        bg.fill.solid()
        bg.fill.fore_color.rgb = RGBColor(255, 255, 255)
        bg.line.fill.background()
        bg.name = "Chart background"
    pad = int(min(w, h) * 0.03)
    x, y, w, h = x + pad, y + pad, w - 2 * pad, h - 2 * pad
    if spec.kind == "panels":
        return _panels(slide, spec, series, lang, look, x, y, w, h, pt)
    chart = _one_chart(slide, CHART_TYPES.get(spec.kind, XL_CHART_TYPE.BAR_CLUSTERED), series,
                       spec.axis(lang), look, x, y, w, h, pt, spec.kind)
    chart.has_title = False
    return [chart]


def _panels(slide, spec, series, lang, look, x, y, w, h, pt) -> list:
    n = len(series)
    cols = n if n <= 3 else (2 if n == 4 else 3)
    rows = -(-n // cols)
    cw, ch = w // cols, h // rows
    charts = []
    for i, one in enumerate(series):
        cx, cy = x + (i % cols) * cw, y + (i // cols) * ch
        chart = _one_chart(slide, XL_CHART_TYPE.COLUMN_CLUSTERED, [one], "", look, cx, cy, cw, ch,
                           pt * (0.72 if rows > 1 else 0.9), "panels", color_index=i)
        chart.has_title = True
        chart.chart_title.text_frame.text = one[0]
        _style_frame(chart.chart_title.text_frame, pt * 0.9, look, bold=True)
        charts.append(chart)
    return charts


def _one_chart(slide, kind, series, axis_title: str, look: Look, x, y, w, h, pt, spec_kind: str,
               color_index: int = 0):
    data = CategoryChartData(number_format="#,##0.##")
    data.categories = [p.category for p in series[0][1]]
    for name, pts in series:
        data.add_series(name, [p.value for p in pts])
    frame = slide.shapes.add_chart(kind, Emu(x), Emu(y), Emu(w), Emu(h), data)
    chart = frame.chart
    chart.font.size = Pt(pt)
    if not look.themed:
        chart.font.color.rgb = RGBColor.from_string(INK)
    if look.ea_font:
        set_ea_dml(chart.font._rPr, look.ea_font)  # noqa: SLF001 - no API for a:ea
    plot = chart.plots[0]
    plot.vary_by_categories = False
    if kind != XL_CHART_TYPE.LINE_MARKERS:
        plot.gap_width = 60 if len(series) == 1 else 80
    chart.has_legend = len(series) > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
        chart.legend.font.size = Pt(pt * 0.9)
    va = chart.value_axis
    va.has_major_gridlines = True
    va.tick_labels.font.size = Pt(pt * 0.85)
    va.tick_labels.number_format = "#,##0.##"
    va.tick_labels.number_format_is_linked = False
    top = max((p.value or 0) for _n, pts in series for p in pts)
    va.maximum_scale = _headroom(top, spec_kind)
    va.minimum_scale = 0
    if axis_title:
        va.has_title = True
        va.axis_title.text_frame.text = axis_title
        _style_frame(va.axis_title.text_frame, pt * 0.9, look)
    chart.category_axis.tick_labels.font.size = Pt(pt * 0.9)
    for j, (_name, pts) in enumerate(series):
        _style_series(plot.series[j], pts, look, color_index + j, pt, kind)
    return chart


def _headroom(top: float, kind: str) -> float:
    """Room beyond the longest bar for its label (a horizontal label needs more)."""
    if top <= 0:
        return 1.0
    return top * {"hbar": 1.35, "grouped_hbar": 1.35, "panels": 1.45}.get(kind, 1.18)


def _style_series(ser, pts: list[DrawnPoint], look: Look, index: int, pt: float, kind) -> None:
    color = PALETTE[index % len(PALETTE)]
    if not look.themed:
        if kind == XL_CHART_TYPE.LINE_MARKERS:
            ser.format.line.color.rgb = RGBColor.from_string(color)
        else:
            ser.format.fill.solid()
            ser.format.fill.fore_color.rgb = RGBColor.from_string(color)
    for i, p in enumerate(pts):
        point = ser.points[i]
        if p.distinct and kind != XL_CHART_TYPE.LINE_MARKERS:
            fill = point.format.fill
            fill.patterned()
            fill.pattern = MSO_PATTERN.WIDE_UPWARD_DIAGONAL
            if look.themed:
                fill.fore_color.theme_color = THEME_ACCENTS[index % len(THEME_ACCENTS)]
                fill.back_color.theme_color = MSO_THEME_COLOR.BACKGROUND_1
            else:
                fill.fore_color.rgb = RGBColor.from_string(color)
                fill.back_color.rgb = RGBColor.from_string(lighter(color))
        label = point.data_label
        label.has_text_frame = True
        label.text_frame.text = p.label
        label.text_frame.word_wrap = False  # one line: "more than 140 projects", not a narrow column
        _style_frame(label.text_frame, pt * 0.85, look, bold=True)
        label.position = (XL_LABEL_POSITION.ABOVE if kind == XL_CHART_TYPE.LINE_MARKERS
                          else XL_LABEL_POSITION.OUTSIDE_END)


def _style_frame(frame, pt: float, look: Look, bold: bool = False) -> None:
    for para in frame.paragraphs:
        for r in para.runs:
            r.font.size = Pt(pt)
            r.font.bold = bold
            if not look.themed:
                r.font.color.rgb = RGBColor.from_string(INK)
            if look.ea_font:
                set_ea_dml(r._r.get_or_add_rPr(), look.ea_font)  # noqa: SLF001
