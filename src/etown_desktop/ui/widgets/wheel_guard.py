"""Date, number and choice fields take the mouse wheel only when they have the focus.

Over an unfocused QDateEdit, QSpinBox or QComboBox inside a scrolling panel, the wheel scrolls the
panel (as in a web page), instead of silently changing the value under the pointer (a meeting date
that jumped from 2026 to 2017 was saved and printed). Click or Tab into the field, then the wheel
changes it as usual. The fields also stop taking the focus from the wheel (Qt.StrongFocus).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

_PROPERTY = "etownWheelGuard"


class WheelGuard(QObject):
    """Event filter: a wheel event on an unfocused field goes to the field's parents instead, up to
    the first that takes it (the scroll area's viewport), as for any widget that ignores the wheel."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False  # a focused field: the wheel changes its value
        parent = watched.parentWidget()
        while parent is not None:  # up to the first that takes it: a scroll area's viewport
            event.accept()
            QCoreApplication.sendEvent(parent, event)
            if event.isAccepted() or parent.isWindow():
                break
            parent = parent.parentWidget()
        return True


_guard: WheelGuard | None = None


def guard_wheel(root: QWidget) -> int:
    """Guard every date, number and choice field under ``root`` (and ``root`` itself); returns how
    many were newly guarded. Calling it again for the same widgets does nothing."""
    global _guard
    if _guard is None:
        _guard = WheelGuard(QCoreApplication.instance())
    # Imported here: resolving the field classes builds their enums in Python, and this module
    # is imported before the first paint (the tabs are guarded after it).
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

    fields = [root] if isinstance(root, (QAbstractSpinBox, QComboBox)) else []
    fields += root.findChildren(QAbstractSpinBox) + root.findChildren(QComboBox)
    count = 0
    for field in fields:
        if field.property(_PROPERTY):
            continue
        field.setProperty(_PROPERTY, True)
        field.setProperty("focusPolicy", "StrongFocus")  # by name: ui/lean_start
        field.installEventFilter(_guard)
        count += 1
    return count
