"""Tab titles that always fit: full titles where the tab bar has room, short ones where not.

The tab bar never hides a tab behind scroll arrows at 1366 px, in English or Chinese, with the
source panel open.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QTabWidget

SHORT_TITLES = {
    "overview": QT_TRANSLATE_NOOP("TabTitles", "Overview"),
    "clusters": QT_TRANSLATE_NOOP("TabTitles", "Clusters"),
    "foreign-investment": QT_TRANSLATE_NOOP("TabTitles", "Investment"),
    "fortune500": QT_TRANSLATE_NOOP("TabTitles", "Fortune 500"),
    "reforms": QT_TRANSLATE_NOOP("TabTitles", "Reforms"),
    "targets": QT_TRANSLATE_NOOP("TabTitles", "Targets"),
    "sources": QT_TRANSLATE_NOOP("TabTitles", "Sources"),
}


def _plain(text: str) -> str:
    return text.replace("&&", "&")


class TabTitleFitter(QObject):
    """Keeps ``tabs``' texts at full length (``full_titles()``) or short, whichever fits."""

    def __init__(self, tabs: QTabWidget, names: list[str], full_titles) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self.names = names
        self.full_titles = full_titles  # callable: the escaped full titles, in tab order
        self.short = False
        tabs.installEventFilter(self)

    def short_titles(self) -> list[str]:
        return [QCoreApplication.translate("TabTitles", SHORT_TITLES.get(n, n)).replace("&", "&&")
                for n in self.names]

    def needed_width(self, titles: list[str]) -> int:
        bar = self.tabs.tabBar()
        fm = bar.fontMetrics()
        total = 0
        for i, title in enumerate(titles):
            current = bar.tabText(i)
            padding = bar.tabSizeHint(i).width() - fm.horizontalAdvance(_plain(current))
            total += fm.horizontalAdvance(_plain(title)) + padding
        return total

    def update(self) -> None:
        full = self.full_titles()
        room = self.tabs.width() - 4
        corner = self.tabs.cornerWidget()
        if corner is not None and corner.isVisible():
            room -= corner.width()
        short = self.short_titles()
        titles = list(full)
        # Shorten the widest titles first, one at a time, until the row fits.
        for i in sorted(range(len(full)), key=lambda i: -self.tabs.tabBar().fontMetrics()
                        .horizontalAdvance(_plain(full[i]))):
            if self.needed_width(titles) <= room:
                break
            titles[i] = short[i]
        self.short = titles != full
        for i, text in enumerate(titles):
            if self.tabs.tabBar().tabText(i) != text:
                self.tabs.setTabText(i, text)
            self.tabs.setTabToolTip(i, _plain(full[i]) if text != full[i] else "")

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.tabs and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self.update()
        return super().eventFilter(obj, event)
