"""The keys that activate a focused custom control, as a click does (Enter, Return, Space)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

ACTIVATION_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


def is_activation(event: QKeyEvent) -> bool:
    """Enter, Return or Space without a modifier, not a held-down repeat."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() in ACTIVATION_KEYS and not event.isAutoRepeat() and mods == Qt.KeyboardModifier.NoModifier
