"""WCAG's contrast formula, checked against values the W3C and common checkers give."""

from __future__ import annotations

import pytest

from etown_desktop.core.accessibility.contrast import ColourPair, contrast_ratio, parse_hex, relative_luminance


def test_black_on_white_is_21_and_a_colour_on_itself_is_1():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#0b5cad", "#0b5cad") == pytest.approx(1.0)


def test_order_does_not_matter_and_grey_777_just_fails_text():
    assert contrast_ratio("#777777", "#ffffff") == contrast_ratio("#ffffff", "#777777")
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_relative_luminance_uses_the_srgb_curve():
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    assert relative_luminance("#808080") == pytest.approx(0.2159, abs=1e-4)  # not 0.5: gamma
    assert parse_hex("#fff") == (255, 255, 255)
    with pytest.raises(ValueError):
        parse_hex("#12345")


def test_a_pair_passes_at_its_own_minimum():
    assert not ColourPair("grey text", "#777777", "#ffffff").passes
    assert ColourPair("grey bar", "#777777", "#ffffff", minimum=3.0).passes
