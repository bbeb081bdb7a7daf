"""PyInstaller runtime hook of E-Town Investor Desktop: the bundle leaves out PySide6.QtOpenGL.

pyqtgraph imports ``PySide6.QtOpenGL`` when it is imported (pyqtgraph/Qt/OpenGLHelpers.py) but
uses it only when OpenGL drawing is switched on, which this app never does; the binding alone is
9 MB. This hook answers that import, if (and only if) the real module is absent, with a stand-in
whose every attribute raises ImportError: any use of OpenGL fails loudly instead of silently.
"""

import importlib.abc
import importlib.machinery
import sys
import types

_NAME = "PySide6.QtOpenGL"


class _AbsentQtOpenGL(types.ModuleType):
    def __getattr__(self, attr):
        if attr.startswith("__"):
            raise AttributeError(attr)
        raise ImportError(f"{_NAME}.{attr}: OpenGL is not part of this build of E-Town Investor Desktop")


class _AbsentQtOpenGLFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, fullname, path, target=None):
        if fullname != _NAME:
            return None
        return importlib.machinery.ModuleSpec(fullname, self)

    def create_module(self, spec):
        return _AbsentQtOpenGL(spec.name)

    def exec_module(self, module):
        pass


sys.meta_path.append(_AbsentQtOpenGLFinder())  # last: a real QtOpenGL, when bundled, wins
