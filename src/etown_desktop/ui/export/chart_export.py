"""Export one chart to PNG, SVG or PDF by path (no dialogs; the GUI and the CLI call these).

All three formats come from the same renderer (:mod:`chart_renderer`) drawing the ChartSpec with
the bundled font, not from the on-screen pyqtgraph scene (whose SVG export is broken on this Qt):
- PNG: a QImage with a device pixel ratio, so text, legend and lines scale with the width/DPI;
- PDF: QPdfWriter, vector, the subset font embedded, resolution = the 96-dpi logical unit;
- SVG: plain elements written with the standard library (renders in rsvg, browsers, Office).
A QGuiApplication must exist (for fonts).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from etown_desktop import __version__
from etown_desktop.core.charts import ChartSpec
from etown_desktop.core.errors import ExportFailed
from etown_desktop.core.export.atomic import atomic_open, check_extension, write_bytes, write_with
from etown_desktop.core.export.texts import APP_NAME
from etown_desktop.core.progress import Progress, no_progress
from etown_desktop.ui.export.canvas import QtCanvas, SvgCanvas, wide_text_layout
from etown_desktop.ui.export.chart_renderer import WIDTH, Edition, NullCanvas, render_chart
from etown_desktop.ui.export.png_writer import write_png

log = logging.getLogger(__name__)

CHART_EXTENSIONS = (".png", ".svg", ".pdf")
LOGICAL_DPI = 96.0
MAX_PNG_WIDTH = 12000
DEFAULT_PNG_WIDTH = 2400


def chart_height(spec: ChartSpec, lang: str, edition: Edition | None) -> float:
    return render_chart(spec, NullCanvas(), lang, edition)


def png_scale(width: int | None = None, dpi: float | None = None) -> float:
    """Device pixels per logical pixel for a requested width or DPI (default: 2400 px wide)."""
    if width is not None and dpi is not None:
        raise ExportFailed("Give either a width or a DPI for a PNG, not both.")
    if dpi is not None:
        if not 36 <= dpi <= 1200:
            raise ExportFailed(f"A DPI of {dpi:g} is out of range; use 36 to 1200.")
        return dpi / LOGICAL_DPI
    width = DEFAULT_PNG_WIDTH if width is None else width
    if not 200 <= width <= MAX_PNG_WIDTH:
        raise ExportFailed(f"A width of {width} px is out of range; use 200 to {MAX_PNG_WIDTH}.")
    return width / WIDTH


def chart_image(spec: ChartSpec, lang: str = "en", edition: Edition | None = None,
                width: int | None = None, dpi: float | None = None,
                image_format: QImage.Format = QImage.Format.Format_ARGB32_Premultiplied) -> QImage:
    scale = png_scale(width, dpi)
    h = chart_height(spec, lang, edition)
    image = QImage(round(WIDTH * scale), round(h * scale), image_format)
    # Filled before its pixel ratio is set: a 24-bit image is filled through a painter, which
    # would fill only the logical size, and a PNG narrower than the layout (ratio < 1) kept
    # whatever memory was there in its right and bottom margins.
    image.fill(Qt.GlobalColor.white)
    image.setDevicePixelRatio(scale)
    dots_per_m = round(scale * LOGICAL_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_m)
    image.setDotsPerMeterY(dots_per_m)
    painter = QPainter(image)
    try:
        render_chart(spec, QtCanvas(painter), lang, edition)
    finally:
        painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):
        raise ExportFailed("The chart image could not be encoded as PNG.")
    buf.close()
    return bytes(data.data())


def chart_svg(spec: ChartSpec, lang: str = "en", edition: Edition | None = None) -> str:
    """The chart as SVG, laid out for the widest font a viewer without the bundled one may use,
    so no line runs off the right edge (the source line and labels wrap earlier)."""
    with wide_text_layout():
        h = chart_height(spec, lang, edition)
        canvas = SvgCanvas(WIDTH, h, spec.title(lang), spec.source(lang))
        render_chart(spec, canvas, lang, edition)
    return canvas.document()


def write_chart_pdf(spec: ChartSpec, tmp: Path, lang: str, edition: Edition | None) -> None:
    h = chart_height(spec, lang, edition)
    writer = QPdfWriter(str(tmp))
    writer.setResolution(int(LOGICAL_DPI))
    size = QPageSize(QSizeF(WIDTH * 72 / LOGICAL_DPI, h * 72 / LOGICAL_DPI), QPageSize.Unit.Point,
                     "chart", QPageSize.SizeMatchPolicy.ExactMatch)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(spec.title(lang))
    writer.setCreator(f"{APP_NAME['en']} {__version__}")
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportFailed(f"Could not start writing the PDF {tmp.name}.")
    try:
        render_chart(spec, QtCanvas(painter), lang, edition)
    finally:
        painter.end()


def export_chart(spec: ChartSpec, path: Path | str, lang: str = "en", edition: Edition | None = None,
                 width: int | None = None, dpi: float | None = None,
                 progress: Progress = no_progress) -> Path:
    """Write ``spec`` to ``path`` (.png, .svg or .pdf) atomically; ExportFailed on any problem.
    A PNG is encoded a band of rows at a time, telling ``progress`` ("PNG 40 %")."""
    path = check_extension(path, CHART_EXTENSIONS)
    ext = path.suffix.lower()
    if ext != ".png" and (width is not None or dpi is not None):
        log.info("width/dpi ignored for %s (vector format)", ext)
    if ext == ".png":
        png_scale(width, dpi)  # a bad width or DPI is refused before anything is drawn
        progress("PNG 0 %")
        image = chart_image(spec, lang, edition, width, dpi, QImage.Format.Format_RGB888)
        with atomic_open(path) as fh:
            write_png(image, fh, progress)
        return path
    if ext == ".svg":
        return write_bytes(path, chart_svg(spec, lang, edition).encode("utf-8"))
    return write_with(path, lambda tmp: write_chart_pdf(spec, tmp, lang, edition))
