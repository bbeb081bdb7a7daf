"""ChartView draws one bar per point at the figure's height, with qualifier labels; clicks report figures."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from settle import settle
from PySide6.QtCore import Qt

from etown_desktop.core.charts import BUILDERS, build_chart
from etown_desktop.ui.charts.chart_view import ChartView


def _show(qtbot, spec, hub=None):
    view = ChartView(spec, hub, lang="en")
    qtbot.addWidget(view)
    view.resize(1200, view.sizeHint().height())
    view.show()
    qtbot.waitExposed(view)
    return view


def _bars(view):
    return [item for plot in view.plots for item in plot.items if isinstance(item, pg.BarGraphItem)]


def _texts(view):
    return [item.toPlainText() for plot in view.plots for item in plot.items
            if isinstance(item, pg.TextItem)]


def test_output_trend_bars_match_the_figures(qtbot, repo):
    spec = build_chart(repo, "overview.output_trend")
    view = _show(qtbot, spec)
    figs = repo.series("industrial_output")
    bars = _bars(view)
    assert len(bars) == len(figs) == len(spec.series[0].points)
    heights = [float(b.opts["height"][0]) for b in bars]
    assert heights == [f.value for f in figs]
    from etown_desktop.core.formatting import format_value
    texts = _texts(view)
    for f in figs:
        assert format_value(f, "en") in texts  # qualifier included, e.g. "≈ ¥600 bn"
    assert view.title_label.text() == spec.title_en
    assert view.source_label.text() == spec.source_en


@pytest.mark.parametrize("chart_id", list(BUILDERS))
def test_every_chart_draws_each_stated_point(qtbot, repo, chart_id):
    spec = build_chart(repo, chart_id)
    view = _show(qtbot, spec)
    stated = [p for s in spec.series for p in s.points if p.stated and p.figure_id]
    assert [h.figure_id for _, h in view.hits if h.figure_id] == [p.figure_id for p in stated]
    texts = " ".join(_texts(view))
    for s in spec.series:
        for p in s.points:
            if spec.kind != "matrix":
                assert p.label_en.split()[0] in texts
    if any(not p.stated for s in spec.series for p in s.points):
        assert "not stated" in texts


def test_clicking_a_bar_reports_its_figure(qtbot, repo, hub):
    spec = build_chart(repo, "clusters.bluepaper_2020")
    view = _show(qtbot, spec, hub)
    settle(view)
    for index in (0, len(view.hits) - 1):
        widget, scene_pos = view.bar_scene_center(index)
        expected = view.hits[index][1].figure_id
        viewport_pos = widget.mapFromScene(scene_pos)
        with qtbot.waitSignal(hub.figureActivated, timeout=2000) as blocker:
            qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=viewport_pos)
        assert blocker.args == [expected]


def test_hovering_a_bar_shows_its_figure(qtbot, repo, hub):
    spec = build_chart(repo, "reforms.work_permit")
    view = _show(qtbot, spec, hub)
    settle(view)
    widget, scene_pos = view.bar_scene_center(0)
    with qtbot.waitSignal(view.figureHovered, timeout=2000) as blocker:
        qtbot.mouseMove(widget.viewport(), widget.mapFromScene(scene_pos))
    assert blocker.args == [view.hits[0][1].figure_id]


def test_not_stated_point_draws_no_bar(qtbot, repo):
    spec = build_chart(repo, "reforms.work_permit")
    view = _show(qtbot, spec)
    n_stated = sum(1 for s in spec.series for p in s.points if p.stated)
    assert len(_bars(view)) == n_stated
