"""Guard against a reference-count bug of PySide6-Essentials 6.12.0 on Python < 3.12.

Measured here (PySide6-Essentials 6.12.0, CPython 3.11.7): every call of a Qt method that returns
``void`` (``QPainter.setPen``, ``QColor.setRed`` …) drops one reference to ``None`` without taking
it, so after a few thousand such calls CPython aborts with "Fatal Python error: none_dealloc".
6.11.3 does not have the bug, and pyproject.toml excludes 6.12.0; Python 3.12+ is immune (``None``
is immortal there, PEP 683).

:func:`guard_refcount_bug` *measures* whether the running PySide6 leaks; only if it does, it gives
``None``, ``True`` and ``False`` a large reserve of references (what 3.12 does by design) and logs
a warning. On a healthy PySide6 it changes nothing.
"""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)

_RESERVE = 1 << 40
_PROBE_CALLS = 64
_checked = False


def pyside_leaks_none() -> bool:
    """True when a void-returning Qt call drops a reference to None (the 6.12.0 bug)."""
    from PySide6.QtGui import QColor

    color = QColor()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        color.setRed(0)
    return sys.getrefcount(None) < before - _PROBE_CALLS // 2


def guard_refcount_bug() -> bool:
    """Check once per process; returns True if the reserve had to be applied."""
    global _checked
    if _checked or sys.version_info >= (3, 12):
        return False
    _checked = True
    if not pyside_leaks_none():
        return False
    import ctypes

    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += _RESERVE
    log.warning("This PySide6 build leaks references to None on void calls; a reserve of "
                "references was applied. Install PySide6-Essentials other than 6.12.0.")
    return True
