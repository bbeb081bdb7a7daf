"""'Newest source is N months old': counted in whole months, shown only past the limit (default
18 months, a setting in the user's config folder), never for undated sources."""

from __future__ import annotations

import datetime as dt

from etown_desktop.core.editions import staleness


def test_whole_months_between_dates():
    d = dt.date
    assert staleness.months_between(d(2023, 11, 22), d(2023, 12, 21)) == 0
    assert staleness.months_between(d(2023, 11, 22), d(2023, 12, 22)) == 1
    assert staleness.months_between(d(2023, 11, 22), d(2026, 12, 6)) == 36


def test_only_sources_older_than_the_limit_are_called_out():
    today = dt.date(2026, 12, 6)
    assert staleness.stale_months("2025-06-06", today) is None  # 18 months: within the limit
    assert staleness.stale_months("2025-06-05", today) is None
    assert staleness.stale_months("2025-05-05", today) == 19
    assert staleness.stale_months(None, today) is None
    assert staleness.staleness_text(19, "en") == "Newest source is 19 months old"
    assert staleness.staleness_text(19, "zh") == "最新来源已是 19 个月前"
    assert staleness.staleness_text(None) == ""


def test_the_limit_is_a_setting(tmp_path):
    assert staleness.limit_months() == staleness.DEFAULT_LIMIT_MONTHS == 18
    path = staleness.set_limit_months(40)
    assert path.is_file() and staleness.limit_months() == 40
    assert staleness.stale_months("2023-11-22", dt.date(2026, 12, 6)) is None


def test_the_newest_source_of_the_bundled_edition(committed_db):
    assert staleness.newest_source_date(committed_db) == "2023-11-22"
