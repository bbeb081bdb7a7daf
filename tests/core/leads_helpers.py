"""Shared helpers of the lead-store tests (a store with keys and an event, quick drafts)."""

from __future__ import annotations

from pathlib import Path

from etown_desktop.core.leads.model import Personal
from etown_desktop.core.leads.store import LeadDraft, LeadStore

PASSPHRASE = "correct horse battery"


def new_store(path: Path, unlocked: bool = True, **kw) -> LeadStore:
    store = LeadStore(path / "leads.sqlite", **kw)
    store.init_keys(PASSPHRASE)
    store.add_event("Hannover Messe", date="2026-04-20", place="Hannover")
    if unlocked:
        store.unlock(PASSPHRASE)
    return store


def draft(family="Müller", given="Anna", company="Acme GmbH", email="anna@acme.example", **kw) -> LeadDraft:
    personal = Personal(family=family, given=given, company=company, email=email,
                        **{k: kw.pop(k) for k in list(kw) if k in Personal().as_dict()})
    return LeadDraft(personal=personal, **kw)
