"""Text size steps: parsing a stored value, stepping, scaling (Qt-free)."""

from __future__ import annotations

import math

import pytest

from etown_desktop.core.accessibility import text_size as ts


@pytest.mark.parametrize("stored, expected", [
    ("150", 150), (175, 175), ("125 %", 125), ("200%", 200), (1.5, 150), ("2", 200),
    ("130", 125), ("140", 150), ("90", 100), ("350", 200), ("-20", 100), ("", 100),
    ("big", 100), (None, 100), (True, 100), (math.nan, 100), ("nan", 100),
])
def test_parse_snaps_to_a_step(stored, expected):
    assert ts.parse(stored) == expected


def test_steps_up_and_down_stop_at_the_ends():
    assert [ts.larger(p) for p in ts.STEPS] == [125, 150, 175, 200, 200]
    assert [ts.smaller(p) for p in ts.STEPS] == [100, 100, 125, 150, 175]


def test_scaled_points_and_the_screen_bound():
    assert ts.scaled(12, 100) == 12
    assert ts.scaled(12, 200) == 24
    assert ts.scaled(11, 125) == 14.0  # 13.75 to the nearest half point
    assert ts.scaled(13, 175) == 23.0  # 22.75
    assert ts.screen_factor(100) == 1.0
    assert ts.screen_factor(125) == 1.25
    assert ts.screen_factor(200) == ts.SCREEN_MAX_FACTOR
