"""SearchPopup: a search field over a result list grouped by kind (Ctrl+K).

Typing searches on every keystroke; Up/Down move through the results; Enter or a click opens the
chosen one (``activated`` signal); Esc closes the popup and gives focus back where it was.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from etown_desktop.core.search.index import SearchEntry
from etown_desktop.core.search.query import SearchGroup, SearchIndex
from etown_desktop.ui.accessibility.names import enable_clear_button, name_chrome
from etown_desktop.ui.accessibility.touch_scroll import enable_touch_scrolling
from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.text_size.fonts import sized_font

log = logging.getLogger(__name__)

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 10

def group_title(kind: str) -> str:
    titles = {
        "profile": QCoreApplication.translate("SearchPopup", "Profiles"),
        "figure": QCoreApplication.translate("SearchPopup", "Figures"),
        "company": QCoreApplication.translate("SearchPopup", "Companies and projects"),
        "cluster": QCoreApplication.translate("SearchPopup", "Clusters"),
        "reform": QCoreApplication.translate("SearchPopup", "Reforms"),
        "target": QCoreApplication.translate("SearchPopup", "Targets"),
        "source": QCoreApplication.translate("SearchPopup", "Sources"),
    }
    return titles.get(kind, kind)


class SearchPopup(QDialog):
    activated = Signal(object)  # a SearchEntry

    def __init__(self, index: SearchIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.lang = current_language()
        self.groups: list[SearchGroup] = []
        self._return_focus: QWidget | None = None
        self.setObjectName("searchPopup")
        self.setWindowTitle(self.tr("Search"))
        self.setModal(False)
        self.resize(720, 480)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 12)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("searchEdit")
        name_chrome(self.edit, "SearchPopup", QT_TRANSLATE_NOOP("SearchPopup", "Search everything"))
        enable_clear_button(self.edit)
        self.edit.setPlaceholderText(self.tr("Search everything: Yizhuang, 奔驰, pharma, 1,043 …"))
        sized_font(self.edit, 14)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("searchResults")
        name_chrome(self.tree, "SearchPopup", QT_TRANSLATE_NOOP("SearchPopup", "Search results"))
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("muted")
        lay.addWidget(self.edit)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.status)
        self.edit.textChanged.connect(self.run_query)
        self.edit.returnPressed.connect(self.activate_current)
        self.tree.itemActivated.connect(lambda item, _col: self._activate_item(item))
        self.tree.itemClicked.connect(lambda item, _col: self._activate_item(item))
        self.edit.installEventFilter(self)
        self.run_query("")
        enable_touch_scrolling(self)  # a finger scrolls its lists and texts (QScroller, touch only)

    # -- open / close --------------------------------------------------------------------------
    def open_search(self, return_focus: QWidget | None = None) -> None:
        self._return_focus = return_focus
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus()
        self.edit.selectAll()

    def reject(self) -> None:  # Esc
        super().reject()
        if self._return_focus is not None:
            self._return_focus.window().activateWindow()
            self._return_focus.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- query ---------------------------------------------------------------------------------
    def run_query(self, text: str) -> None:
        self.groups = self.index.search(text)
        self.tree.clear()
        first: QTreeWidgetItem | None = None
        for group in self.groups:
            head = QTreeWidgetItem(self.tree, [f"{group_title(group.kind)} ({group.total})", ""])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(head.font(0))
            font.setBold(True)
            head.setFont(0, font)
            for entry in group.entries:
                item = QTreeWidgetItem(head, [entry.title(self.lang), entry.detail(self.lang)])
                item.setData(0, ENTRY_ROLE, entry)
                item.setToolTip(0, entry.title(self.lang))
                first = first or item
            head.setExpanded(True)
        self.tree.resizeColumnToContents(1)
        self.tree.setColumnWidth(0, max(300, self.tree.viewport().width() - self.tree.columnWidth(1) - 8))
        if first is not None:
            self.tree.setCurrentItem(first)
        if not text.strip():
            self.status.setText(self.tr("Type a name, an alias or a number."))
        elif not self.groups:
            self.status.setText(self.tr("No matches for “{query}”.").format(query=text.strip()))
        else:
            n = sum(g.total for g in self.groups)
            self.status.setText(self.tr("{n} results · Enter opens the selected one · Esc closes").format(n=n))

    def retranslate_ui(self) -> None:
        """After a language switch (ui/language/retranslation.py): the count and the groups."""
        self.run_query(self.edit.text())

    def results(self) -> list[SearchEntry]:
        return [e for g in self.groups for e in g.entries]

    def current_entry(self) -> SearchEntry | None:
        item = self.tree.currentItem()
        return item.data(0, ENTRY_ROLE) if item is not None else None

    def activate_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self._open(entry)

    def _activate_item(self, item: QTreeWidgetItem) -> None:
        entry = item.data(0, ENTRY_ROLE)
        if entry is not None:
            self._open(entry)

    def _open(self, entry: SearchEntry) -> None:
        self.hide()
        self.activated.emit(entry)

    # -- keys ------------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(1 if key == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(obj, event)

    def _step(self, step: int) -> None:
        items = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            items += [head.child(j) for j in range(head.childCount())]
        if not items:
            return
        cur = self.tree.currentItem()
        pos = items.index(cur) if cur in items else -1
        self.tree.setCurrentItem(items[max(0, min(len(items) - 1, pos + step))])
