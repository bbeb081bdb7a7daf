"""Work around a reference-count bug of PySide6 6.12 on Python 3.11.

Measured here (PySide6-Essentials 6.12.0, CPython 3.11.7): every call of a Qt method that returns
``void`` (``QPainter.setPen``, ``QColor.setRed``, ``QPainter.drawLine`` …) drops one reference to
``None`` without taking it. ``None`` starts with a few thousand references, so after a few thousand
such calls (one chart export, a few repaints) CPython aborts with
"Fatal Python error: none_dealloc: deallocating None". Python 3.12+ is not affected (``None`` is
immortal there, PEP 683). :func:`protect_none` gives ``None`` a huge reference count once, which is
what 3.12 does by design. Call it before Qt draws anything (bootstrap, CLI, test conftest).
"""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)

_RESERVE = 1 << 40
_done = False


def protect_none() -> None:
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    import ctypes

    refcnt = ctypes.c_ssize_t.from_address(id(None))
    refcnt.value += _RESERVE
    _done = True
    log.debug("None given a reserve of references (PySide6 void-return refcount bug)")
