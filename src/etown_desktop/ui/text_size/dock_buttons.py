"""A dock's close and float buttons that grow with View → Text size.

Qt sizes a dock's title-bar buttons from the style's small icon size (Fusion: 16 px, of which the
button draws 5/8, a 10 px glyph) and places them where the dock's style says
(``SE_DockWidgetCloseButton``), never from a font: at 200 % text the title grew around a button
of the 100 % size. A style of the dock's own (and of its two buttons) that multiplies the small
icon size and the button margin by the text size makes them grow, and the title bar with them
(it is as tall as the taller of its text and its buttons). Only the dock and its two buttons get
this style — not the panel inside — and only once the text size is not 100 %: at start-up at
100 % nothing is made.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QProxyStyle, QStyle, QStyleFactory

from etown_desktop.ui.text_size import state

BUTTON_NAMES = ("qt_dockwidget_closebutton", "qt_dockwidget_floatbutton")  # Qt's own names
STYLE_NAME = "etownDockButtonStyle"

_SCALED = (QStyle.PixelMetric.PM_SmallIconSize, QStyle.PixelMetric.PM_DockWidgetTitleBarButtonMargin)


class DockButtonStyle(QProxyStyle):
    """The app's style, with the dock buttons' icon size and margin at the text size in use."""

    def pixelMetric(self, metric, option=None, widget=None) -> int:  # noqa: N802 (Qt API)
        value = super().pixelMetric(metric, option, widget)
        if metric in _SCALED:
            return round(value * state.factor())
        return value


def title_buttons(dock: QDockWidget) -> list[QAbstractButton]:
    return [b for b in dock.findChildren(QAbstractButton) if b.objectName() in BUTTON_NAMES]


def grow_buttons(dock: QDockWidget) -> DockButtonStyle | None:
    """Give ``dock``'s title buttons the size of the text size in use (a new dock, or a live
    change); None while the text size has never left 100 %."""
    style = dock.findChild(DockButtonStyle, STYLE_NAME)
    if style is None:
        if state.percent() == 100:
            return None
        from etown_desktop.ui.theme import STYLE

        style = DockButtonStyle(QStyleFactory.create(STYLE))
        style.setObjectName(STYLE_NAME)
        style.setParent(dock)  # deleted with the dock (a widget does not own its style)
        dock.setStyle(style)  # places the buttons
        for button in title_buttons(dock):
            button.setStyle(style)  # sizes and draws them
    else:
        for button in title_buttons(dock):
            # Qt keeps a button's icon size until its style changes: measure it again
            QCoreApplication.sendEvent(button, QEvent(QEvent.Type.StyleChange))
            button.updateGeometry()
    layout = dock.layout()
    if layout is not None:
        layout.invalidate()
    dock.update()
    return style
