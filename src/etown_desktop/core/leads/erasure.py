"""Withdraw consent, delete on request, and make sure deleted bytes leave the file.

Deletion runs with ``PRAGMA secure_delete=ON`` (freed pages are zeroed), then the WAL is
checkpointed and truncated, the file is VACUUMed (rewritten without free pages) and the WAL is
truncated again: neither ``leads.sqlite`` nor ``leads.sqlite-wal`` keeps the deleted lead's bytes.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from etown_desktop.core.leads.model import Personal

log = logging.getLogger(__name__)


def compact(store) -> bool:
    """Checkpoint + VACUUM + checkpoint; True when done. When another process holds the file (the
    kiosk, say) it is marked and done again the next time the store is opened."""
    from etown_desktop.core.leads.errors import LeadStoreUnavailable

    try:
        store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.execute("VACUUM")
        busy = store.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    except LeadStoreUnavailable as exc:
        log.warning("lead store not compacted now (%s); it will be at the next start", exc)
        busy = 1
    store.set_setting("needs_compact", "1" if busy else "")
    return not busy


def withdraw(store, lead_id: int, staffer: str = "", method: str = "staff") -> None:
    """Withdraw every consent. What is kept is only what honouring it needs: the name, company and
    email (sealed) so the person is recognised and not contacted again, and the consent history
    that proves what was given and when it was withdrawn. Phone, title, notes, answers, next step,
    sectors, rating and country are erased, and their bytes compacted away."""
    store._require_unlocked()
    lead = store.lead(lead_id)
    p = lead.personal
    kept = Personal(family=p.family, given=p.given, company=p.company, email=p.email)
    now = store._now()
    with store._tx():
        store._insert_consent(lead_id, frozenset(), staffer, method, lead.lang, now, withdrawn=True)
        store.execute("UPDATE leads SET updated=?, withdrawn=1, country='', sectors='', rating='', due='', "
                      "sealed=? WHERE id=?", (now, store._seal(kept), lead_id))
    compact(store)
    log.info("lead %d withdrew consent", lead_id)


def delete_leads(store, lead_ids: list[int]) -> int:
    """Delete leads, their consent history and the brief files made for them; then compact."""
    ids = [int(i) for i in lead_ids]
    for lead_id in ids:
        store.lead(lead_id, decrypt=False)  # LeadNotFound for an unknown id, before anything is deleted
    for lead_id in ids:
        for path in store.brief_paths(lead_id):
            with contextlib.suppress(OSError):
                Path(path).unlink()
        with store._tx():
            store.execute("DELETE FROM briefs WHERE lead_id=?", (lead_id,))
            store.execute("DELETE FROM consents WHERE lead_id=?", (lead_id,))
            store.execute("DELETE FROM leads WHERE id=?", (lead_id,))
    if ids:
        compact(store)
        log.info("deleted %d lead(s)", len(ids))
    return len(ids)


def delete_lead(store, lead_id: int) -> None:
    delete_leads(store, [lead_id])
