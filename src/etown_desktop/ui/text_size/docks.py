"""Dock titles that follow the text size live.

Qt's QDockWidget paints its title in a font it copied from the application when the dock was
made (``QApplication::font("QDockWidgetTitle")``, kept in its private data) whenever the dock's own
font equals the application's — so after View → Text size the title bar grows (it is measured in
the dock's font) but its text keeps the old size. :func:`follow_text_size` gives a dock a paint
filter that draws the title with the dock's font in use, as Qt does for a dock with a font of
its own; :mod:`apply` installs it on every dock at a live change. The title-bar buttons, sized
by the style rather than a font, follow through :mod:`dock_buttons`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDockWidget

from etown_desktop.ui.text_size import state

FILTER_NAME = "etownDockTitleFont"


class DockTitleFont(QObject):
    """Paints a docked dock's title in the dock's current font (a floating dock, or one with a
    title-bar widget of its own, is left to Qt)."""

    def __init__(self, dock: QDockWidget) -> None:
        super().__init__(dock)
        self.setObjectName(FILTER_NAME)
        dock.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if (event.type() != QEvent.Type.Paint or not isinstance(obj, QDockWidget)
                or obj.isFloating() or obj.titleBarWidget() is not None):
            return False
        # Imported here, not with the module: resolving QStyle builds its ~640 enum members in
        # Python (this module is imported before the first paint; the filter runs after a change).
        from PySide6.QtGui import QFontMetrics
        from PySide6.QtWidgets import QStyle, QStyleOptionDockWidget, QStylePainter

        option = QStyleOptionDockWidget()
        try:
            obj.initStyleOption(option)  # protected: reachable on the app's own dock classes
        except (AttributeError, TypeError, RuntimeError):
            return False  # a plain QDockWidget: Qt paints it
        painter = QStylePainter(obj)
        try:
            font = obj.font()
            painter.setFont(font)
            option.fontMetrics = QFontMetrics(font)
            painter.drawControl(QStyle.ControlElement.CE_DockWidgetTitle, option)
        finally:
            painter.end()
        return True


def follow_text_size(dock: QDockWidget) -> DockTitleFont:
    """Make ``dock``'s title follow the text size (once per dock), its close and float buttons
    too (ui/text_size/dock_buttons); repaints it."""
    from etown_desktop.ui.text_size.dock_buttons import grow_buttons

    existing = dock.findChild(DockTitleFont, FILTER_NAME)
    painter = existing if existing is not None else DockTitleFont(dock)
    grow_buttons(dock)
    dock.update()
    return painter


def size_title_buttons(dock: QDockWidget) -> None:
    """A new dock's close and float buttons at the text size in use (nothing to do at 100 %)."""
    if state.percent() != 100:
        from etown_desktop.ui.text_size.dock_buttons import grow_buttons

        grow_buttons(dock)
