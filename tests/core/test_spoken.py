"""What a screen reader says for a figure and a chart: the qualified value, never a bare number."""

from __future__ import annotations

import pytest

from etown_desktop.core.accessibility.spoken import (
    spoken_chart,
    spoken_figure,
    spoken_series,
    spoken_value,
)
from etown_desktop.core.charts import BUILDERS, build_chart


def test_a_figure_reads_as_qualified_value_label_period_and_source(repo):
    f = repo.figure("F001")
    assert spoken_figure(f, "en") == "nearly ¥600 bn, Gross industrial output value, 2021, source S1"
    assert spoken_figure(f, "zh").startswith("近6000亿元，")
    assert spoken_figure(f, "zh").endswith("，2021年，来源S1")


def test_a_card_label_replaces_the_figures_own(repo):
    assert ", Output, 2021, " in spoken_figure(repo.figure("F001"), "en", label="Output")


def test_a_figure_without_period_says_so(repo):
    f = repo.figure("F003")
    assert "period not stated" in spoken_figure(f, "en")
    assert spoken_figure(f, "en").startswith("more than 90%")


@pytest.mark.parametrize("label,spoken", [
    ("≈ ¥600 bn", "approximately ¥600 bn"), ("> 90%", "more than 90%"), ("≥ 3", "at least 3"),
    ("< 5", "less than 5"), ("≤ 5", "at most 5"), ("1,043 companies", "1,043 companies"),
])
def test_qualifier_symbols_are_spoken_as_words(label, spoken):
    assert spoken_value(label, "en") == spoken


def test_chinese_labels_already_have_words():
    assert spoken_value("近6000亿元", "zh") == "近6000亿元"


def test_a_chart_reads_its_values_in_order_with_qualifiers_and_source(repo):
    spec = build_chart(repo, "overview.output_trend")
    text = spoken_chart(spec, "en")
    points = spec.series[0].points
    positions = [text.index(f"{p.category('en')}: {spoken_value(p.label('en'), 'en')}") for p in points]
    assert positions == sorted(positions) and len(points) >= 2
    assert "approximately ¥600 bn" in text
    assert text.endswith(spec.source("en"))
    assert spoken_chart(spec, "zh").endswith(spec.source("zh"))


def test_a_matrix_names_the_stated_cells_only(repo):
    spec = build_chart(repo, "clusters.zone_matrix")
    series = spec.series[0]
    text = spoken_series(series, "en")
    stated = [p.category("en") for p in series.points if p.label_en]
    assert text == "; ".join(stated) and "●" not in text


@pytest.mark.parametrize("chart_id", list(BUILDERS))
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_chart_speaks_every_stated_value(repo, chart_id, lang):
    spec = build_chart(repo, chart_id)
    text = spoken_chart(spec, lang)
    for series in spec.series:
        for p in series.points:
            if p.label(lang) and p.label(lang) != "●":
                assert spoken_value(p.label(lang), lang) in text
