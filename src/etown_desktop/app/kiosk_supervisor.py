"""Keeps the kiosk running: if the kiosk process crashes it is started again and the crash is
logged; three crashes within a minute stop the restarts and put a clear message on screen.

Qt-free: the process start, the clock and the message are injected (tests use fakes)."""

from __future__ import annotations

import logging
import subprocess
import sys
import time
from collections.abc import Callable, Sequence

log = logging.getLogger(__name__)

CRASH_LIMIT = 3
CRASH_WINDOW_S = 60.0
# Exit codes that are not crashes: 0 = left with the PIN, 2 = bad arguments, 3 = not set up.
CLEAN_EXITS = (0, 2, 3)
EXIT_CRASH_LOOP = 4


def kiosk_command(args: Sequence[str]) -> list[str]:
    return [sys.executable, "-m", "etown_desktop", "kiosk", "--no-supervisor", *args]


def supervise(command: list[str], run: Callable[[list[str]], int] | None = None,
              clock: Callable[[], float] = time.monotonic,
              on_crash_loop: Callable[[list[float]], None] | None = None) -> int:
    """Run ``command`` until it exits cleanly; restart it after a crash; stop after a crash loop."""
    run = run or (lambda cmd: subprocess.call(cmd))
    crashes: list[float] = []
    while True:
        code = run(command)
        if code in CLEAN_EXITS:
            return code
        now = clock()
        crashes = [t for t in crashes if now - t < CRASH_WINDOW_S] + [now]
        log.error("The kiosk stopped unexpectedly (exit code %s); crash %d within %.0f s",
                  code, len(crashes), CRASH_WINDOW_S)
        if len(crashes) >= CRASH_LIMIT:
            log.error("Crash loop: %d crashes within %.0f s; not restarting", len(crashes),
                      CRASH_WINDOW_S)
            if on_crash_loop is not None:
                on_crash_loop(crashes)
            return EXIT_CRASH_LOOP
        log.info("Restarting the kiosk")
