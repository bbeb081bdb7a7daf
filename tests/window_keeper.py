"""Windows a test made and dropped are deleted by Qt at a known point, not by Python's collector
at whatever moment it next runs.

A window a test makes without a parent (and does not give to ``qtbot.addWidget``) is owned by its
Python wrapper. The test's local name goes when the test returns, but reference cycles (signal
connections to its own methods, children that point back) keep the window until Python's cyclic
collector happens to run — in a later test, inside some ``processEvents``, with its timers and
pending layout requests still live until then. The collector sees only Python references: a
child's method on the stack (a slide deck's preload timer drawing a slide; a grid layout answering
a height-for-width question) does not keep its window alive, so the collector can delete the window,
and with it the child, half-way through that method. Seen in shuffled runs: a slide's chart
"already deleted" between drawing its picture and showing it (the deck's own timer, in
``test_appearance``), and once a segmentation fault in a grid layout's height-for-width during
pytest-qt's teardown, the likely same cause (not reproduced on demand). Either way the test suite should not leave windows to chance: the windows a test's
body made are held from the end of the body, and once pytest-qt has done its teardown they are
closed and deleted the Qt way (``deleteLater`` and the deferred deletions run at once, outside any
event handler); their Python wrappers are left to the collector, harmless once the C++ side is gone.
"""

from __future__ import annotations

import sys


def _parentless_python_windows() -> list:
    if "PySide6.QtWidgets" not in sys.modules:
        return []
    import shiboken6
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return []
    # Qt's own windows (a tooltip's label, made in C++) are never touched.
    return [w for w in QApplication.topLevelWidgets()
            if w.parentWidget() is None and shiboken6.createdByPython(w)]


def _key(widget) -> int:
    import shiboken6

    return shiboken6.getCppPointer(widget)[0]


def before_body() -> set[int]:
    """The windows there are before a test's body runs (a fixture's, kept)."""
    return {_key(w) for w in _parentless_python_windows()}


def after_body(before: set[int]) -> list:
    """The windows the body made: held (strong references) until ``delete``."""
    return [w for w in _parentless_python_windows() if _key(w) not in before]


def delete(windows: list) -> None:
    """Close and delete ``windows`` (those still there) the Qt way, now."""
    if not windows:
        return
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    for window in windows:
        if shiboken6.isValid(window):
            window.close()
            window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    windows.clear()
