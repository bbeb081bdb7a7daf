"""pyqtgraph's Qt mirrors, filled on first use instead of all at once.

pyqtgraph keeps its own copies of PySide6's QtCore, QtGui and QtWidgets (``pyqtgraph.Qt.QtCore`` …,
empty packages) and fills them when ``pyqtgraph.Qt`` is imported: ``_copy_attrs`` walks ``dir()``
of each PySide6 module and takes every name from it. PySide6 makes its Python classes lazily, on
first attribute access, and making a class builds the Python enums of that class: the walk made
all ~1,100 of them (575 enums, ~4,800 members, after the first paint) where the app and pyqtgraph
use a few hundred.

:func:`install` puts the three mirrors in ``sys.modules`` before pyqtgraph is imported, each made
from pyqtgraph's own (empty) file, of a module type that takes a name from PySide6 when it is
first asked for and keeps it. ``_copy_attrs`` is told every name is there already (it only asks
``hasattr``), so it copies nothing; whatever pyqtgraph later sets on a mirror (its Qt 5 names,
``QOpenGLWidget``…) is set as before. A name is the same object as PySide6's, so ``is`` and
``isinstance`` hold.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import types

MIRRORS = ("QtCore", "QtGui", "QtWidgets")


class _LazyMirror(types.ModuleType):
    _etown_source: types.ModuleType

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        if sys._getframe(1).f_code.co_name == "_copy_attrs":
            return None  # pyqtgraph's filling pass: "already there", nothing made
        value = getattr(self._etown_source, name)  # AttributeError as for a missing name
        setattr(self, name, value)
        return value


def install() -> bool:
    """Put lazy mirrors in place (before pyqtgraph is imported); False when pyqtgraph is imported
    already, not found, or not laid out as expected (it then fills its mirrors itself)."""
    if "pyqtgraph" in sys.modules or any(f"pyqtgraph.Qt.{m}" in sys.modules for m in MIRRORS):
        return False
    spec = importlib.util.find_spec("pyqtgraph")
    if spec is None or not spec.submodule_search_locations:
        return False
    root = os.path.join(list(spec.submodule_search_locations)[0], "Qt")
    made = {}
    for name in MIRRORS:
        path = os.path.join(root, name, "__init__.py")
        if not os.path.isfile(path):
            return False
        full = f"pyqtgraph.Qt.{name}"
        mspec = importlib.util.spec_from_file_location(full, path,
                                                       submodule_search_locations=[os.path.dirname(path)])
        module = importlib.util.module_from_spec(mspec)
        mspec.loader.exec_module(module)
        if set(vars(module)) - {"__name__", "__doc__", "__package__", "__loader__", "__spec__",
                                "__path__", "__file__", "__cached__", "__builtins__"}:
            return False  # not the empty mirror this is written for
        module.__class__ = _LazyMirror
        module._etown_source = importlib.import_module(f"PySide6.{name}")
        made[full] = module
    sys.modules.update(made)
    return True
