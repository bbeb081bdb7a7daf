"""Fonts set on one widget that follow the text size live.

``sized_font(widget, 18, bold=True)`` sets an 18 pt (at 100 %) font and remembers the 18 on the
widget; when the text size changes, :func:`resize_fonts` gives every such widget its size again.
Widgets without their own font follow the application font by themselves.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from etown_desktop.ui.text_size.state import pt

DESIGN_PT = "etownDesignPt"  # dynamic property: the widget's point size at 100 %


def sized_font(widget: QWidget, points: float, bold: bool | None = None,
               italic: bool | None = None) -> QFont:
    """Give ``widget`` a font of ``points`` (at 100 %) that follows the text size; returns it."""
    font = QFont(widget.font())
    font.setPointSizeF(pt(points))
    if bold is not None:
        font.setBold(bold)
    if italic is not None:
        font.setItalic(italic)
    widget.setProperty(DESIGN_PT, float(points))
    widget.setFont(font)
    return font


def resize_fonts(root: QWidget) -> int:
    """Give every widget under ``root`` (itself included) that has a design size its size at the
    text size in use; returns how many were resized."""
    count = 0
    for w in (root, *root.findChildren(QWidget)):
        design = w.property(DESIGN_PT)
        if isinstance(design, (int, float)) and design > 0:
            font = QFont(w.font())
            if font.pointSizeF() != pt(design):
                font.setPointSizeF(pt(design))
                w.setFont(font)
                count += 1
    return count
