"""Every interface text of a live widget tree, for the language-switch tests: window titles,
dock titles, tab bar texts and tooltips, menu and action texts, labels, buttons, group boxes,
combo items, placeholders, tooltips and accessible names. Item views' cells are data, left out;
their headers are included."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
CHINESE = re.compile(r"[\u4e00-\u9fff]+")


def _widget_texts(w: QWidget) -> list[tuple[str, str]]:
    name = f"{type(w).__name__}#{w.objectName()}"
    out: list[tuple[str, str]] = []
    if w.isWindow() or isinstance(w, QDockWidget):
        out.append((f"{name}.windowTitle", w.windowTitle()))
    if isinstance(w, (QAbstractButton, QLabel)):
        out.append((f"{name}.text", w.text()))
    if isinstance(w, QLineEdit):
        out.append((f"{name}.placeholder", w.placeholderText()))
    if isinstance(w, QGroupBox):
        out.append((f"{name}.title", w.title()))
    if isinstance(w, QComboBox) and not w.isEditable():
        out += [(f"{name}.item{i}", w.itemText(i)) for i in range(w.count())]
    if isinstance(w, QTabBar):
        for i in range(w.count()):
            out += [(f"{name}.tab{i}", w.tabText(i)), (f"{name}.tabTip{i}", w.tabToolTip(i))]
    if isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
        model = w.model()
        out += [(f"{name}.header{c}", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                for c in range(model.columnCount())]
    out += [(f"{name}.toolTip", w.toolTip()), (f"{name}.accessibleName", w.accessibleName())]
    return [(where, text) for where, text in out if text]


def _action_texts(actions: list[QAction]) -> list[tuple[str, str]]:
    seen: set[int] = set()
    out: list[tuple[str, str]] = []
    while actions:
        a = actions.pop()
        if id(a) in seen:
            continue
        seen.add(id(a))
        if a.menu() is not None:
            actions += a.menu().actions()
        tip = a.toolTip()
        if tip == a.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…."):
            tip = ""  # Qt's tooltip made from the text
        out += [(f"QAction#{a.objectName()}.text", a.text()), (f"QAction#{a.objectName()}.toolTip", tip)]
    return [(w, t) for w, t in out if t]


def ui_texts(root: QWidget, visible_only: bool = False) -> list[tuple[str, str]]:
    """(where, text) for every interface text under ``root`` (itself included): with
    ``visible_only``, of the widgets shown (a menu bar's menus count as shown)."""
    out: list[tuple[str, str]] = []
    actions: list[QAction] = []
    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and (w.window() is not root or (visible_only and not w.isVisibleTo(root))):
            continue  # another window's (walked on its own), or hidden
        out += _widget_texts(w)
        actions += w.actions()
        actions += w.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return out + _action_texts(actions)


def window_titles() -> list[tuple[str, str]]:
    """The title the window manager shows for every top-level window: its own title followed
    by the application's display name, as Qt composes it."""
    app = QApplication.instance()
    return [(f"{type(w).__name__}.shownTitle", f"{w.windowTitle()} — {app.applicationDisplayName()}")
            for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle()]
