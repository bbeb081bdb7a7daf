"""Booth statistics from the visit log: visits per hour, median visit length, top slides and
figures, language share; written to CSV or XLSX here (the one-page PDF is drawn by the UI)."""

from __future__ import annotations

import csv
import io
import sqlite3
import statistics
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from etown_desktop.core.errors import ExportFailed, VisitLogUnavailable
from etown_desktop.core.export.atomic import check_extension, write_bytes, write_with
from etown_desktop.core.visits.slide_titles import slide_label

STATS_EXTENSIONS = (".csv", ".xlsx", ".pdf")
TOP_N = 10


@dataclass(frozen=True)
class BoothStats:
    since: date | None
    first: datetime | None
    last: datetime | None
    visits: int
    median_visit_s: float | None
    visits_per_hour: tuple[tuple[str, int], ...]  # ("2026-11-25 14:00", 3)
    top_slides: tuple[tuple[str, int, int, float], ...]  # (story, slide, views, seconds)
    top_figures: tuple[tuple[str, int], ...]  # (figure id, taps)
    languages: tuple[tuple[str, int], ...]  # (lang, slide views in it)
    figure_taps: int = 0  # every tap, not only the top figures
    contacts: int = 0  # visits that left a contact ("Leave your contact" at the kiosk)
    continued: int = 0  # resets a visitor stopped by answering "Still there?"

    @property
    def empty(self) -> bool:
        return self.visits == 0 and not self.top_slides and not self.top_figures


def _local(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, tz=timezone.utc).astimezone()


def _reader(path: Path) -> sqlite3.Connection:
    """A connection that only reads. Opened read-write where the folder allows, so that, as the
    last connection, its close folds the write-ahead log back and removes -wal / -shm (a
    ``mode=ro`` connection would leave them behind); read-only otherwise."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
        conn.execute("PRAGMA query_only = 1")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def read_stats(path: Path, since: date | None = None) -> BoothStats:
    path = Path(path)
    if not path.is_file():
        raise VisitLogUnavailable(f"No visit log at {path}: the kiosk or a presentation has not "
                                  "run on this computer yet.", "missing", path)
    start = datetime.combine(since, datetime.min.time()).astimezone().timestamp() if since else 0.0
    try:
        conn = _reader(path)
        try:
            rows = conn.execute(
                "SELECT ts, kind, story, slide, figure, lang, seconds FROM events WHERE ts >= ? "
                "ORDER BY ts", (start,)).fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise VisitLogUnavailable(f"The visit log {path} cannot be read ({exc}).", "unreadable", path,
                                  str(exc)) from exc
    visits = [r for r in rows if r[1] == "visit"]
    per_hour: dict[str, int] = {}
    for r in visits:
        key = _local(r[0]).strftime("%Y-%m-%d %H:00")
        per_hour[key] = per_hour.get(key, 0) + 1
    slides: dict[tuple[str, int], list[float]] = {}
    langs: dict[str, int] = {}
    for r in rows:
        if r[1] == "slide":
            slides.setdefault((r[2], r[3]), []).append(r[6] or 0.0)
            langs[r[5]] = langs.get(r[5], 0) + 1
    figures: dict[str, int] = {}
    for r in rows:
        if r[1] == "figure":
            figures[r[4]] = figures.get(r[4], 0) + 1
    top_slides = sorted(((s, n, len(v), round(sum(v), 1)) for (s, n), v in slides.items()),
                        key=lambda t: (-t[2], -t[3], t[0], t[1]))[:TOP_N]
    return BoothStats(
        since=since,
        first=_local(rows[0][0]) if rows else None,
        last=_local(rows[-1][0]) if rows else None,
        visits=len(visits),
        median_visit_s=round(statistics.median(r[6] for r in visits), 1) if visits else None,
        visits_per_hour=tuple(sorted(per_hour.items())),
        top_slides=tuple(top_slides),
        top_figures=tuple(sorted(figures.items(), key=lambda t: (-t[1], t[0]))[:TOP_N]),
        languages=tuple(sorted(langs.items(), key=lambda t: (-t[1], t[0]))),
        figure_taps=sum(figures.values()),
        contacts=sum(1 for r in rows if r[1] == "contact"),
        continued=sum(1 for r in rows if r[1] == "continued"),
    )


def stats_rows(stats: BoothStats,
               slide_titles: dict[tuple[str, int], str] | None = None) -> list[tuple[str, str, str, str]]:
    """(section, item, value, detail) rows: the CSV layout, one table for every section. A slide
    is named by its title with its place in the story: "The zone at a glance (zone, slide 1)"."""
    rows = [("summary", "visits", str(stats.visits), ""),
            ("summary", "figure_taps", str(stats.figure_taps), ""),
            ("summary", "contacts_left", str(stats.contacts), ""),
            ("summary", "resets_continued", str(stats.continued), ""),
            ("summary", "median_visit_seconds",
             "" if stats.median_visit_s is None else f"{stats.median_visit_s:g}", ""),
            ("summary", "since", stats.since.isoformat() if stats.since else "", ""),
            ("summary", "first_event", stats.first.isoformat(timespec="seconds") if stats.first else "", ""),
            ("summary", "last_event", stats.last.isoformat(timespec="seconds") if stats.last else "", "")]
    rows += [("visits_per_hour", hour, str(n), "") for hour, n in stats.visits_per_hour]
    rows += [("top_slides", slide_label(story, slide, slide_titles, with_place=True), str(views), f"{secs:g} s")
             for story, slide, views, secs in stats.top_slides]
    rows += [("top_figures", fid, str(n), "") for fid, n in stats.top_figures]
    total = sum(n for _, n in stats.languages) or 1
    rows += [("languages", lang or "", str(n), f"{100 * n / total:.0f}%") for lang, n in stats.languages]
    return rows


HEADER = ("section", "item", "value", "detail")


def export_stats(stats: BoothStats, path: Path | str,
                 slide_titles: dict[tuple[str, int], str] | None = None) -> Path:
    """Write CSV or XLSX (atomically). PDF is written by the UI layer."""
    path = check_extension(path, STATS_EXTENSIONS)
    ext = path.suffix.lower()
    rows = stats_rows(stats, slide_titles)
    if ext == ".csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
        return write_bytes(path, buf.getvalue().encode("utf-8"))
    if ext == ".xlsx":
        return write_with(path, lambda tmp: _write_xlsx(tmp, rows))
    raise ExportFailed("A PDF booth report is drawn by the app; use export_booth_pdf.")


def _write_xlsx(tmp: Path, rows: list[tuple[str, str, str, str]]) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(tmp))
    bold = book.add_format({"bold": True})
    sections: dict[str, list[tuple[str, str, str, str]]] = {}
    for r in rows:
        sections.setdefault(r[0], []).append(r)
    for name, items in sections.items():
        sheet = book.add_worksheet(name[:31])
        sheet.write_row(0, 0, HEADER[1:], bold)
        for i, (_, item, value, detail) in enumerate(items, start=1):
            sheet.write(i, 0, item)
            try:
                sheet.write_number(i, 1, float(value))
            except ValueError:
                sheet.write(i, 1, value)
            sheet.write(i, 2, detail)
        sheet.set_column(0, 0, 24)
        sheet.set_column(1, 2, 16)
    book.close()
