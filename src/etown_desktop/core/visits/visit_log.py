"""The visit log: anonymous events in a local SQLite file (WAL), written in small batches.

Events: a slide shown and the seconds it stayed, a figure tapped, a language chosen, and a visit
(its length excludes the idle wait that ended it). No personal data; nothing leaves the machine.
A batch is committed every ``flush_s`` seconds (the UI calls :meth:`flush` from a timer), so a
``kill -9`` loses at most the last few seconds; WAL keeps the file intact."""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from etown_desktop.core.errors import VisitLogUnavailable
from etown_desktop.core.lazy_record import LazyFrozenRecord

log = logging.getLogger(__name__)

LOG_FILE = "visits.sqlite"
# contact: a lead left at the kiosk; continued: a visitor answered "Still there?" before the reset
EVENT_KINDS = ("slide", "figure", "language", "visit", "contact", "continued")
SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    ts REAL NOT NULL,              -- Unix time (UTC) of the event
    mode TEXT NOT NULL,            -- kiosk | present
    kind TEXT NOT NULL,            -- slide | figure | language | visit | contact | continued
    story TEXT,
    slide INTEGER,                 -- 1-based position in the story
    figure TEXT,
    lang TEXT,
    seconds REAL                   -- time on the slide / length of the visit
);
CREATE INDEX IF NOT EXISTS events_ts ON events (ts);
"""


def default_log_path() -> Path:
    from etown_desktop.core.user_folders import user_data_dir

    return user_data_dir() / LOG_FILE


class Event(metaclass=LazyFrozenRecord):  # a frozen dataclass once used (core/lazy_record.py)
    ts: float
    mode: str
    kind: str
    story: str | None = None
    slide: int | None = None
    figure: str | None = None
    lang: str | None = None
    seconds: float | None = None


def connect(path: Path) -> sqlite3.Connection:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=5)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.executescript(SCHEMA)
        return conn
    except (OSError, sqlite3.DatabaseError) as exc:
        raise VisitLogUnavailable(f"The visit log {path} cannot be opened ({exc}).", "unopenable", path,
                                  str(exc)) from exc


class VisitLog:
    """Buffered writer. ``clock`` gives Unix time (injected in tests)."""

    def __init__(self, path: Path | None = None, mode: str = "kiosk",
                 clock: Callable[[], float] = time.time, batch_size: int = 50) -> None:
        self.path = Path(path) if path is not None else default_log_path()
        self.mode = mode
        self.clock = clock
        self.batch_size = batch_size
        self._pending: list[Event] = []
        self._conn: sqlite3.Connection | None = connect(self.path)

    def add(self, kind: str, **fields) -> Event:
        if kind not in EVENT_KINDS:
            raise ValueError(f"unknown visit-log event {kind!r}")
        event = Event(self.clock(), self.mode, kind, **fields)
        self._pending.append(event)
        if len(self._pending) >= self.batch_size:
            self.flush()
        return event

    def slide_shown(self, story: str, slide: int, seconds: float, lang: str) -> None:
        self.add("slide", story=story, slide=slide, seconds=round(seconds, 3), lang=lang)

    def figure_tapped(self, story: str, slide: int, figure: str, lang: str) -> None:
        self.add("figure", story=story, slide=slide, figure=figure, lang=lang)

    def language_chosen(self, lang: str) -> None:
        self.add("language", lang=lang)

    def contact_left(self, lang: str) -> None:
        """A visitor left their contact at the kiosk (nothing of it is logged here, only the fact)."""
        self.add("contact", lang=lang)

    def visit_continued(self, lang: str) -> None:
        """The kiosk asked "Still there?" before starting over, and the visitor continued."""
        self.add("continued", lang=lang)

    def visit(self, seconds: float, lang: str) -> None:
        self.add("visit", seconds=round(max(0.0, seconds), 3), lang=lang)

    def flush(self) -> int:
        """Commit the pending events in one transaction; returns how many."""
        if not self._pending:
            return 0
        if self._conn is None:
            log.error("Visit log closed; %d events not written", len(self._pending))
            return 0
        rows = [(e.ts, e.mode, e.kind, e.story, e.slide, e.figure, e.lang, e.seconds)
                for e in self._pending]
        try:
            with self._conn:
                self._conn.executemany(
                    "INSERT INTO events (ts, mode, kind, story, slide, figure, lang, seconds) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        except sqlite3.DatabaseError as exc:
            log.error("Visit log write failed (%s); %d events kept for the next try", exc, len(rows))
            return 0
        self._pending.clear()
        return len(rows)

    def close(self) -> None:
        """Write what is pending, fold the write-ahead log into the file and close: the folder
        then holds visits.sqlite alone (no -wal / -shm left behind). Closing twice is harmless."""
        if self._conn is None:
            return
        self.flush()
        try:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.DatabaseError as exc:  # another reader holds it: SQLite keeps the WAL
            log.warning("Visit log checkpoint failed: %s", exc)
        self._conn.close()
        self._conn = None
