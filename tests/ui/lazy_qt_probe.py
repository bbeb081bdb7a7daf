"""Child process of test_lazy_qt: runs the warm-up steps in a fresh interpreter (pyqtgraph not
imported yet) and prints, as JSON, what was made where."""

import enum
import json
import sys
import threading
import time

off_thread: list = []  # the enums made there (PySide6 names their module once made)
_create = enum.EnumType._create_


def _recording_create(cls, *args, **kwargs):
    made = _create(cls, *args, **kwargs)
    if threading.current_thread() is not threading.main_thread():
        off_thread.append(made)
    return made


enum.EnumType._create_ = _recording_create

from PySide6.QtWidgets import QApplication  # noqa: E402

app = QApplication([])

from etown_desktop.ui.warmup.plan import warmup_steps  # noqa: E402

steps = warmup_steps([])
for step in steps:
    while not step():
        time.sleep(0.005)

import PySide6.QtCore  # noqa: E402
import PySide6.QtGui  # noqa: E402
import PySide6.QtWidgets  # noqa: E402
import pyqtgraph as pg  # noqa: E402
from pyqtgraph.Qt import QtCore, QtGui, QtWidgets  # noqa: E402

print(json.dumps({
    "mirror_type": type(QtWidgets).__name__,
    "off_thread": [f"{e.__module__}:{e.__qualname__}" for e in off_thread],
    "wizard_made": "QWizard" in vars(PySide6.QtWidgets),
    "same_class": QtWidgets.QGraphicsView is PySide6.QtWidgets.QGraphicsView
    and QtCore.QPointF is PySide6.QtCore.QPointF and QtGui.QPen is PySide6.QtGui.QPen,
    "wizard_through_mirror": QtWidgets.QWizard is PySide6.QtWidgets.QWizard,
    "missing_name_raises": not hasattr(QtWidgets, "QNoSuchWidgetXyz"),
    "qt_version": QtCore.__version__ == PySide6.QtCore.__version__,
    "pg_plot": type(pg.PlotWidget().getPlotItem()).__name__,
}))
sys.stdout.flush()
