"""numpy's OpenBLAS runs one thread in the app (app/blas_threads.py): its worker pool, spinning
after numpy's import, took a core of a two-core laptop from the window's start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc")

# Run a command through the real entry point, then import numpy as the window's warm-up does
# and count the process's threads.
CHILD = """
import os, sys
from etown_desktop.app.cli import main
try:
    main(["--version"])
except SystemExit:
    pass
import numpy
print(len(os.listdir("/proc/self/task")), os.environ.get("OPENBLAS_NUM_THREADS"))
"""


def _threads_after_numpy(**env: str) -> tuple[int, str]:
    environ = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"} | env
    out = subprocess.run([sys.executable, "-c", CHILD], env=environ, capture_output=True, text=True,
                         check=True, timeout=120)
    count, value = out.stdout.split()[-2:]
    return int(count), value


def test_the_app_asks_openblas_for_one_thread():
    assert _threads_after_numpy() == (1, "1")


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="OpenBLAS starts no pool on one core")
def test_a_thread_count_the_user_set_is_kept():
    count, value = _threads_after_numpy(OPENBLAS_NUM_THREADS="2")
    assert value == "2" and count == 2
