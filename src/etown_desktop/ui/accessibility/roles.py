"""Give a custom widget the role a screen reader should announce (a KPI card is a button, a chart
view a chart) instead of the role of its Qt base class (a QFrame reads as "border"); a button's
"press" action calls the widget's ``activate()``, as a click does."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

log = logging.getLogger(__name__)

ROLE_PROPERTY = "etownAccessibleRole"
_installed = {"done": False}


class _PressableWidget(QAccessibleWidget):
    """A custom button: a screen reader's "press" (Orca's activate, UIA Invoke) is a click."""

    def actionNames(self) -> list[str]:  # noqa: N802
        return [QAccessibleActionInterface.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:  # noqa: N802
        activate = getattr(self.widget(), "activate", None)
        if name == QAccessibleActionInterface.pressAction() and callable(activate):
            activate()
        else:
            super().doAction(name)


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    role = obj.property(ROLE_PROPERTY) if obj is not None else None
    if not isinstance(role, int) or not isinstance(obj, QWidget):
        return None
    if role == QAccessible.Role.Button.value and callable(getattr(obj, "activate", None)):
        return _PressableWidget(obj, QAccessible.Role.Button)
    return QAccessibleWidget(obj, QAccessible.Role(role))


def set_role(widget: QWidget, role: QAccessible.Role) -> None:
    """Announce ``widget`` with ``role``; set before the widget is first asked for (its
    interface is cached by Qt from then on). A button's ``activate()`` is its press action."""
    if not _installed["done"]:
        QAccessible.installFactory(_factory)
        _installed["done"] = True
        log.debug("Accessible role factory installed")
    widget.setProperty(ROLE_PROPERTY, int(role.value))
