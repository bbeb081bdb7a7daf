"""Bring a stored edition up to this version of the app's derived tables.

An edition's database holds its data tables (what was imported) and derived tables the large
views read (list tables, search indices; their layout is ``list_tables.LIST_LAYOUT``, kept in
``metadata.list_layout``). When an update of the app changes that layout, an edition imported
earlier is rebuilt from its own data tables by the one builder, checked, and swapped in whole
(same edition id, new checksum); on any failure the old file stays and the caller skips it.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import tempfile
from dataclasses import replace
from pathlib import Path

from etown_desktop.core.db.connect import open_readonly
from etown_desktop.core.editions.store import EditionInfo, EditionStore, sha256_of
from etown_desktop.core.errors import EditionError
from etown_desktop.core.queries.list_tables import LIST_LAYOUT, stored_layout

log = logging.getLogger(__name__)


def list_layout(path: Path) -> str | None:
    """The derived-table layout a database was built with (None: before layouts were recorded)."""
    try:
        conn = open_readonly(path)
    except (OSError, sqlite3.Error):
        return None
    try:
        return stored_layout(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def is_current(path: Path) -> bool:
    return list_layout(path) == LIST_LAYOUT


def rebuild(store: EditionStore, info: EditionInfo) -> EditionInfo:
    """Rebuild ``info``'s database with this app's builder; the manifest gets the new checksum."""
    from etown_desktop.core.db.build import build
    from etown_desktop.core.db.check import check_database
    from etown_desktop.core.editions.dbread import read_database
    from etown_desktop.core.editions.folder import write_folder

    staged = Path(tempfile.mkdtemp(prefix="upgrade-", dir=store.staging_folder()))
    try:
        raw = read_database(store.db_path(info.edition))
        out = build(write_folder(raw, staged / "data"), staged / f"{info.edition}.db")
        report = check_database(out)
        if not report.ok:
            raise EditionError("The rebuilt edition failed its check: " + "; ".join(report.problems))
        new = replace(info, sha256=sha256_of(out), bytes=out.stat().st_size)
        store.add(out, new)
        log.info("edition %s rebuilt for list layout %s", info.edition, LIST_LAYOUT)
        return new
    finally:
        shutil.rmtree(staged, ignore_errors=True)
