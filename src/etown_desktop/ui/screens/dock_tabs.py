"""Full titles on the tabs of docks placed on top of each other ("Source of the figure" /
"Meeting brief"), shortened only when they do not fit.

The theme draws tab titles bold and one point smaller (``QTabBar::tab`` in ui/theme.py), but Qt
sizes the tabs with the tab bar's own font: a bold Chinese title then gets a tab too narrow for it
and is cut to "数据…" / "会谈…" with room to spare. Giving the dock tab bars the font their titles
are drawn in makes Qt size the tabs for the text it draws. QMainWindow makes those tab bars itself
(when docks are tabified or moved), so the window is watched for new ones.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow, QTabBar

from etown_desktop.ui import theme
from etown_desktop.ui.text_size.state import pt


def tab_font(bar: QTabBar):
    font = bar.font()
    font.setBold(True)
    font.setPointSizeF(pt(theme.BASE_POINT_SIZE - 1))
    return font


def fit_tab_bar(bar: QTabBar) -> None:
    font = tab_font(bar)
    if bar.font() != font:
        bar.setFont(font)


class DockTabFitter(QObject):
    """Watches a main window for the dock tab bars it creates."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)
        self.fit()

    def dock_tab_bars(self) -> list[QTabBar]:
        from PySide6.QtCore import Qt

        return self.window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)

    def fit(self) -> None:
        for bar in self.dock_tab_bars():
            fit_tab_bar(bar)

    def apply_text_size(self) -> None:  # View → Text size changed (ui/text_size/apply)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ChildAdded, QEvent.Type.ChildPolished):
            # The window's tab bars, found by Qt, instead of ``event.child()``: a child still
            # being made (its ChildAdded comes from inside its constructor) has no Python
            # object yet, and making one for it had PySide6 try every QObject class it knows
            # (~50 classes made with their enums, ~10 ms). A bar is fitted once it is made.
            self.fit()
        return False
