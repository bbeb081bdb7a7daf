"""Every text/background pair of the theme (light and dark) and of the slides meets WCAG 2.2:
4.5:1 for text, 3:1 for marks (bars, focus rings, field and card borders). Issue 21 §3."""

from __future__ import annotations

import logging

from etown_desktop.ui.accessibility.contrast_pairs import all_pairs
from etown_desktop.ui.theme import LIGHT, stylesheet

log = logging.getLogger(__name__)


def test_every_colour_pair_meets_its_wcag_minimum():
    pairs = all_pairs()
    assert len(pairs) >= 50
    failing = [f"{p.what}: {p.foreground} on {p.background} = {p.ratio:.2f} < {p.minimum}"
               for p in pairs if not p.passes]
    assert not failing, failing
    lowest = min(pairs, key=lambda p: p.ratio)
    log.info("%d colour pairs checked; lowest %.2f:1 (%s)", len(pairs), lowest.ratio, lowest.what)


def test_fields_are_drawn_with_the_border_the_contrast_test_checks():
    css = stylesheet(LIGHT)
    assert f"QLineEdit {{ padding: 6px 10px; border: 1px solid {LIGHT.muted};" in css
