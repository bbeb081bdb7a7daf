"""The first screen without PySide6's ``Qt`` namespace.

Resolving ``PySide6.QtCore.Qt`` (importing it, or any ``Qt.*`` enum value crossing into Python)
makes PySide6 build all 93 of its enums in Python, ~1,200 members and ~110 M instructions, a fifth
of what a bare PySide6 window costs to its first paint. The code that runs before the main
window's first paint therefore avoids it: modules import ``Qt`` inside the functions that need it,
enum properties are set by name (``widget.setProperty("alignment", "AlignCenter")``: Qt converts
the key), shortcuts are set with ``action.setShortcuts([QKeySequence("Ctrl+Q")])`` (PySide6's
overload check of ``setShortcut`` resolves ``Qt``), and the two calls that take or give a ``Qt``
enum value are made here, through the same C++ functions with the value as a plain int.
``tests/ui/startup_probe.py`` checks that the namespace is still untouched at the first paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow

_RIGHT_DOCK_WIDGET_AREA = 0x2  # Qt::RightDockWidgetArea
_DARK = 2  # Qt::ColorScheme::Dark


def queued(fn: Callable[[], object]) -> Callable[..., None]:
    """A slot that runs ``fn`` from the event loop, like a ``Qt.QueuedConnection`` (a zero
    single shot is a posted call, kept in order with queued connections)."""
    return lambda *_: QTimer.singleShot(0, fn)


def _cpp_function(module, symbol: str, restype, argtypes):
    """The C++ function ``symbol`` (Itanium C++ ABI name) of the Qt library behind the PySide6
    binding ``module``, callable with ctypes; None where it cannot be found (another ABI)."""
    try:
        import ctypes

        function = getattr(ctypes.CDLL(module.__file__), symbol)
    except (ImportError, OSError, AttributeError):
        return None
    function.restype = restype
    function.argtypes = argtypes
    return function


def _address(obj) -> int:
    import shiboken6

    return shiboken6.getCppPointer(obj)[0]


def dock_right(window: QMainWindow, dock: QDockWidget) -> None:
    """``window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)``, the same Qt call
    without the ``Qt`` namespace. (A prepared ``restoreState`` would place the dock too, but Qt
    then stops widening a dock area to its dock's size hint, and the page beside it changes.)"""
    import ctypes

    from PySide6 import QtWidgets

    add = _cpp_function(QtWidgets, "_ZN11QMainWindow13addDockWidgetEN2Qt14DockWidgetAreaEP11QDockWidget",
                        None, [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p])
    if add is not None and dock.parent() is window:  # (the window owns the dock already)
        add(_address(window), _RIGHT_DOCK_WIDGET_AREA, _address(dock))
        return
    from PySide6.QtCore import Qt

    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)


def system_scheme_is_dark() -> bool | None:
    """``QStyleHints.colorScheme() == Qt.ColorScheme.Dark``, read without the ``Qt`` namespace
    through the same C++ getter. None where that getter cannot be found (another C++ ABI, or a
    Qt without it): the caller asks PySide6."""
    import ctypes

    from PySide6 import QtGui

    getter = _cpp_function(QtGui, "_ZNK11QStyleHints11colorSchemeEv", ctypes.c_int, [ctypes.c_void_p])
    hints = QtGui.QGuiApplication.styleHints()
    if getter is None or hints is None:
        return None
    return getter(_address(hints)) == _DARK
