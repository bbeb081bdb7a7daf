"""One thread for numpy's linear algebra library (OpenBLAS), set before numpy is first imported.

numpy's wheels bundle OpenBLAS, which starts a pool of worker threads when numpy is imported (one
per core but one) and keeps them spinning for a while after any work. The app does no linear
algebra: numpy is there for pyqtgraph's drawing and pandas' tables, whose work never reaches BLAS.
On a two-core laptop the spinning worker took ~3 % of the CPU samples of a start to all tabs
ready (perf), a core the window's own thread and its import thread compete for. The variable is
read once, when OpenBLAS is loaded; a value the user or a host program set is kept.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping

VARIABLE = "OPENBLAS_NUM_THREADS"


def one_blas_thread(environ: MutableMapping[str, str] | None = None) -> None:
    """Ask OpenBLAS for one thread, unless a thread count was set already (call before numpy)."""
    (os.environ if environ is None else environ).setdefault(VARIABLE, "1")
