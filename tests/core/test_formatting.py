from __future__ import annotations

from etown_desktop.core.formatting import (
    format_number,
    format_period,
    format_publisher,
    format_source_date,
    format_usd,
    format_value,
)


def test_value_with_qualifier_and_unit(repo):
    output = repo.figure("F001")
    assert format_value(output) == "≈ ¥600 bn"
    assert format_value(output, style="words") == "nearly ¥600 bn"
    assert format_value(output, "zh") == "近6000亿元"
    assert format_value(repo.figure("F003")) == "> 90%"
    assert format_value(repo.figure("F003"), "zh") == "超过90%"
    assert format_value(repo.figure("F033")) == "1,043 firms"
    assert format_value(repo.figure("F034")) == "≈ US$11 bn"
    assert format_value(repo.figure("F034"), "zh") == "近110亿美元"
    assert format_value(repo.figure("F002")) == "No. 1"
    assert format_value(repo.figure("F072"), style="words") == "at most 3 industries"
    assert format_value(repo.figure("F031")) == "1 week"


def test_usd_conversion_shows_the_sources_rate(repo):
    assert format_usd(repo.figure("F001")) == "US$86 bn (source's rate ¥6.98 per US$)"
    assert format_usd(repo.figure("F001"), "zh") == "860亿美元（原文汇率：1美元≈6.98元）"
    assert format_usd(repo.figure("F055"), "zh") == "91659.67美元（原文汇率：1美元≈7.09元）"
    assert format_usd(repo.figure("F003")) is None


def test_missing_publisher_date_and_period_are_said_not_guessed(repo):
    undated = repo.figure("F013")
    assert format_source_date(undated.source) == "undated"
    assert format_source_date(undated.source, "zh") == "未注明日期"
    assert format_publisher(undated.source) == "publisher not stated"
    assert format_period(undated) == "period not stated"
    assert format_source_date(repo.figure("F040").source) == "updated 10 Oct 2022"
    assert format_source_date(repo.figure("F001").source) == "22 Oct 2022"


def test_number_forms():
    assert format_number(349200) == "349,200"
    assert format_number(96.7) == "96.7"
    assert format_number(0.35) == "0.35"
    assert format_number(3.0) == "3"


def test_chinese_numbers_use_wan_only_when_exact(repo):
    assert format_value(repo.figure("F037"), "zh") == "34.92万人"
    assert format_value(repo.figure("F055"), "zh") == "约65万元/人"
    assert format_value(repo.figure("F035"), "zh") == "100万平方米"
    assert format_value(repo.figure("F063"), "zh") == "2.5万家"
    assert format_value(repo.figure("F033"), "zh") == "1043家"
    assert format_value(repo.figure("F001"), "zh") == "近6000亿元"
