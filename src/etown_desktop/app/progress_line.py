"""A progress line for slow commands, and Ctrl+C that takes effect at the next step.

On a terminal (stderr is a tty) the line is rewritten in place ("Writing pack.zip: 12 files, now
charts/x.png (1 s)") and erased at the end; piped or redirected, nothing is printed. While the
line is active, Ctrl+C sets a flag as well as raising KeyboardInterrupt: an interrupt that lands
where Python cannot raise it (an import lock, a finalizer) is raised at the next step instead of
being lost, so the export stops within one step and its temporary file is removed.
"""

from __future__ import annotations

import signal
import sys
import threading
import time
from typing import TextIO

from etown_desktop.app.cli_messages import say

MIN_INTERVAL_S = 0.1  # at most ten redraws a second
_sigint_seen = False  # set by the handler: a Ctrl+C may surface as another error (raised inside a Qt call)


def sigint_seen() -> bool:
    """Whether Ctrl+C was pressed while a progress line was active."""
    return _sigint_seen


class ProgressLine:
    """Call it with each step; use it as a context manager around the export."""

    def __init__(self, name: str, lang: str = "en", stream: TextIO | None = None) -> None:
        self.name = name
        self.lang = lang
        self.stream = stream if stream is not None else sys.stderr
        try:
            self.enabled = self.stream.isatty()
        except (AttributeError, ValueError):
            self.enabled = False
        self.started = time.monotonic()
        self.interrupted = False
        self._last = 0.0
        self._shown = False
        self._previous_handler = None

    # -- Ctrl+C ------------------------------------------------------------------------------
    def _on_sigint(self, signum, frame) -> None:
        global _sigint_seen
        self.interrupted = _sigint_seen = True
        raise KeyboardInterrupt

    def __enter__(self) -> ProgressLine:
        if threading.current_thread() is threading.main_thread():
            try:
                if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
                    self._previous_handler = signal.signal(signal.SIGINT, self._on_sigint)
            except (ValueError, OSError):
                self._previous_handler = None
        return self

    def __exit__(self, *exc) -> None:
        if self._previous_handler is not None:
            signal.signal(signal.SIGINT, self._previous_handler)
        self.clear()

    # -- the line ----------------------------------------------------------------------------
    def __call__(self, step: str) -> None:
        if self.interrupted:
            raise KeyboardInterrupt
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < MIN_INTERVAL_S:
            return
        self._last = now
        text = say("progress", self.lang, name=self.name, step=step, seconds=now - self.started)
        self.stream.write("\r\x1b[K" + text)
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False
