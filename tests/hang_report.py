"""What a test that hangs is doing in C, printed just before pytest-timeout ends the run.

pytest-timeout prints every thread's Python stack; when the main thread is stuck inside Qt (a
signal's ``disconnect``, a layout's size question: seen in CI) the last Python line says little.
Shortly before the timeout this asks gdb, when installed (.ci/run installs it), for the C stack of
the main thread and the list of threads, and prints them to stderr. Nothing runs for a test that
ends in time.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading

EARLY_S = 8  # before pytest-timeout's own report


def _timeout_s(item) -> float:
    marker = item.get_closest_marker("timeout")
    if marker is not None and marker.args:
        return float(marker.args[0])
    try:
        return float(item.config.getini("timeout") or 0)
    except (ValueError, TypeError):
        return 0.0


def _report(config, nodeid: str) -> None:
    gdb = shutil.which("gdb")
    if gdb is None:
        return
    try:
        result = subprocess.run(
            [gdb, "-p", str(os.getpid()), "-batch", "-nx", "-ex", "set pagination off",
             "-ex", "info threads", "-ex", "thread 1", "-ex", "bt 40"],
            capture_output=True, text=True, timeout=EARLY_S - 2, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        sys.stderr.write(f"\nhang report: gdb failed: {exc}\n")
        return
    lines = [ln[:220] for ln in result.stdout.splitlines()
             if ln.startswith(("#", "*", " ", "[Current", "Thread"))]
    # Past pytest's output capture, as pytest-timeout writes its own report.
    capman = config.pluginmanager.getplugin("capturemanager")
    if capman is not None:
        capman.suspend_global_capture(in_=True)
    try:
        sys.stderr.write(f"\n---- C stack of {nodeid} (gdb), {EARLY_S} s before its timeout ----\n"
                         + "\n".join(lines[:80]) + "\n---- end of C stack ----\n")
        sys.stderr.flush()
    finally:
        if capman is not None:
            capman.resume_global_capture()


def start(item) -> threading.Timer | None:
    seconds = _timeout_s(item)
    if seconds <= EARLY_S * 2:
        return None
    timer = threading.Timer(seconds - EARLY_S, _report, args=(item.config, item.nodeid))
    timer.daemon = True
    timer.start()
    return timer
