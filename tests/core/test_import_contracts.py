"""Run the import-linter contracts of pyproject.toml (core Qt-free, app → ui → core layering)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from required_tools import unavailable

import etown_desktop

ROOT = Path(__file__).resolve().parents[2]


def test_import_linter_contracts_hold():
    beside = Path(sys.executable).parent / "lint-imports"
    exe = str(beside) if beside.exists() else shutil.which("lint-imports")
    if exe is None:
        unavailable("import-linter is not installed (pip install .[test])")
    # Lint the copy of the package these tests import (installed, or src/ in a checkout).
    package_parent = str(Path(etown_desktop.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": package_parent}
    result = subprocess.run([exe, "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
                            capture_output=True, text=True, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
