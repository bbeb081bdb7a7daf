"""The theme paints with the colours the contrast test checks (tests/core/test_scheme_contrast.py
computes every pair of every scheme without Qt). Issue 21 §3."""

from __future__ import annotations

from etown_desktop.core.accessibility.scheme_pairs import all_scheme_pairs
from etown_desktop.core.appearance.schemes import HIGH_CONTRAST, LIGHT
from etown_desktop.ui.accessibility.contrast_pairs import all_pairs
from etown_desktop.ui.theme import high_contrast_stylesheet, stylesheet


def test_every_pair_of_every_scheme_passes():
    pairs = all_pairs()
    assert len(pairs) == sum(len(p) for p in all_scheme_pairs().values()) >= 140
    assert all(p.passes for p in pairs), [p.what for p in pairs if not p.passes]


def test_fields_are_drawn_with_the_border_the_contrast_test_checks():
    css = stylesheet(LIGHT)
    assert f"QLineEdit {{ padding: 6px 10px; border: 1px solid {LIGHT.muted};" in css
    # high contrast: every button and combo box gets the strong edge and the yellow focus ring
    hc = high_contrast_stylesheet(HIGH_CONTRAST)
    assert f"border: 2px solid {HIGH_CONTRAST.border}" in hc
    assert f"border: 3px solid {HIGH_CONTRAST.accent}" in hc
