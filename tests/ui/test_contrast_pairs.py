"""Every text/background pair of every colour scheme (light, dark, high contrast) and of its
slides and kiosk meets WCAG 2.2: 4.5:1 for text, 3:1 for large text and marks (bars, focus rings,
field and card borders). Issue 21 §3. The pairs are Qt-free (core/accessibility/scheme_pairs)."""

from __future__ import annotations

import logging

from etown_desktop.core.accessibility.contrast import TEXT_MIN
from etown_desktop.core.accessibility.scheme_pairs import all_scheme_pairs
from etown_desktop.core.appearance.schemes import HIGH_CONTRAST, LIGHT, SCHEMES
from etown_desktop.ui.accessibility.contrast_pairs import all_pairs
from etown_desktop.ui.theme import high_contrast_stylesheet, stylesheet

log = logging.getLogger(__name__)


def test_every_colour_pair_of_every_scheme_meets_its_wcag_minimum():
    by_scheme = all_scheme_pairs()
    assert set(by_scheme) == {"light", "dark", "high_contrast"}
    failing = []
    for name, pairs in by_scheme.items():
        assert len(pairs) >= 45, name
        failing += [f"{p.what}: {p.foreground} on {p.background} = {p.ratio:.2f} < {p.minimum}"
                    for p in pairs if not p.passes]
        lowest = min(pairs, key=lambda p: p.ratio)
        log.info("%s: %d colour pairs checked; lowest %.2f:1 (%s)", name, len(pairs), lowest.ratio, lowest.what)
    assert not failing, failing
    assert len(all_pairs()) == sum(len(p) for p in by_scheme.values())


def test_high_contrast_text_reaches_seven_to_one():
    texts = [p for p in all_scheme_pairs()["high_contrast"] if p.minimum == TEXT_MIN]
    assert texts
    assert min(p.ratio for p in texts) >= 7.0


def test_every_scheme_has_its_own_chart_series_and_the_slides_differ_in_high_contrast():
    palettes = {s.chart_palette for s in SCHEMES.values()}
    assert len(palettes) == 3
    assert SCHEMES["high_contrast"].slides != SCHEMES["light"].slides


def test_fields_are_drawn_with_the_border_the_contrast_test_checks():
    css = stylesheet(LIGHT)
    assert f"QLineEdit {{ padding: 6px 10px; border: 1px solid {LIGHT.muted};" in css
    # high contrast: every button and combo box gets the strong edge and the yellow focus ring
    hc = high_contrast_stylesheet(HIGH_CONTRAST)
    assert f"border: 2px solid {HIGH_CONTRAST.border}" in hc
    assert f"border: 3px solid {HIGH_CONTRAST.accent}" in hc
