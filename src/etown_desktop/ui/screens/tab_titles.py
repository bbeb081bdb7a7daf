"""Tab titles that always fit: full titles where the tab bar has room, short ones where not.

The tab bar never hides a tab behind scroll arrows at 1366 px, in English or Chinese, with the
source panel open. On a very narrow window (e.g. 1920x1080 at 200 %) where even the short titles
do not fit, the last tabs move into a "More" menu at the end of the tab bar (the current tab always
stays on the bar; the View menu and Ctrl+1…7 reach every tab too).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QMenu, QTabWidget, QToolButton

from etown_desktop.ui.menus.mnemonics import numbered

SHORT_TITLES = {
    "overview": QT_TRANSLATE_NOOP("TabTitles", "Overview"),
    "clusters": QT_TRANSLATE_NOOP("TabTitles", "Clusters"),
    "foreign-investment": QT_TRANSLATE_NOOP("TabTitles", "Investment"),
    "fortune500": QT_TRANSLATE_NOOP("TabTitles", "Fortune 500"),
    "reforms": QT_TRANSLATE_NOOP("TabTitles", "Reforms"),
    "targets": QT_TRANSLATE_NOOP("TabTitles", "Targets"),
    "sources": QT_TRANSLATE_NOOP("TabTitles", "Sources"),
    "profiles": QT_TRANSLATE_NOOP("TabTitles", "Profiles"),
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
        self.hidden: list[int] = []  # tabs moved into the "More" menu
        self.more = QToolButton(tabs)
        self.more.setObjectName("moreTabs")
        self.more.setText(QCoreApplication.translate("TabTitles", "More"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setProperty("toolButtonStyle", "ToolButtonTextOnly")  # by name: ui/lean_start
        self.more.setMenu(QMenu(self.more))
        tabs.setCornerWidget(self.more)  # top right
        self.more.hide()
        self._updating = False
        self._fitted: tuple | None = None  # what the last fit was computed for
        # Tab widths measured during one update(), by (index, text): a fit asks for the same
        # widths again and again (a tab's width is a text layout; ~280 of them before the first
        # paint of a narrow window). Only during an update(): the font or style may change between.
        self._widths: dict[tuple[int, str], int] | None = None
        tabs.currentChanged.connect(self._current_changed)
        tabs.installEventFilter(self)

    def short_titles(self) -> list[str]:
        return [QCoreApplication.translate("TabTitles", SHORT_TITLES.get(n, n)).replace("&", "&&")
                for n in self.names]

    def needed_width(self, shown: list[int] | None = None) -> int:
        """Width the tab bar needs for its current texts (measured with the tab's own style/font)."""
        bar = self.tabs.tabBar()
        return sum(self._width(bar, i) for i in (range(bar.count()) if shown is None else shown))

    def _width(self, bar, i: int) -> int:
        if self._widths is None:
            return bar.tabSizeHint(i).width()
        key = (i, bar.tabText(i))
        width = self._widths.get(key)
        if width is None:
            width = self._widths[key] = bar.tabSizeHint(i).width()
        return width

    def _set(self, titles: list[str]) -> None:
        bar = self.tabs.tabBar()
        for i, text in enumerate(titles):
            if bar.tabText(i) != text:
                self.tabs.setTabText(i, text)

    def _current_changed(self, _index: int) -> None:
        if self.hidden:  # only the overflow depends on which tab is current
            self.update()

    def _key(self) -> tuple:
        """Everything a fit depends on, including what the current texts measure (style, font)."""
        bar = self.tabs.tabBar()
        return (self.tabs.width(), tuple(self.full_titles()), tuple(self.short_titles()),
                self.tabs.currentIndex() if self.hidden else None,
                tuple(bar.tabText(i) for i in range(bar.count())), self.needed_width())

    def update(self) -> None:
        if self._updating:
            return
        self._updating = True
        self._widths = {}
        try:
            if self._key() != self._fitted:
                self._update()
                self._fitted = self._key()
        finally:
            self._updating = False
            self._widths = None

    def _update(self) -> None:
        full = self.full_titles()
        short = self.short_titles()
        room = self.tabs.width() - 6
        titles = list(full)
        self._set(titles)
        # Shorten the widest titles first, one at a time, until the row fits.
        bar = self.tabs.tabBar()
        for i in sorted(range(len(full)), key=lambda i: -self._width(bar, i)):
            if self.needed_width() <= room:
                break
            titles[i] = short[i]
            self._set(titles)
        self.short = titles != full
        for i, text in enumerate(titles):
            self.tabs.setTabToolTip(i, _plain(full[i]) if text != full[i] else "")
        self._overflow(room, full)

    def _overflow(self, room: int, full: list[str]) -> None:
        """Move the last tabs (never the current one) into the "More" menu until the rest fit."""
        count = self.tabs.count()
        shown = list(range(count))
        hidden: list[int] = []
        if self.needed_width(shown) > room:
            room -= self.more.sizeHint().width() + 4
            current = self.tabs.currentIndex()
            for i in reversed(range(count)):
                if self.needed_width(shown) <= room or len(shown) == 1:
                    break
                if i != current:
                    shown.remove(i)
                    hidden.append(i)
        hidden.sort()
        for i in range(count):
            if self.tabs.isTabVisible(i) != (i not in hidden):
                self.tabs.setTabVisible(i, i not in hidden)
        self.hidden = hidden
        menu = self.more.menu()
        menu.clear()
        for i in hidden:
            action = menu.addAction(numbered(i, full[i]))
            action.triggered.connect(lambda _=False, i=i: self.tabs.setCurrentIndex(i))
        self.more.setVisible(bool(hidden))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange,
                            QEvent.Type.StyleChange):
            self.update()
        return super().eventFilter(obj, event)


class AdaptiveTabWidget(QTabWidget):
    """A QTabWidget whose tabs may sit in the "More" menu: selecting one brings it back on the bar."""

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802 - Qt API
        if 0 <= index < self.count() and not self.isTabVisible(index):
            self.setTabVisible(index, True)
        super().setCurrentIndex(index)

    def setCurrentWidget(self, widget) -> None:  # noqa: N802 - Qt API
        self.setCurrentIndex(self.indexOf(widget))
