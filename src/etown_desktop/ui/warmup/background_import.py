"""A warm-up step that imports modules on a worker thread while the window keeps going.

numpy and pyqtgraph cost ~150-300 ms to import on a slow machine, each one indivisible: run on
the GUI thread, that is a freeze of that length right after the first paint. Here they are
imported on a thread; the GUI thread only checks, between its own turns, whether the thread is
done. Python holds one lock for all threads, so the GUI thread gets a turn at least every few
milliseconds (``sys.getswitchinterval``) and keeps repainting and taking input.

What runs on the thread is import-time code only: pyqtgraph builds no QObject, widget or pixmap
when imported (only value types: colours, paths, transforms), and the Qt classes it touches were
already created on the GUI thread by the earlier warm-up steps. A caller that needs the modules
now waits for the thread first (:meth:`BackgroundImport.wait`, used by ``BuildSteps.finish_warmup``);
any other import of them meanwhile waits on Python's per-module import lock, never sees a module
half imported (neither numpy nor pyqtgraph imports the app's own modules, so no lock cycle).
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Sequence

log = logging.getLogger(__name__)


class BackgroundImport:
    """A warm-up step (see :mod:`etown_desktop.ui.warmup.plan`): the first call starts the
    thread; each call returns True once every module is imported (or failed to import: the
    error then comes again, with its traceback, where the module is imported for use)."""

    def __init__(self, module_names: Sequence[str]) -> None:
        self.module_names = tuple(module_names)
        self._thread: threading.Thread | None = None

    def __call__(self) -> bool:
        if self._thread is None:
            # Not a daemon: a window closed within the first second lets the imports finish
            # (a few hundred ms) instead of the interpreter stopping a thread mid-import.
            self._thread = threading.Thread(target=self._run, name="etown-warmup-imports",
                                            daemon=False)
            self._thread.start()
        return not self._thread.is_alive()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self) -> None:
        """Import everything now: wait for the thread, or import here if it never started."""
        if self._thread is None:
            self._run()
        else:
            self._thread.join()

    def _run(self) -> None:
        for name in self.module_names:
            try:
                importlib.import_module(name)
            except ImportError:  # optional (e.g. no OpenGL module): pyqtgraph copes without it
                log.debug("Warm-up: %s not importable", name)
            except Exception:  # noqa: BLE001 - raised again where the module is used
                log.warning("Warm-up: importing %s failed", name, exc_info=True)
