"""Charts on presentation slides take the colour scheme in use (issue: a white print box on a dark
or black slide), follow a live switch, keep their hatch patterns in every scheme, while exports
(PNG, SVG, PDF, PPTX) stay on the light print colours."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from etown_desktop.core.appearance.schemes import SCHEMES
from etown_desktop.core.charts import build_chart
from etown_desktop.core.stories.store import find_story, load_stories
from etown_desktop.ui.appearance import switcher
from etown_desktop.ui.export.chart_renderer import PRINT_INK, render_chart, scheme_ink
from settle import pump


class Recorder:
    """A canvas that keeps what it is asked to draw."""

    def __init__(self) -> None:
        self.rects: list[tuple[str, bool]] = []
        self.texts: list[str] = []
        self.lines: list[str] = []

    def rect(self, x, y, w, h, fill, stroke=None, hatch=False, stroke_width=1.0):
        self.rects.append((fill, hatch))

    def line(self, x1, y1, x2, y2, color, width=1.0, dash=False):
        self.lines.append(color)

    def polyline(self, *a, **k):
        pass

    def circle(self, x, y, r, color):
        self.rects.append((color, False))

    def text(self, x, y, text, size, color, bold=False, anchor="start"):
        self.texts.append(color)


@pytest.mark.parametrize("name", list(SCHEMES))
@pytest.mark.parametrize("chart_id", ["targets.plan2025", "reforms.work_permit", "fortune500.presence",
                                      "clusters.zone_matrix", "overview.output_trend"])
def test_a_chart_drawn_in_a_scheme_uses_its_colours_and_keeps_patterns(qapp, repo, name, chart_id):
    spec = build_chart(repo, chart_id)
    ink = scheme_ink(SCHEMES[name])
    canvas = Recorder()
    render_chart(spec, canvas, "en", None, width=760, ink=ink)
    assert set(canvas.texts) <= {ink.ink, ink.muted}
    assert set(canvas.lines) <= {ink.grid, ink.muted}
    assert {fill for fill, _ in canvas.rects} <= set(ink.palette) | {ink.context, ink.band}
    # estimates / related measures / converted bars: hatched in every scheme
    patterned = sum(p.style in ("context", "converted") for s in spec.series for p in s.points)
    assert sum(hatch for _, hatch in canvas.rects) == patterned
    if name != "light":
        assert ink.background == SCHEMES[name].colors.base != PRINT_INK.background
        assert ink.palette == SCHEMES[name].chart_palette


def test_the_pattern_charts_really_have_patterned_bars(repo):
    """The test above checks something: these charts do draw hatched bars."""
    assert any(p.style == "context" for s in build_chart(repo, "targets.plan2025").series for p in s.points)
    assert any(p.style == "converted" for s in build_chart(repo, "reforms.work_permit").series
               for p in s.points)


def test_exports_stay_on_the_print_colours_in_any_scheme(qapp, repo, tmp_path):
    from etown_desktop.ui import theme
    from etown_desktop.ui.export.chart_export import chart_image, chart_svg

    theme.apply_theme(qapp, name="high_contrast")
    try:
        spec = build_chart(repo, "targets.plan2025")
        canvas = Recorder()
        render_chart(spec, canvas, "en", None)
        assert set(canvas.texts) <= {PRINT_INK.ink, PRINT_INK.muted}
        image = chart_image(spec, "en")
        assert image.pixelColor(2, 2) == QColor("#ffffff")
        svg = chart_svg(spec, "en")
        assert 'fill="#ffffff"' in svg and SCHEMES["high_contrast"].chart_palette[0] not in svg
    finally:
        theme.apply_theme(qapp, name="light")


def test_slide_charts_follow_the_scheme_live(qtbot, repo, settings_dir):
    from etown_desktop.ui.presentation.presentation import Presentation

    switcher.set_appearance("high_contrast", persist=False)
    show = Presentation(repo, find_story(load_stories(repo.path), "zone"), "en")
    qtbot.addWidget(show.audience)
    show.start()
    try:
        deck = show.deck
        index = next(i for i in range(deck.count) if deck.go_to(i) or deck.current_slide().chart)
        pump(4, deletes=True)

        def check(name: str) -> None:
            chart = deck.current_slide().chart
            ink = scheme_ink(SCHEMES[name])
            assert chart.ink == ink
            image = chart.pixmap().toImage()
            assert not image.isNull()
            assert image.pixelColor(1, 1) == QColor(ink.background)  # no white box on a dark slide

        check("high_contrast")
        for name in ("dark", "light", "high_contrast"):
            switcher.set_appearance(name, persist=False)  # while the show is running
            pump(4, deletes=True)
            assert deck.index == index
            check(name)
    finally:
        show.stop()
        switcher.set_appearance("light", persist=False)
