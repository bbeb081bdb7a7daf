"""Give a custom widget the role a screen reader should announce (a KPI card is a button, a chart
view a chart) instead of the role of its Qt base class (a QFrame reads as "border"); a button's
"press" action calls the widget's ``activate()``, as a click does."""

from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

ROLE_PROPERTY = "etownAccessibleRole"
# QAccessible::Role values a show's first slide sets, as ints: resolving ``QAccessible`` builds
# ~240 enum members in Python (~15 M instructions) before the slide is painted (issue 22).
ROLE_BUTTON = 0x2B  # QAccessible::Button
ROLE_CHART = 0x11  # QAccessible::Chart
_installed = {"done": False, "deferred": False}


@lru_cache(maxsize=1)
def _pressable_class():
    """The interface class of a custom button (made when first needed: ``QAccessibleWidget``
    is not resolved before a show's first slide)."""
    from PySide6.QtGui import QAccessibleActionInterface
    from PySide6.QtWidgets import QAccessibleWidget

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

    return _PressableWidget


def _factory(key: str, obj: QObject):
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAccessibleWidget

    role = obj.property(ROLE_PROPERTY) if obj is not None else None
    if not isinstance(role, int) or not isinstance(obj, QWidget):
        return None
    if role == QAccessible.Role.Button.value and callable(getattr(obj, "activate", None)):
        return _pressable_class()(obj, QAccessible.Role.Button)
    return QAccessibleWidget(obj, QAccessible.Role(role))


def install_factory() -> None:
    """Qt asks :func:`_factory` for the interface of every object from now on (once)."""
    if _installed["done"]:
        return
    from PySide6.QtGui import QAccessible

    QAccessible.installFactory(_factory)
    _installed["done"] = True
    log.debug("Accessible role factory installed")


@lru_cache(maxsize=1)
def _is_active_call():
    import ctypes

    from PySide6 import QtGui

    from etown_desktop.ui.lean_start import _cpp_function

    return _cpp_function(QtGui, "_ZN11QAccessible8isActiveEv", ctypes.c_bool, [])


def accessibility_active() -> bool:
    """``QAccessible::isActive()`` (an assistive technology is listening) through its C++ call,
    without resolving ``QAccessible``; True where the call cannot be found."""
    is_active = _is_active_call()
    return True if is_active is None else bool(is_active())


def defer_factory() -> None:
    """Roles set from now on wait for :func:`install_factory` while no assistive technology is
    active (a show's first slide; the show installs it once the slide is painted). Qt asks for
    an object's interface only when one is: with one active, the factory is installed at once."""
    _installed["deferred"] = True


def set_role(widget: QWidget, role) -> None:
    """Announce ``widget`` with ``role`` (a ``QAccessible.Role`` or its int value); set before the
    widget is first asked for (its interface is cached by Qt from then on). A button's
    ``activate()`` is its press action."""
    if not _installed["done"] and not (_installed["deferred"] and not accessibility_active()):
        install_factory()
    widget.setProperty(ROLE_PROPERTY, int(getattr(role, "value", role)))
