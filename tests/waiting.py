"""Waiting for a condition with a deadline — the one way tests outside Qt's event loop (processes,
X servers, files) synchronise; never a bare sleep that hopes the other side is ready."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def wait_until(condition: Callable[[], T], timeout: float = 10.0, interval: float = 0.05,
               message: str | Callable[[], str] = "the condition never became true") -> T:
    """Poll ``condition`` until it returns something true (which is returned); AssertionError
    with ``message`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() >= deadline:
            text = message() if callable(message) else message
            raise AssertionError(f"{text} (waited {timeout:g} s)")
        time.sleep(interval)
