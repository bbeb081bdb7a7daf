"""Where the bars of a slide's chart are drawn, so the keyboard can move between them: the chart
is drawn once more on a canvas that records each bar's rectangle (the renderer draws every bar,
and nothing else, with a ``hatch`` argument), then paired with the stated points in the order the
renderer draws them."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QRectF

from etown_desktop.core.charts import ChartPoint, ChartSpec
from etown_desktop.ui.export.chart_renderer import NullCanvas, render_chart

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SlideBar:
    rect: QRectF  # in the chart's logical units (the picture's scale maps them to pixels)
    point: ChartPoint


class _BarRecorder(NullCanvas):
    def __init__(self) -> None:
        self.rects: list[QRectF] = []

    def rect(self, x, y, w, h, *args, **kwargs):  # noqa: D401 - the Canvas protocol
        if "hatch" in kwargs:
            self.rects.append(QRectF(x, y, w, h))


def _drawing_order(spec: ChartSpec) -> list[ChartPoint]:
    """The stated points in the renderer's drawing order (chart_renderer's _vbars, _hbars, _panels),
    which is also the reading order: columns left to right, rows top to bottom, panel by panel."""
    series = spec.series
    if spec.kind == "bar":
        return [p for s in series for p in s.points if p.stated]
    if spec.kind in ("hbar", "grouped_hbar"):
        n = len(series[0].points) if series else 0
        out = []
        for idx in reversed(range(n)):  # drawn top to bottom: the spec lists bottom to top
            out += [s.points[idx] for s in series if idx < len(s.points) and s.points[idx].stated]
        return out
    if spec.kind == "panels":
        return [p for s in series for p in s.points if p.stated]
    return []  # lines and matrices have no bars


def slide_bars(spec: ChartSpec, lang: str, width: float) -> list[SlideBar]:
    """The bars of ``spec`` drawn at logical ``width``, in reading order; empty when they cannot
    be paired with the points safely."""
    recorder = _BarRecorder()
    render_chart(spec, recorder, lang, None, width=width)
    points = _drawing_order(spec)
    if len(points) != len(recorder.rects):
        log.debug("%s: %d bars drawn, %d points: no bar keys", spec.id, len(recorder.rects), len(points))
        return []
    return [SlideBar(r, p) for r, p in zip(recorder.rects, points)]
