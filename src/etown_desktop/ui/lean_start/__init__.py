"""The first screen without PySide6's ``Qt`` namespace.

Resolving ``PySide6.QtCore.Qt`` (importing it, or any ``Qt.*`` enum value crossing into Python)
makes PySide6 build all 93 of its enums in Python, ~1,200 members and ~110 M instructions, a fifth
of what a bare PySide6 window costs to its first paint. The code that runs before the main
window's first paint therefore avoids it: modules import ``Qt`` inside the functions that need it,
enum properties are set by name (``widget.setProperty("alignment", "AlignCenter")``: Qt converts
the key), shortcuts too (:func:`set_shortcut`: PySide6's overload check of ``setShortcut``
resolves ``Qt``, and ``QKeySequence`` has ~75 enum members of its own, ~5 M instructions), and the
two calls that take or give a ``Qt`` enum value are made here, through the same C++ functions with
the value as a plain int.
``tests/ui/startup_probe.py`` checks that the namespace is still untouched at the first paint.
The first slide of ``present`` and ``kiosk`` is built the same way (widget attributes, cursors and
window flags through :func:`set_attribute`, :func:`set_cursor` and :func:`set_window_flags`;
``tests/ui/test_slide_startup.py`` checks it).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow

_RIGHT_DOCK_WIDGET_AREA = 0x2  # Qt::RightDockWidgetArea
_DARK = 2  # Qt::ColorScheme::Dark
# Qt enum values used before a slide show's first paint (Qt 6: stable across its releases)
WA_TRANSPARENT_FOR_MOUSE_EVENTS = 51  # Qt::WA_TransparentForMouseEvents
WA_STYLED_BACKGROUND = 93  # Qt::WA_StyledBackground
WA_ACCEPT_TOUCH_EVENTS = 121  # Qt::WA_AcceptTouchEvents
ALIGN_H_CENTER = 0x4  # Qt::AlignHCenter
BLANK_CURSOR = 10  # Qt::BlankCursor
POINTING_HAND_CURSOR = 13  # Qt::PointingHandCursor
WINDOW = 0x1  # Qt::Window
FRAMELESS_WINDOW_HINT = 0x800  # Qt::FramelessWindowHint
WINDOW_STAYS_ON_TOP_HINT = 0x40000  # Qt::WindowStaysOnTopHint


def queued(fn: Callable[[], object]) -> Callable[..., None]:
    """A slot that runs ``fn`` from the event loop, like a ``Qt.QueuedConnection`` (a zero
    single shot is a posted call, kept in order with queued connections)."""
    return lambda *_: QTimer.singleShot(0, fn)


def set_shortcut(action, key: str) -> None:
    """``action``'s shortcut, written as Qt writes it ("Ctrl+Q", "Shift+F6"), set by property
    name: Qt converts the text to a key sequence, and neither ``Qt`` nor ``QKeySequence`` is
    resolved in Python."""
    action.setProperty("shortcut", key)


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


@lru_cache(maxsize=None)
def _setter(module_name: str, symbol: str, value_type: str):
    """A cached ``void Class::symbol(value)`` of ``PySide6.<module_name>``'s Qt library, called
    as ``f(address, value)`` (a ``QFlags`` is passed as its int); None where not found."""
    import ctypes
    import importlib

    kinds = {"int": ctypes.c_int, "int_bool": (ctypes.c_int, ctypes.c_bool)}[value_type]
    args = [ctypes.c_void_p, *(kinds if isinstance(kinds, tuple) else (kinds,))]
    return _cpp_function(importlib.import_module(f"PySide6.{module_name}"), symbol, None, args)


def set_attribute(widget, attribute: int, on: bool = True) -> None:
    """``widget.setAttribute(Qt.WidgetAttribute(attribute), on)`` without the ``Qt`` namespace."""
    fn = _setter("QtWidgets", "_ZN7QWidget12setAttributeEN2Qt15WidgetAttributeEb", "int_bool")
    if fn is not None:
        fn(_address(widget), attribute, on)
        return
    from PySide6.QtCore import Qt

    widget.setAttribute(Qt.WidgetAttribute(attribute), on)


def set_cursor(widget, shape: int) -> None:
    """``widget.setCursor(Qt.CursorShape(shape))`` without the ``Qt`` namespace."""
    from PySide6.QtGui import QCursor

    fn = _setter("QtGui", "_ZN7QCursor8setShapeEN2Qt11CursorShapeE", "int")
    if fn is not None:
        cursor = QCursor()
        fn(_address(cursor), shape)
        widget.setCursor(cursor)
        return
    from PySide6.QtCore import Qt

    widget.setCursor(Qt.CursorShape(shape))


def set_layout_alignment(layout, widget, alignment: int) -> None:
    """``layout.setAlignment(widget, Qt.AlignmentFlag(alignment))`` without the ``Qt`` namespace
    (after ``layout.addWidget(widget)``: as ``addWidget(widget, 0, alignment)``)."""
    import ctypes

    from PySide6 import QtWidgets

    fn = _cpp_function(QtWidgets, "_ZN7QLayout12setAlignmentEP7QWidget6QFlagsIN2Qt13AlignmentFlagEE",
                       ctypes.c_bool, [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int])
    if fn is not None:
        fn(_address(layout), _address(widget), alignment)
        return
    from PySide6.QtCore import Qt

    layout.setAlignment(widget, Qt.AlignmentFlag(alignment))


def set_window_flags(widget, flags: int) -> None:
    """``widget.setWindowFlags(Qt.WindowType(flags))`` without the ``Qt`` namespace (before the
    widget is shown: as the flags given to its constructor)."""
    fn = _setter("QtWidgets", "_ZN7QWidget14setWindowFlagsE6QFlagsIN2Qt10WindowTypeEE", "int")
    if fn is not None:
        fn(_address(widget), flags)
        return
    from PySide6.QtCore import Qt

    widget.setWindowFlags(Qt.WindowType(flags))


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
