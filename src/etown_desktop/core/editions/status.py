"""What ``data status`` and ``data history`` say, and the active edition's database path."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from etown_desktop.core.db.connect import open_readonly
from etown_desktop.core.editions.store import FACTORY, EditionStore, Selection, sha256_of
from etown_desktop.core.errors import EtownError


@dataclass(frozen=True)
class EditionStatus:
    edition: str
    origin: str  # "bundled with the app" or the imported file name
    imported: str  # "" for the factory edition
    data_date: str
    sha256: str
    figures: int
    sources: int
    path: Path
    messages: tuple[str, ...]
    factory_newer: bool  # the app's bundled edition is newer than the active imported one
    factory_date: str = ""


def _db_facts(path: Path) -> dict[str, str]:
    conn = open_readonly(path)
    try:
        facts = {r[0]: r[1] for r in conn.execute("SELECT key, value FROM metadata")}
        facts["sources"] = str(conn.execute("SELECT count(*) FROM sources").fetchone()[0])
        return facts
    finally:
        conn.close()


def active_selection(factory: Path, store: EditionStore | None = None) -> Selection:
    return (store or EditionStore()).select(factory)


def _factory_date(factory: Path, sel: Selection, facts: dict[str, str]) -> tuple[bool, str]:
    """(the bundled edition is newer than the imported one in use, the bundled edition's date)."""
    factory_newer, factory_date = False, facts.get("data_date", "")
    if sel.edition is not None:
        try:
            factory_date = _db_facts(factory).get("data_date", "")
            factory_newer = factory_date > sel.edition.data_date
        except EtownError:
            factory_newer = False
    return factory_newer, factory_date


def factory_is_newer(factory: Path, store: EditionStore | None = None) -> bool:
    """What the start-up check needs of :func:`edition_status`, without its checksum of the whole
    database file (seconds on the GUI thread for a large edition)."""
    sel = (store or EditionStore()).select(factory)
    return _factory_date(factory, sel, {})[0]


def edition_status(factory: Path, store: EditionStore | None = None) -> EditionStatus:
    store = store or EditionStore()
    sel = store.select(factory)
    facts = _db_facts(sel.path)
    factory_newer, factory_date = _factory_date(factory, sel, facts)
    return EditionStatus(
        edition=facts.get("edition", ""),
        origin=FACTORY if sel.edition is None else sel.edition.origin,
        imported="" if sel.edition is None else sel.edition.imported,
        data_date=facts.get("data_date", ""),
        sha256=sel.edition.sha256 if sel.edition else sha256_of(sel.path),
        figures=int(facts.get("figure_count", "0")), sources=int(facts.get("sources", "0")),
        path=sel.path, messages=sel.messages, factory_newer=factory_newer,
        factory_date=factory_date)
