"""The visit log: anonymous events, batched WAL writes, visits that exclude the idle wait, stats."""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
from datetime import date

import pytest

from etown_desktop.core.errors import VisitLogUnavailable
from etown_desktop.core.visits.stats import export_stats, read_stats
from etown_desktop.core.visits.tracker import VisitTracker
from etown_desktop.core.visits.visit_log import VisitLog


class Clock:
    def __init__(self, t: float = 1_764_000_000.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def _rows(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT kind, story, slide, figure, lang, seconds FROM events ORDER BY id").fetchall()
    finally:
        conn.close()


def test_visit_length_excludes_the_idle_wait(tmp_path):
    clock = Clock()
    log = VisitLog(tmp_path / "v.sqlite", clock=clock)
    tracker = VisitTracker(log, "zone", "en", clock=clock)
    tracker.slide_shown(0)  # attract loop: not logged
    clock.t += 5
    tracker.activity()
    tracker.slide_shown(0)
    clock.t += 10
    tracker.figure_tapped("F001", 0)
    tracker.activity()
    tracker.slide_shown(1)
    clock.t += 20
    tracker.activity()
    tracker.language_chosen("zh")
    clock.t += 90  # nobody touches it: the idle timeout
    tracker.idle()
    log.flush()
    rows = _rows(tmp_path / "v.sqlite")
    assert ("slide", "zone", 1, None, "en", 10.0) in rows
    assert ("figure", "zone", 1, "F001", "en", None) in rows
    assert ("language", None, None, None, "zh", None) in rows
    assert ("slide", "zone", 2, None, "zh", 110.0) in rows
    visits = [r for r in rows if r[0] == "visit"]
    assert visits == [("visit", None, None, None, "zh", 30.0)]  # 5 s -> last input at 35 s


def test_nothing_is_written_before_a_flush_and_wal_is_on(tmp_path):
    log = VisitLog(tmp_path / "v.sqlite", batch_size=100)
    log.language_chosen("en")
    assert _rows(tmp_path / "v.sqlite") == []
    assert log.flush() == 1
    conn = sqlite3.connect(tmp_path / "v.sqlite")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_stats_and_csv_xlsx(tmp_path):
    clock = Clock()
    log = VisitLog(tmp_path / "v.sqlite", clock=clock)
    for length in (10, 30, 50):
        log.visit(length, "en")
        log.slide_shown("zone", 2, 5, "en")
        clock.t += 60
    log.slide_shown("zone", 3, 7, "zh")
    log.figure_tapped("zone", 1, "F033", "zh")
    log.close()
    stats = read_stats(tmp_path / "v.sqlite")
    assert stats.visits == 3 and stats.median_visit_s == 30
    assert stats.top_slides[0] == ("zone", 2, 3, 15.0)
    assert stats.top_figures == (("F033", 1),)
    assert dict(stats.languages) == {"en": 3, "zh": 1}
    assert sum(n for _, n in stats.visits_per_hour) == 3
    out = export_stats(stats, tmp_path / "r.csv")
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert rows[0] == ["section", "item", "value", "detail"]
    assert ["summary", "visits", "3", ""] in rows
    xlsx = export_stats(stats, tmp_path / "r.xlsx")
    import openpyxl

    book = openpyxl.load_workbook(xlsx)
    assert {"summary", "visits_per_hour", "top_slides", "top_figures", "languages"} <= set(book.sheetnames)
    assert read_stats(tmp_path / "v.sqlite", since=date(2100, 1, 1)).visits == 0


def test_no_log_is_a_clear_error(tmp_path):
    with pytest.raises(VisitLogUnavailable, match="has not run"):
        read_stats(tmp_path / "none.sqlite")


WRITER = """
import sys, time
from etown_desktop.core.visits.visit_log import VisitLog
log = VisitLog(sys.argv[1], batch_size=1000)
last = time.monotonic()
n = 0
while True:
    log.slide_shown("zone", n % 11 + 1, 0.1, "en")
    n += 1
    if time.monotonic() - last > 0.2:
        log.flush()
        last = time.monotonic()
        print(n, flush=True)
    time.sleep(0.002)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9")
def test_log_survives_kill_9_mid_loop(tmp_path):
    path = tmp_path / "v.sqlite"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        flushed = [int(proc.stdout.readline()) for _ in range(5)]
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    count = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    conn.close()
    assert count >= flushed[-1]  # every flushed batch survived; only the unflushed tail is lost


def test_closing_the_log_and_reading_stats_leave_no_wal_or_shm(tmp_path):
    """After the kiosk closes its log, and after `stats` reads it, the folder holds the log alone."""
    log = VisitLog(tmp_path / "visits.sqlite", batch_size=100)
    log.visit(12, "en")
    log.flush()
    assert (tmp_path / "visits.sqlite-wal").exists()  # open: the write-ahead log is in use
    reader = sqlite3.connect(tmp_path / "visits.sqlite")  # another connection still open
    reader.execute("SELECT count(*) FROM events").fetchone()
    log.language_chosen("zh")
    log.close()
    log.close()  # twice: harmless
    reader.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["visits.sqlite"]
    assert read_stats(tmp_path / "visits.sqlite").visits == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["visits.sqlite"]
    assert _rows(tmp_path / "visits.sqlite")[-1][0] == "language"
