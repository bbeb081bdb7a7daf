"""Wrong PINs: after five in a row each further try waits, and the wait doubles (30 s, 60 s …,
at most 15 minutes). The clock is injected, so tests never wait."""

from __future__ import annotations

import time
from collections.abc import Callable

from etown_desktop.core.kiosk.pin import verify_pin
from etown_desktop.core.lazy_record import LazyFrozenRecord

FREE_TRIES = 5
FIRST_DELAY_S = 30.0
MAX_DELAY_S = 15 * 60.0


class PinResult(metaclass=LazyFrozenRecord):  # a frozen dataclass once used (core/lazy_record.py)
    ok: bool
    wait_s: float = 0.0  # > 0: locked, nothing was checked
    failures: int = 0


def lockout_delay(failures: int) -> float:
    """Seconds to wait after ``failures`` wrong PINs in a row."""
    if failures < FREE_TRIES:
        return 0.0
    return min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** (failures - FREE_TRIES))


class PinGate:
    def __init__(self, stored_hash: str, clock: Callable[[], float] = time.monotonic) -> None:
        self.stored_hash = stored_hash
        self.clock = clock
        self.failures = 0
        self.locked_until = 0.0

    def wait_s(self) -> float:
        return max(0.0, self.locked_until - self.clock())

    def try_pin(self, pin: str) -> PinResult:
        wait = self.wait_s()
        if wait > 0:
            return PinResult(False, wait, self.failures)
        if verify_pin(pin, self.stored_hash):
            self.failures = 0
            self.locked_until = 0.0
            return PinResult(True)
        self.failures += 1
        delay = lockout_delay(self.failures)
        self.locked_until = self.clock() + delay
        return PinResult(False, delay, self.failures)
