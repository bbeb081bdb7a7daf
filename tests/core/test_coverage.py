"""The honest "data as of" line: the sources' own dates next to the review date."""

from __future__ import annotations

import dataclasses
import sqlite3

from etown_desktop.core.coverage import (
    SourceCoverage,
    coverage,
    coverage_text,
    date_range,
    format_coverage,
    source_date_range,
)
from etown_desktop.core.formatting import format_date


def _raw_source_dates(db) -> tuple[list[str], int]:
    """The sources' dates read straight from the database file, not through the Repository."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT published, updated FROM sources").fetchall()
    finally:
        con.close()
    dated = [p or u for p, u in rows if (p or u)]
    return dated, len(rows) - len(dated)


def test_range_matches_the_sources_in_the_database(repo, committed_db):
    dated, undated = _raw_source_dates(committed_db)
    assert dated, "the bundled sources carry dates"
    earliest, latest, n_undated = source_date_range(repo)
    assert (earliest, latest, n_undated) == (min(dated), max(dated), undated)


def test_english_line_names_both_the_source_dates_and_the_review(repo, committed_db):
    dated, undated = _raw_source_dates(committed_db)
    line = coverage_text(repo, "en")
    assert line.startswith("Data as of: sources dated ")
    assert f"{format_date(min(dated))} – {format_date(max(dated))}" in line
    assert line.endswith(f"reviewed {format_date(repo.metadata.data_date)}")
    assert (f"({undated} undated)" in line) == bool(undated)
    # The review date never stands alone as "data as of".
    assert not line.startswith(f"Data as of: {format_date(repo.metadata.data_date)}")


def test_chinese_line(repo, committed_db):
    dated, undated = _raw_source_dates(committed_db)
    line = coverage_text(repo, "zh")
    assert line.startswith("数据时间：来源日期")
    assert f"{format_date(min(dated), 'zh')}至{format_date(max(dated), 'zh')}" in line
    assert line.endswith(f"审核于{format_date(repo.metadata.data_date, 'zh')}")
    assert (f"（{undated}篇未注明日期）" in line) == bool(undated)
    assert coverage_text(repo, "zh", label=False).startswith("来源日期")


def test_exact_wording_for_the_bundled_range():
    cov = SourceCoverage("2019-09-29", "2023-11-22", 1, "2026-11-23")
    assert format_coverage(cov, "en") == (
        "Data as of: sources dated 29 Sep 2019 – 22 Nov 2023 (1 undated) · reviewed 23 Nov 2026")
    assert format_coverage(cov, "zh") == (
        "数据时间：来源日期2019年9月29日至2023年11月22日（1篇未注明日期）· 审核于2026年11月23日")
    assert format_coverage(dataclasses.replace(cov, undated=0), "zh") == (
        "数据时间：来源日期2019年9月29日至2023年11月22日 · 审核于2026年11月23日")


def test_edge_cases(repo):
    src = repo.sources()[0]
    undated = dataclasses.replace(src, published=None, updated=None)
    only_updated = dataclasses.replace(src, published=None, updated="2022-10-10")
    assert date_range([]) == (None, None, 0)
    assert date_range([undated, undated]) == (None, None, 2)
    assert date_range([only_updated, undated]) == ("2022-10-10", "2022-10-10", 1)
    one = SourceCoverage("2022-10-10", "2022-10-10", 0, "2026-11-23")
    assert format_coverage(one, "en", label=False) == "sources dated 10 Oct 2022 · reviewed 23 Nov 2026"
    none = SourceCoverage(None, None, 3, "2026-11-23")
    assert format_coverage(none, "en") == "Data as of: sources undated · reviewed 23 Nov 2026"
    assert coverage(repo).reviewed == repo.metadata.data_date
