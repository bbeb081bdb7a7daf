"""The warm-up steps run after the first paint, before the first tab is built.

Each step is a callable returning True when it is finished (a step that is not finished is
called again in the next event-loop turn). Every step is meant to stay well under 100 ms on a
slow two-core machine:

* PySide6 creates its Python classes lazily, on first attribute access, and making a class builds
  its enums. pyqtgraph touched every name of QtCore, QtGui and QtWidgets when it was imported
  (``pyqtgraph.Qt._copy_attrs``, ~130 ms in one go); its mirrors of those modules are now filled on
  first use (:mod:`etown_desktop.ui.warmup.lazy_qt`), and only the classes pyqtgraph's import
  takes (``PYQTGRAPH_IMPORT_NAMES``) are made here, on the GUI thread, before the import starts
  on the worker thread. Should the mirrors not be replaceable (pyqtgraph imported already, or laid
  out differently), every name is touched as before, ``NAMES_PER_STEP`` at a time.
* The PySide6 modules and standard-library modules pyqtgraph imports, then numpy and pyqtgraph
  itself, on a worker thread (:mod:`etown_desktop.ui.warmup.background_import`): pyqtgraph's own
  import (~100-150 ms) and numpy's core (~70-150 ms) cannot be split, and on the GUI thread each
  was a freeze of that length.
* The chart view and every tab module, one a step.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable

from etown_desktop.ui.warmup.background_import import BackgroundImport

log = logging.getLogger(__name__)

Step = Callable[[], bool]
NAMES_PER_STEP = 40
QT_MODULES = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")
# What pyqtgraph imports that the first screen has not: cheap apart, costly together.
PRE_IMPORTS = ("PySide6.QtSvg", "PySide6.QtOpenGLWidgets", "PySide6.QtTest", "xml.etree.ElementTree",
               "subprocess", "colorsys", "weakref", "decimal", "struct")
# Then these (numpy._core is most of numpy's import).
PACKAGES = ("numpy._core", "numpy", "pyqtgraph")
# The PySide6 names pyqtgraph's import takes from its Qt mirrors (pyqtgraph 0.14; a name left
# out is made on the worker thread instead: tests/ui/test_lazy_qt.py lists any).
PYQTGRAPH_IMPORT_NAMES = {
    "PySide6.QtCore": ("QCoreApplication", "QDateTime", "QEvent", "QLocale", "QMutex", "QObject",
                       "QPointF", "QRectF", "Qt", "Signal", "Slot"),
    "PySide6.QtGui": ("QAction", "QBrush", "QColor", "QEnterEvent", "QFont", "QMatrix4x4",
                      "QMouseEvent", "QPainter", "QPainterPath", "QPalette", "QPen", "QPicture",
                      "QPixmap", "QRegion", "QTransform", "QVector3D", "QWheelEvent"),
    "PySide6.QtWidgets": ("QAbstractSpinBox", "QApplication", "QCheckBox", "QComboBox",
                          "QDoubleSpinBox", "QFileDialog", "QFileSystemModel", "QGraphicsObject",
                          "QGraphicsPathItem", "QGraphicsScene", "QGraphicsView", "QGraphicsWidget",
                          "QGroupBox", "QLabel", "QLineEdit", "QListWidgetItem", "QMenu",
                          "QProgressDialog", "QPushButton", "QRadioButton", "QSlider", "QSpinBox",
                          "QSplitter", "QTableWidget", "QTableWidgetItem", "QTreeWidget",
                          "QTreeWidgetItem", "QWidget"),
}
CHART_MODULES = ("etown_desktop.core.charts", "etown_desktop.ui.charts.chart_drawing",
                 "etown_desktop.ui.charts.chart_view")


def _touch(module_name: str, names: list[str]) -> Step:
    def step() -> bool:
        module = importlib.import_module(module_name)
        for name in names:
            getattr(module, name, None)
        return True
    return step


def _import(module_name: str) -> Step:
    def step() -> bool:
        try:
            importlib.import_module(module_name)
        except ImportError:  # optional (e.g. no OpenGL module): pyqtgraph copes without it
            log.debug("Warm-up: %s not importable", module_name)
        return True
    return step


def warmup_steps(tab_modules: Iterable[str] = ()) -> list[Step]:
    """Every warm-up step, in order (tab modules last, in the order given)."""
    from etown_desktop.ui.warmup import lazy_qt

    steps: list[Step] = []
    if lazy_qt.install():
        steps += [_touch(module_name, list(names))
                  for module_name, names in PYQTGRAPH_IMPORT_NAMES.items()]
    else:
        for module_name in QT_MODULES:
            names = sorted(dir(importlib.import_module(module_name)))
            steps += [_touch(module_name, names[i:i + NAMES_PER_STEP])
                      for i in range(0, len(names), NAMES_PER_STEP)]
    steps.append(BackgroundImport((*PRE_IMPORTS, *PACKAGES)))
    steps += [_import(name) for name in (*CHART_MODULES, *tab_modules)]
    return steps
