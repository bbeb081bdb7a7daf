"""Walk a live widget tree the way a screen reader sees it: every focusable or clickable widget
and what :func:`QAccessible.queryAccessibleInterface` calls it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from etown_desktop.ui.accessibility import INTERACTIVE_PROPERTY

# Widgets a user acts on even when they take no keyboard focus (tool buttons, tab bars).
INTERACTIVE_TYPES = (QAbstractButton, QLineEdit, QComboBox, QTabBar, QAbstractItemView,
                     QAbstractSpinBox, QTextEdit, QPlainTextEdit, QGraphicsView)


@dataclass(frozen=True)
class WalkedWidget:
    widget: QWidget
    role: QAccessible.Role
    name: str


def is_interactive(widget: QWidget) -> bool:
    """Focusable by Tab or a click, or a widget a user clicks (buttons, cards, chart views)."""
    if widget.property(INTERACTIVE_PROPERTY) is True or isinstance(widget, INTERACTIVE_TYPES):
        return True
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _shown(widget: QWidget, top: QWidget) -> bool:
    """Not hidden on purpose (a widget on a tab page that is not current still counts)."""
    w: QWidget | None = widget
    while w is not None and w is not top:
        if w.isHidden():
            return False
        w = w.parentWidget()
    return True


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None or not iface.isValid():
        return ""
    return (iface.text(QAccessible.Text.Name) or "").strip()


def walk(top: QWidget) -> list[WalkedWidget]:
    """Every shown interactive widget under ``top`` (``top`` included) with its role and name."""
    found: list[WalkedWidget] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.isWindow() and widget is not top:
            continue  # a menu or tool tip window: walked when it is shown
        if not is_interactive(widget) or not _shown(widget, top):
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox):
            continue  # a spin box's (date edit's) own line edit: the spin box is what is read
        iface = QAccessible.queryAccessibleInterface(widget)
        role = iface.role() if iface is not None else QAccessible.Role.NoRole
        found.append(WalkedWidget(widget, role, accessible_name(widget)))
    return found


def says_something(name: str) -> bool:
    """A name with a letter or digit: "⌫" or "×" alone is read as a symbol, not as what it does."""
    return any(ch.isalnum() for ch in name)


def unnamed(walked: list[WalkedWidget]) -> list[WalkedWidget]:
    return [w for w in walked if not says_something(w.name)]


def describe(item: WalkedWidget) -> str:
    """'QToolButton#name under Parent' for an assertion message."""
    w = item.widget
    parent = w.parentWidget()
    where = f" under {type(parent).__name__}#{parent.objectName()}" if parent is not None else ""
    return f"{type(w).__name__}#{w.objectName()}{where}"
