"""Shared by the helper apps of the real-window tests (search_app.py, leads_staff_app.py,
kiosk_contact_app.py): the app reports what it shows by writing a JSON state file, which the test
reads while it drives the window with real keys and clicks.

- :func:`write_state` writes one state atomically (``.tmp`` then rename, so the test never reads
  half a file) and says whether the test asked to stop (the file's ``.stop`` twin exists).
- :func:`run_main_window` starts the real app (run_gui); once every tab is ready (and ``ready_when``
  holds) it prints ``READY <window id>``, then writes ``snapshot(window)`` every 100 ms until the
  ``.stop`` twin appears, and gives up after ``give_up_ms`` so a test never hangs."""

from __future__ import annotations

import json
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
            if write_state(path, snapshot(window)):
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
