"""Every text/background pair of every colour scheme (light, dark, high contrast) and of its
slides and kiosk meets WCAG 2.2: 4.5:1 for text, 3:1 for large text and marks (bars, focus rings,
field and card borders). Issue 21 §3. Qt-free: the colour sets are core/appearance's."""

from __future__ import annotations

import logging

from etown_desktop.core.accessibility.contrast import TEXT_MIN
from etown_desktop.core.accessibility.scheme_pairs import all_scheme_pairs
from etown_desktop.core.appearance.schemes import SCHEMES, normalize, resolve

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
        text = min((p for p in pairs if p.minimum == TEXT_MIN), key=lambda p: p.ratio)
        log.info("%s: %d colour pairs checked; lowest %.2f:1 (%s); lowest text %.2f:1 (%s)",
                 name, len(pairs), lowest.ratio, lowest.what, text.ratio, text.what)
    assert not failing, failing


def test_high_contrast_text_reaches_seven_to_one():
    texts = [p for p in all_scheme_pairs()["high_contrast"] if p.minimum == TEXT_MIN]
    assert texts
    assert min(p.ratio for p in texts) >= 7.0


def test_every_scheme_has_its_own_chart_series_and_high_contrast_slides():
    assert len({s.chart_palette for s in SCHEMES.values()}) == 3
    assert SCHEMES["high_contrast"].slides != SCHEMES["light"].slides


def test_choices_resolve_to_schemes():
    assert resolve("system", system_dark=False).name == "light"
    assert resolve("system", system_dark=True).name == "dark"
    assert resolve("high_contrast", system_dark=False).name == "high_contrast"
    assert resolve("light", system_dark=True).name == "light"
    assert normalize("High contrast") == "high_contrast"
    assert normalize("purple") == normalize(None) == "system"
