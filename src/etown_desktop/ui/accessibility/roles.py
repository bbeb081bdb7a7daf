"""Give a custom widget the role a screen reader should announce (a KPI card is a button, a chart
view a chart) instead of the role of its Qt base class (a QFrame reads as "border")."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

log = logging.getLogger(__name__)

ROLE_PROPERTY = "etownAccessibleRole"
_installed = {"done": False}


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    role = obj.property(ROLE_PROPERTY) if obj is not None else None
    if not isinstance(role, int) or not isinstance(obj, QWidget):
        return None
    return QAccessibleWidget(obj, QAccessible.Role(role))


def set_role(widget: QWidget, role: QAccessible.Role) -> None:
    """Announce ``widget`` with ``role``; set before the widget is first asked for (its
    interface is cached by Qt from then on)."""
    if not _installed["done"]:
        QAccessible.installFactory(_factory)
        _installed["done"] = True
        log.debug("Accessible role factory installed")
    widget.setProperty(ROLE_PROPERTY, int(role.value))
