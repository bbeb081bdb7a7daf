"""The lead store's SQLite schema and connection settings (WAL, full sync, secure delete)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from etown_desktop.core.leads.errors import LeadStoreUnavailable

STORE_FILE = "leads.sqlite"
SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS keyring (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    public_key BLOB NOT NULL, salt BLOB NOT NULL, opslimit INTEGER NOT NULL,
    memlimit INTEGER NOT NULL, sealed_private BLOB NOT NULL, changed TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, date TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '', lang TEXT NOT NULL DEFAULT 'en',
    retention_months INTEGER NOT NULL DEFAULT 12, kiosk_leads INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS leads (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events (id),
    created TEXT NOT NULL, updated TEXT NOT NULL,
    staffer TEXT NOT NULL DEFAULT '', method TEXT NOT NULL DEFAULT 'staff',
    lang TEXT NOT NULL DEFAULT 'en', country TEXT NOT NULL DEFAULT '',
    sectors TEXT NOT NULL DEFAULT '',      -- space-separated sector ids
    rating TEXT NOT NULL DEFAULT '', due TEXT NOT NULL DEFAULT '',
    withdrawn INTEGER NOT NULL DEFAULT 0,
    dup_checked INTEGER NOT NULL DEFAULT 1, -- 0: written while locked (kiosk), not compared yet
    sealed BLOB NOT NULL                   -- names, company, title, email, phone, notes, answers
);
CREATE INDEX IF NOT EXISTS leads_event ON leads (event_id);
CREATE TABLE IF NOT EXISTS consents (
    id INTEGER PRIMARY KEY,
    lead_id INTEGER NOT NULL REFERENCES leads (id),
    created TEXT NOT NULL, notice_version INTEGER NOT NULL, notice_lang TEXT NOT NULL,
    contact INTEGER NOT NULL, materials INTEGER NOT NULL, marketing INTEGER NOT NULL,
    partners INTEGER NOT NULL, abroad INTEGER NOT NULL,
    staffer TEXT NOT NULL DEFAULT '', method TEXT NOT NULL, withdrawn INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS consents_lead ON consents (lead_id);
CREATE TABLE IF NOT EXISTS briefs (
    id INTEGER PRIMARY KEY, lead_id INTEGER NOT NULL REFERENCES leads (id),
    path TEXT NOT NULL, created TEXT NOT NULL
);
"""


def default_store_path() -> Path:
    from etown_desktop.core.user_folders import user_data_dir

    return user_data_dir() / STORE_FILE


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the store; a damaged or unwritable file -> LeadStoreUnavailable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=5, isolation_level=None)
        conn.execute("PRAGMA secure_delete=ON")  # freed pages are zeroed, not left readable
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")  # a committed lead survives a power cut
        conn.execute("PRAGMA foreign_keys=ON")
        conn.executescript(SCHEMA)
        conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        version = int(conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0])
    except (OSError, sqlite3.Error, ValueError) as exc:
        raise LeadStoreUnavailable(f"The lead database {path} cannot be opened ({exc}). "
                                   "The fact book still works; check the folder or restore a backup.") from exc
    if version > SCHEMA_VERSION:
        conn.close()
        raise LeadStoreUnavailable(f"The lead database {path} was written by a newer version of the app.")
    return conn
