"""Chart pictures for a Word brief: the app's chart PNG export at 300 dpi for the width the
picture gets in the document (the core asks through a ``ChartPng`` callable)."""

from __future__ import annotations

from etown_desktop.core.charts import build_chart
from etown_desktop.core.office.brief_docx import DPI, ChartPng
from etown_desktop.core.repository import Repository
from etown_desktop.ui.export.chart_export import chart_image, png_bytes

METRES_PER_INCH = 0.0254


def chart_png_provider(repo: Repository) -> ChartPng:
    """A ``ChartPng`` drawing with the export renderer (needs a QGuiApplication)."""

    def draw(chart_id: str, lang: str, width_in: float) -> bytes:
        spec = build_chart(repo, chart_id)
        image = chart_image(spec, lang, None, width=max(200, round(width_in * DPI)))
        dots = round(DPI / METRES_PER_INCH)  # the file says 300 dpi: Word places it at width_in
        image.setDotsPerMeterX(dots)
        image.setDotsPerMeterY(dots)
        return png_bytes(image)

    return draw
