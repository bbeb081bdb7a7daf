"""The charts' axes: pyqtgraph's AxisItem, without parsing an unchanged axis title again.

pyqtgraph sets the axis title's HTML (``QGraphicsTextItem.setHtml``) on every range change, pen
change and label change of every axis, hidden ones included, even when the text is the same:
measured on a start of the app, ~1,200 ``setHtml`` calls for 20 plots, each a new text document
(~130 ms under the profiler, about 3 % of all the work until every tab is built). Here the title
is set only when its HTML differs from what the label shows; the rest of pyqtgraph's update (the
axis's size, its cached picture, a repaint) is unchanged.

The plot keeps pyqtgraph's own axes (axes passed to ``PlotWidget(axisItems=...)`` are all shown
and are laid out otherwise); each gets the update below as its own ``_updateLabel``.
"""

from __future__ import annotations

from types import MethodType

import pyqtgraph as pg

AXIS_NAMES = ("left", "bottom", "top", "right")


def _update_label(axis: pg.AxisItem) -> None:
    """pyqtgraph's ``AxisItem._updateLabel``, with ``setHtml`` only for a changed title."""
    html = axis.labelString()
    document = axis.label.document()
    shown = getattr(axis, "_etown_shown", None)
    # The document's revision tells whether anything else changed the title since it was set.
    if shown != (html, document.revision()):
        axis.label.setHtml(html)
        axis._etown_shown = (html, document.revision())
    axis._adjustSize()
    axis.picture = None
    axis.update()


def plot_widget(**kwargs) -> pg.PlotWidget:
    """``pg.PlotWidget(**kwargs)`` whose axes set their title only when it changes."""
    widget = pg.PlotWidget(**kwargs)
    plot = widget.getPlotItem()
    for name in AXIS_NAMES:
        axis = plot.getAxis(name)
        axis._updateLabel = MethodType(_update_label, axis)
    return widget
