"""core is Qt-free: no module under etown_desktop/core imports Qt or pyqtgraph, even lazily."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import etown_desktop.core

FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "etown_desktop.ui", "etown_desktop.app")


def test_no_core_module_imports_qt():
    core_dir = Path(etown_desktop.core.__file__).parent
    offenders = []
    for path in core_dir.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.startswith(FORBIDDEN)]
    assert not offenders


def test_importing_the_core_loads_no_qt():
    code = (
        "import sys, etown_desktop.core.repository, etown_desktop.core.formatting, "
        "etown_desktop.core.charts, etown_desktop.core.db.check;"
        "bad=[m for m in sys.modules if m.split('.')[0] in ('PySide6','pyqtgraph','shiboken6')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
