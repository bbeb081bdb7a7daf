"""A chart drawn for a slide: the export renderer (bundled font, same layout as the PNG export)
at a narrow logical width, scaled up to fill the slide so its text is readable from afar.

On screen the chart takes the colours of the scheme in use (View → Appearance): a dark or
high-contrast slide shows no white print box. Exports keep the print colours."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPainter

from etown_desktop.core.charts import ChartSpec
from etown_desktop.ui.export.canvas import QtCanvas
from etown_desktop.ui.export.chart_renderer import ChartInk, NullCanvas, render_chart, scheme_ink

LOGICAL_WIDTH = 760.0  # narrower than the export's 1200: bigger type once scaled to the slide


def picture_scale(spec: ChartSpec, lang: str, width: int, height: int) -> float:
    """Logical chart units to pixels when the chart is fitted into ``width`` x ``height``."""
    logical_h = render_chart(spec, NullCanvas(), lang, None, width=LOGICAL_WIDTH)
    return max(0.1, min(width / LOGICAL_WIDTH, height / logical_h))


def slide_ink() -> ChartInk:
    """The colours of a chart on screen: those of the scheme in use."""
    from etown_desktop.ui.theme import scheme

    return scheme_ink(scheme())


def chart_picture(spec: ChartSpec, lang: str, width: int, height: int,
                  ink: ChartInk | None = None) -> QImage:
    """The chart fitted into ``width`` x ``height`` device pixels (aspect kept), in ``ink``
    (default: the scheme in use)."""
    ink = ink or slide_ink()
    logical_h = render_chart(spec, NullCanvas(), lang, None, width=LOGICAL_WIDTH)
    scale = max(0.1, min(width / LOGICAL_WIDTH, height / logical_h))
    image = QImage(max(1, round(LOGICAL_WIDTH * scale)), max(1, round(logical_h * scale)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(ink.background))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        render_chart(spec, QtCanvas(painter, ground=ink.background), lang, None,
                     width=LOGICAL_WIDTH, ink=ink)
    finally:
        painter.end()
    return image
