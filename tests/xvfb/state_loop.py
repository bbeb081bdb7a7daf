"""The state loop of the real-window tests, both ends of it in one place: a helper app (search_app.py,
keyboard_app.py, leads_staff_app.py, kiosk_contact_app.py) reports what it shows by writing a JSON
state file, which the test reads while it drives the window with real keys and clicks.

The app's end:
- :func:`write_state` writes one state atomically (``.tmp`` then rename, so the test never reads
  half a file) and says whether the test asked to stop (the file's ``.stop`` twin exists).
- :func:`run_main_window` starts the real app (run_gui); once every tab is ready (and ``ready_when``
  holds) it prints ``READY <window id>``, then writes ``snapshot(window)`` every 100 ms until the
  ``.stop`` twin appears, and gives up after ``give_up_ms`` so a test never hangs. A ``.shot`` twin
  naming a PNG asks for a grab of the X screen there (``<PNG>.done`` follows).

The test's end: :class:`HelperApp` starts a helper with its state file, waits for its READY line,
waits for a state, asks for a screen grab and stops it."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

STATE_INTERVAL_MS = 100
SETTLE_MS = 300  # after allTabsReady: the last chart paints before the test starts typing


def write_state(path: Path, data: dict[str, Any]) -> bool:
    """Write ``data`` to ``path`` atomically; True when the test asked the app to stop."""
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data), encoding="utf-8")
    tmp.replace(path)
    return path.with_suffix(".stop").exists()


def grab_if_asked(path: Path) -> None:
    """Grab the X screen to the PNG the ``.shot`` twin of ``path`` names, if the test asked."""
    shot = path.with_suffix(".shot")
    if shot.exists():
        from PySide6.QtGui import QGuiApplication

        target = shot.read_text(encoding="utf-8").strip()
        shot.unlink()
        QGuiApplication.primaryScreen().grabWindow(0).save(target, "PNG")
        Path(target + ".done").write_text("", encoding="utf-8")


def run_main_window(out: str, snapshot: Callable[[Any], dict[str, Any]], *,
                    ready_when: Callable[[Any], bool] = lambda window: True,
                    on_ready: Callable[[Any], None] | None = None,
                    give_up_ms: int = 60_000, lang: str = "en") -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from etown_desktop.app.bootstrap import run_gui

    path = Path(out)

    def hook(window) -> None:
        def state() -> None:
            stop = write_state(path, snapshot(window))
            grab_if_asked(path)
            if stop:
                QApplication.exit(0)

        def ready() -> None:
            if not ready_when(window):  # e.g. a menu installed after the first paint
                QTimer.singleShot(STATE_INTERVAL_MS, ready)
                return
            if on_ready is not None:
                on_ready(window)
            print(f"READY {int(window.winId())}", flush=True)
            timer = QTimer(window)
            timer.timeout.connect(state)
            timer.start(STATE_INTERVAL_MS)

        window.allTabsReady.connect(lambda: QTimer.singleShot(SETTLE_MS, ready))
        QTimer.singleShot(give_up_ms, lambda: QApplication.exit(4))  # never hang the test

    return run_gui(lang, on_window=hook)


# -- the test's end -----------------------------------------------------------------------------------

class HelperApp:
    """A helper app as the test sees it: ``script`` started with ``state_file`` (its output and
    errors piped), the READY line it prints, the states it writes, and its stop."""

    def __init__(self, script: Path, state_file: Path, env: dict[str, str]) -> None:
        self.state_file = state_file
        self.proc = subprocess.Popen([sys.executable, str(script), str(state_file)], env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def wait_ready(self) -> str:
        """What follows READY on the app's line (its window id, if it prints one); fails with the
        app's stderr if it exits first (every helper gives up by itself: this never hangs)."""
        line = ""
        while not line.startswith("READY"):
            line = self.proc.stdout.readline()
            if not line:
                raise AssertionError(f"the helper app exited: {self.proc.stderr.read()[-3000:]}")
        return line[len("READY"):].strip()

    def state(self) -> dict[str, Any]:
        """The last state the app wrote ({} before the first)."""
        try:
            return json.loads(self.state_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def wait_state(self, check: Callable[[dict[str, Any]], bool], what: str = "the state",
                   timeout: float = 30.0) -> dict[str, Any]:
        """The first state the app writes for which ``check`` holds."""
        from waiting import wait_until  # tests/ (the helper apps import this module too, without it)

        last: dict[str, Any] = {}

        def matched() -> dict[str, Any] | None:
            nonlocal last
            last = self.state()
            return last if last and check(last) else None

        return wait_until(matched, timeout=timeout, interval=0.1,
                          message=lambda: f"timed out waiting for {what}; last state: {last}")

    def grab_screen(self, png: Path, timeout: float = 15.0) -> Path:
        """Ask the app for a grab of the X screen to ``png`` and wait until it is written."""
        from waiting import wait_until

        self.state_file.with_suffix(".shot").write_text(str(png), encoding="utf-8")
        wait_until(lambda: Path(str(png) + ".done").exists(), timeout=timeout, interval=0.1,
                   message="no screen grab")
        return png

    def stop(self, timeout: float = 30.0) -> int:
        """Ask the app to quit (the ``.stop`` twin) and wait for it; killed if it does not. Its exit code."""
        self.state_file.with_suffix(".stop").write_text("", encoding="utf-8")
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait()

    def stderr(self) -> str:
        """The app's standard error, once it has ended."""
        return self.proc.stderr.read() if self.proc.stderr else ""
