"""The staff PIN is stored salted and hashed (scrypt); wrong PINs lock the pad for a growing delay."""

from __future__ import annotations

import pytest

from etown_desktop.core.errors import PinInvalid, PinNotSet
from etown_desktop.core.kiosk.lockout import FREE_TRIES, PinGate, lockout_delay
from etown_desktop.core.kiosk.pin import hash_pin, load_pin_hash, save_pin, verify_pin


def test_pin_is_stored_hashed_and_salted(tmp_path):
    path = save_pin("482913", tmp_path / "pin")
    text = path.read_text()
    assert "482913" not in text
    assert text.startswith("scrypt$")
    assert verify_pin("482913", load_pin_hash(path))
    assert not verify_pin("482914", load_pin_hash(path))
    assert hash_pin("482913") != hash_pin("482913")  # a new salt each time
    assert (path.stat().st_mode & 0o777) == 0o600


@pytest.mark.parametrize("pin", ["12", "abcd", "12 34", "1234567890123"])
def test_bad_pin_is_refused(tmp_path, pin):
    with pytest.raises(PinInvalid):
        save_pin(pin, tmp_path / "pin")
    assert not (tmp_path / "pin").exists()


def test_missing_pin_says_how_to_set_one(tmp_path):
    with pytest.raises(PinNotSet, match="--set-pin"):
        load_pin_hash(tmp_path / "none")


def test_wrong_pins_lock_with_a_growing_delay():
    now = [1000.0]
    gate = PinGate(hash_pin("2468"), clock=lambda: now[0])
    for _ in range(FREE_TRIES - 1):
        result = gate.try_pin("0000")
        assert not result.ok and result.wait_s == 0
    result = gate.try_pin("0000")
    assert result.wait_s == lockout_delay(FREE_TRIES) > 0
    # while locked even the right PIN is not checked
    assert not gate.try_pin("2468").ok
    now[0] += result.wait_s
    second = gate.try_pin("1111")
    assert second.wait_s == 2 * result.wait_s
    now[0] += second.wait_s
    assert gate.try_pin("2468").ok
    assert gate.failures == 0


def test_delay_is_capped():
    assert lockout_delay(100) == 15 * 60
