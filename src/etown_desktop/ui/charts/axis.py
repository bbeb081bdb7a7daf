"""pyqtgraph's axes, without parsing an unchanged axis title again.

pyqtgraph sets an axis title's HTML (``QGraphicsTextItem.setHtml``, a new text document each
time) on every range change, pen change and label change of every axis, hidden ones included,
even when the text is the same: 33 times per plot while it is constructed; measured on a start,
1,196 ``setHtml`` calls until every tab was built (value labels included), 357 with this. :func:`install` makes ``AxisItem._updateLabel`` set the title only
when its HTML differs from the one the label shows (or the label was changed since by anyone
else); the rest of pyqtgraph's update (the axis's size, its cached picture, a repaint) is
unchanged, and so is every picture (tabs, charts, slides and exports compare pixel for pixel).

It patches pyqtgraph's class (installed when the charts module is imported) rather than passing
axes of a subclass to ``PlotWidget(axisItems=...)``: pyqtgraph shows every axis passed in and lays
them out otherwise, and the construction's own 33 updates would not be spared.
"""

from __future__ import annotations

import pyqtgraph as pg

_SHOWN = "_etown_shown_title"  # (html, document revision) after the last setHtml


def _update_label(axis: pg.AxisItem) -> None:
    """pyqtgraph's ``AxisItem._updateLabel``, with ``setHtml`` only for a changed title."""
    html = axis.labelString()
    document = axis.label.document()
    # The document's revision tells whether anything else changed the title since it was set.
    if getattr(axis, _SHOWN, None) != (html, document.revision()):
        axis.label.setHtml(html)
        setattr(axis, _SHOWN, (html, document.revision()))
    axis._adjustSize()
    axis.picture = None
    axis.update()


def install() -> bool:
    """Use :func:`_update_label` for every AxisItem; False (nothing changed) if this pyqtgraph's
    AxisItem lacks a method it relies on."""
    needed = ("_updateLabel", "labelString", "_adjustSize")
    if not all(callable(getattr(pg.AxisItem, name, None)) for name in needed):
        return False
    pg.AxisItem._updateLabel = _update_label
    return True
