"""No chart cuts its text (issue: "≈ 30'" for "≈ 30%", "% of Beijing's tot" for the axis title,
"eijing E-Town (BDA)" for the matrix's first column): measured on the live pyqtgraph items at the
widths the charts get in a 1366x768 and a 1920x1080 window, English and Chinese. Names wrap and
axes widen; the type stays at the theme's sizes."""

from __future__ import annotations

import pytest
from settle import settle

from etown_desktop.core.charts import build_chart, chart_ids
from etown_desktop.ui.charts import chart_drawing as draw
from etown_desktop.ui.charts.chart_view import ChartView
from etown_desktop.ui.screens.layout_audit import clipped_chart_text

# A chart beside another (overview) and a full-width one, in a 1366- and a 1920-px window.
WIDTHS = {"1366-half": 500, "1366-full": 1040, "1920-half": 780, "1920-full": 1600}
HALF_WIDTH = ("overview.output_trend", "overview.beijing_share")  # side by side on the overview


def _view(qtbot, repo, chart_id: str, lang: str, width: int) -> ChartView:
    view = ChartView(build_chart(repo, chart_id), lang=lang)
    qtbot.addWidget(view)
    view.resize(width, view.sizeHint().height())
    view.show()
    qtbot.waitExposed(view)
    settle(view)
    return view


def _texts(view: ChartView) -> list[str]:
    import pyqtgraph as pg

    return [item.toPlainText() for plot in view.plots for item in plot.getViewBox().addedItems
            if isinstance(item, pg.TextItem)]


def _flat(text: str) -> str:
    return " ".join(text.split()) if " " in text or "\n" in text else text


# Every chart at the full widths; the two side-by-side ones at the half widths too.
CASES = [(chart_id, width) for chart_id in chart_ids() for width in WIDTHS
         if not width.endswith("half") or chart_id in HALF_WIDTH]


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize(("chart_id", "width"), CASES)
def test_no_chart_text_is_cut(qtbot, repo, chart_id, width, lang):
    view = _view(qtbot, repo, chart_id, lang, WIDTHS[width])
    assert not clipped_chart_text(view), "\n".join(clipped_chart_text(view))


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("width", [500, 780])
def test_land_vs_industry_shows_every_label_whole(qtbot, repo, lang, width):
    spec = build_chart(repo, "overview.beijing_share")
    view = _view(qtbot, repo, spec.id, lang, width)
    plot = view.plot
    # every value label, whole, inside the plot area
    shown = {_flat(t).strip() for t in _texts(view)}
    for p in spec.series[0].points:
        assert p.label(lang) in shown
    # the axis title whole, the category names whole (wrapped at most), at the theme's type size
    assert plot.getAxis("bottom").labelText == spec.axis(lang)
    names = [t for _, t in plot.getAxis("left")._tickLevels[0]]
    flat = [n.replace("\n", " " if lang == "en" else "") for n in names]
    assert flat == [p.category(lang) for p in spec.series[0].points]
    assert plot.getAxis("left").style["tickFont"].pointSize() == draw.TICK_PT
    # the plot area keeps room for a bar and its label: not squeezed by the names
    assert plot.getViewBox().width() >= draw.min_bar_px()
    assert not clipped_chart_text(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("width", [1040, 1600])
def test_district_headers_are_whole(qtbot, repo, lang, width):
    spec = build_chart(repo, "clusters.zone_matrix")
    view = _view(qtbot, repo, spec.id, lang, width)
    heads = [t for t in _texts(view) if t.strip()]
    joined = [h.replace("\n", " " if lang == "en" else "") for h in heads]
    assert joined == [d.name(lang) for d in spec.series]
    assert "Beijing E-Town (BDA)" in joined or lang == "zh"
    assert not clipped_chart_text(view)


def test_the_check_sees_cut_text(qtbot, repo):
    """The measure can fail: names given the whole width push the value labels and the axis title
    out of the chart (the look of the bug)."""
    view = _view(qtbot, repo, "overview.beijing_share", "en", 500)
    left = view.plot.getAxis("left")
    left.setTicks([[(float(i), t.replace("\n", " ")) for i, t in left._tickLevels[0]]])
    view.plot.geometryChanged.disconnect()  # the fitting would undo this on the next resize
    left.setWidth(430)
    settle(view)
    problems = clipped_chart_text(view)
    assert any("≈ 30%" in p for p in problems), problems
    assert any("axis title" in p for p in problems), problems


@pytest.fixture
def text_size():
    """View → Text size for one test (the charts read their sizes when they are drawn)."""
    from etown_desktop.ui.text_size import state

    yield state.set_percent
    state.set_percent(100)


@pytest.mark.parametrize("percent", [150, 200])
@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("chart_id", ["overview.beijing_share", "clusters.bluepaper_2020",
                                      "fortune500.presence", "clusters.zone_matrix",
                                      "overview.industry_shares"])
def test_large_text_fits_without_shrinking(qtbot, repo, text_size, chart_id, lang, percent):
    """At 150 and 200 % text on a 1366-px window (1040 px for a full-width chart): every value
    label beside its bar whole (the headroom measured in the label's own font), every name drawn
    and on no more than two lines, none over its neighbour, the tick font at the text size."""
    from etown_desktop.ui.text_size.state import pt

    text_size(percent)
    view = _view(qtbot, repo, chart_id, lang, 1040)
    assert not clipped_chart_text(view), "\n".join(clipped_chart_text(view))
    left = view.plot.getAxis("left")
    assert left.style["tickFont"].pointSizeF() == pt(draw.TICK_PT)
    for _, name in left._tickLevels[0]:
        assert name.count("\n") < 4, name  # rows grow for the lines a name takes


@pytest.mark.parametrize("percent", [100, 200])
def test_chinese_names_wrap_into_readable_lines(qtbot, repo, text_size, percent):
    """A Chinese industry name of the matrix is never broken into a column of single characters
    ("创\n新\n药…"): each line holds several characters, the lines about equally long."""
    text_size(percent)
    view = _view(qtbot, repo, "clusters.zone_matrix", "zh", 1040)
    names = [t for _, t in view.plot.getAxis("left")._tickLevels[0]]
    for name in names:
        lines = name.split("\n")
        assert all(len(line) >= 3 for line in lines) or len(lines) == 1, name
        assert max(map(len, lines)) - min(map(len, lines)) <= 2, name
    assert not clipped_chart_text(view)


def test_min_bar_grows_with_the_text_size(text_size):
    """The least bar length is counted in the tick font's ems: twice as long at 200 %."""
    bar, column = draw.min_bar_px(), draw.min_column_px()
    text_size(200)
    assert draw.min_bar_px() >= 1.9 * bar
    assert draw.min_column_px() >= 1.9 * column


def test_the_check_sees_names_drawn_over_each_other(qtbot, repo):
    """The overlap measure can fail: names on four lines in rows made for one are reported."""
    view = _view(qtbot, repo, "clusters.bluepaper_2020", "en", 1040)
    left = view.plot.getAxis("left")
    left.setTicks([[(pos, "a\nb\nc\nd " + t) for pos, t in left._tickLevels[0]]])
    view.plot.geometryChanged.disconnect()
    settle(view)
    assert any("drawn over each other" in p for p in clipped_chart_text(view))
