"""Every registered chart builds from the database and every point is traceable to a sourced figure."""

from __future__ import annotations

import pytest

from etown_desktop.core.charts import (
    BUILDERS,
    KINDS,
    NOT_STATED,
    POINT_STYLES,
    build_chart,
    chart_ids,
)
from etown_desktop.core.errors import NotFound
from etown_desktop.core.formatting import QUALIFIER_SYMBOL, QUALIFIER_WORD, format_value


@pytest.mark.parametrize("chart_id", list(BUILDERS))
def test_chart_builds_with_sourced_points(repo, chart_id):
    spec = build_chart(repo, chart_id)
    assert spec.id == chart_id
    assert spec.kind in KINDS
    assert spec.title_en and spec.title_zh
    assert spec.source_en.startswith(("Source:", "Sources:")) and spec.source_zh.startswith("来源")
    assert spec.series and all(s.points for s in spec.series)
    for series in spec.series:
        for p in series.points:
            assert p.style in POINT_STYLES
            assert p.category_en and p.category_zh
            if p.style == "not_stated":
                assert p.figure_id is None and p.value == 0.0
                assert p.label_en == NOT_STATED["en"] and p.label_zh == NOT_STATED["zh"]
                continue
            if spec.kind == "matrix":
                continue
            fig = repo.figure(p.figure_id)  # raises NotFound when the figure does not exist
            assert fig.source.ref in spec.source_en
            assert fig.paragraph > 0
            # the label carries the qualifier exactly as the figure's formatted value does
            assert p.label_en.startswith(format_value(fig, "en"))
            assert p.label_zh.startswith(format_value(fig, "zh"))
            symbol = QUALIFIER_SYMBOL[fig.qualifier]
            if symbol:
                assert p.label_en.startswith(symbol)
                assert p.label_zh.startswith(QUALIFIER_WORD["zh"][fig.qualifier])
            if p.style == "":
                assert p.value == fig.value


def test_unknown_chart_is_a_named_error(repo):
    with pytest.raises(NotFound):
        build_chart(repo, "nope.nothing")
    assert chart_ids() == list(BUILDERS)


def test_output_trend_is_one_bar_per_stated_year(repo):
    spec = build_chart(repo, "overview.output_trend")
    years = [f.year for f in repo.series("industrial_output")]
    assert [p.category_en for p in spec.series[0].points] == [str(y) for y in years]
    assert years[0] == 2012 and years[-1] == 2021


def test_fortune500_presence_keeps_both_sources(repo):
    spec = build_chart(repo, "fortune500.presence")
    project_ids = {f.id for f in repo.figures(metric="fortune500_projects")}
    shown = set(spec.figure_ids)
    assert project_ids <= shown
    labels = {repo.figure(i).qualifier for i in project_ids}
    if len(labels) > 1:  # the sources disagree: the note must say so
        assert "differ" in spec.note_en


def test_work_permit_never_shows_a_missing_value_as_zero(repo):
    spec = build_chart(repo, "reforms.work_permit")
    measures = repo.reform_measures("work_permit")
    assert len(spec.series) == len(measures)
    for m, series in zip(measures, spec.series):
        before, after = series.points
        assert before.figure_id == m.before.id and before.value == m.before.value
        if m.after is None:
            assert after.style == "not_stated" and after.label_en == "not stated"
        elif m.after.unit.id != m.before.unit.id and after.style == "converted":
            # drawn in the before-unit, but the label states the source's own value and unit
            assert after.label_en.startswith(format_value(m.after, "en"))
            assert m.before.unit.en in after.label_en
            assert "drawn" in spec.note_en


def test_plan_targets_mark_related_actuals_as_context(repo):
    spec = build_chart(repo, "targets.plan2025")
    targets = repo.targets("etown_2025")
    assert len(spec.series) == len(targets)
    for t, series in zip(targets, spec.series):
        target, actual = series.points
        assert target.figure_id == t.target.id
        if t.actual is None:
            assert actual.style == "not_stated"
        elif t.actual_relation == "related":
            assert actual.style == "context" and actual.figure_id == t.actual.id
            assert "different measure" in spec.note_en


def test_zone_matrix_marks_exactly_the_zones(repo):
    spec = build_chart(repo, "clusters.zone_matrix")
    marked = {(s.name_en, p.category_en) for s in spec.series for p in s.points if p.value}
    zones = {(z.district.name_en, z.industry.name_en) for z in repo.cluster_zones()}
    assert marked == zones


def test_chinese_axis_unit_matches_the_plotted_scale(repo):
    """One unit per chart: bars are plotted in the figure's own unit (billions), the Chinese bar
    labels say 亿元, so the Chinese axis says 亿元 too and its tick numbers are scaled to it
    (axis_scale); an axis saying 十亿元 beside labels saying 亿元 mixes two units."""
    from etown_desktop.core.charts import all_charts

    for spec in all_charts(repo):
        assert "十亿" not in spec.axis_zh, (spec.id, spec.axis_zh)
        units = {repo.figure(fid).unit for fid in spec.figure_ids}
        for unit in units:
            if unit.zh_factor != 1 and spec.axis_zh:
                assert spec.axis_zh.startswith(unit.zh), (spec.id, spec.axis_zh)
                assert spec.axis_scale("zh") == unit.zh_factor, spec.id
                assert spec.axis_scale("en") == 1.0
                labels = [p.label_zh for s in spec.series for p in s.points if p.figure_id]
                assert all(unit.zh in label for label in labels), (spec.id, labels)
