"""ui/lean_start: the first screen's stand-ins for the Qt namespace do what the Qt calls do."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QWidget

from etown_desktop.ui import lean_start


class _Hinted(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.hint = QSize(200, 100)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(50, 50)


def _window_with_dock(name: str = "provenanceDock") -> tuple[QMainWindow, QDockWidget]:
    window = QMainWindow()
    window.setCentralWidget(QLabel("centre"))
    dock = QDockWidget("Sources", window)
    dock.setObjectName(name)
    dock.setWidget(_Hinted())
    return window, dock


def test_dock_right_places_the_dock_like_add_dock_widget(qtbot):
    ours, our_dock = _window_with_dock()
    theirs, their_dock = _window_with_dock()
    for window in (ours, theirs):
        qtbot.addWidget(window)
        window.resize(1200, 600)
    lean_start.dock_right(ours, our_dock)
    theirs.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, their_dock)
    for window in (ours, theirs):
        window.show()
        qtbot.waitExposed(window)
    assert ours.dockWidgetArea(our_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert our_dock.isVisible() and not our_dock.isFloating()
    assert our_dock.geometry() == their_dock.geometry()
    assert bytes(ours.saveState()) == bytes(theirs.saveState())
    # The dock area still widens to the dock's size hint when it grows (a restored state would not).
    for dock in (our_dock, their_dock):
        dock.widget().hint = QSize(320, 100)
        dock.widget().updateGeometry()
    qtbot.waitUntil(lambda: their_dock.width() >= 320)
    QApplication.processEvents()
    assert our_dock.geometry() == their_dock.geometry()
    our_dock.toggleViewAction().trigger()  # View → Source panel still hides it
    assert not our_dock.isVisible()


def test_queued_runs_the_call_after_the_signal_like_a_queued_connection(qtbot):
    class Source(QObject):
        fired = Signal()

    source, calls = Source(), []
    source.fired.connect(lean_start.queued(lambda: calls.append("queued")))
    source.fired.emit()
    calls.append("emitted")
    qtbot.waitUntil(lambda: len(calls) == 2)
    assert calls == ["emitted", "queued"]


def test_the_system_scheme_is_read_as_pyside_reads_it(qapp):
    # (offscreen, the platform reports no scheme and ignores setColorScheme: this checks the call
    # itself — found, and the same answer — not a dark system)
    hints = QGuiApplication.styleHints()
    ours = lean_start.system_scheme_is_dark()
    assert ours is not None  # Linux: the getter is found
    assert ours == (hints.colorScheme() == Qt.ColorScheme.Dark)


def _slide_widgets(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    lay = QVBoxLayout(window)
    label, button = QLabel("figure", window), QPushButton("Continue", window)
    lay.addWidget(label)
    lay.addWidget(button)
    return window, lay, label, button


def test_a_slide_show_s_settings_without_the_namespace_are_the_qt_calls(qtbot, monkeypatch):
    """Each stand-in (the C++ call, then PySide6's where no C++ function is found) gives what
    PySide6's own call gives: window flags, cursor, attributes, a layout's alignment."""
    lockdown = lean_start.WINDOW | lean_start.FRAMELESS_WINDOW_HINT | lean_start.WINDOW_STAYS_ON_TOP_HINT
    if sys.platform.startswith("linux"):  # the Qt C++ functions are found here (Itanium C++ ABI)
        assert lean_start._setter("QtWidgets", "_ZN7QWidget12setAttributeEN2Qt15WidgetAttributeEb",
                                  "int_bool") is not None
    for found in (True, False):
        if not found:
            lean_start._setter.cache_clear()
            monkeypatch.setattr(lean_start, "_cpp_function", lambda *a: None)
        ours, our_lay, our_label, our_button = _slide_widgets(qtbot)
        theirs, their_lay, their_label, their_button = _slide_widgets(qtbot)
        lean_start.set_window_flags(ours, lockdown)
        theirs.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                              | Qt.WindowType.WindowStaysOnTopHint)
        lean_start.set_cursor(ours, lean_start.BLANK_CURSOR)
        theirs.setCursor(Qt.CursorShape.BlankCursor)
        lean_start.set_cursor(our_button, lean_start.POINTING_HAND_CURSOR)
        their_button.setCursor(Qt.CursorShape.PointingHandCursor)
        for attribute in (lean_start.WA_TRANSPARENT_FOR_MOUSE_EVENTS, lean_start.WA_STYLED_BACKGROUND,
                          lean_start.WA_ACCEPT_TOUCH_EVENTS):
            lean_start.set_attribute(our_label, attribute)
            their_label.setAttribute(Qt.WidgetAttribute(attribute))
        lean_start.set_layout_alignment(our_lay, our_button, lean_start.ALIGN_H_CENTER)
        their_lay.setAlignment(their_button, Qt.AlignmentFlag.AlignHCenter)
        assert ours.windowFlags() == theirs.windowFlags()
        assert ours.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
        assert ours.cursor().shape() == theirs.cursor().shape() == Qt.CursorShape.BlankCursor
        assert our_button.cursor().shape() == Qt.CursorShape.PointingHandCursor
        for attribute in (Qt.WidgetAttribute.WA_TransparentForMouseEvents, Qt.WidgetAttribute.WA_StyledBackground,
                          Qt.WidgetAttribute.WA_AcceptTouchEvents):
            assert our_label.testAttribute(attribute) and their_label.testAttribute(attribute)
        assert (our_lay.itemAt(1).alignment() == their_lay.itemAt(1).alignment()
                == Qt.AlignmentFlag.AlignHCenter)
    lean_start._setter.cache_clear()
