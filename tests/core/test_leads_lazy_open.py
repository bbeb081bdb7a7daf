"""Opening a list's leads progressively (core/leads/lazy_open): the plain columns at once, each lead's
sealed fields on demand or in time-boxed batches, every lead exactly once, nothing while locked."""

from __future__ import annotations

import pytest

from etown_desktop.core.leads.errors import LeadsLocked
from etown_desktop.core.leads.lazy_open import LeadOpener

from leads_helpers import PASSPHRASE, draft, new_store


def _store_with(tmp_path, n: int):
    store = new_store(tmp_path)
    for i in range(n):
        store.add_lead(draft(family=f"Family{i}", company=f"Company {i}", email=f"p{i}@x.example",
                             rating="hot" if i % 2 else "cold"), allow_duplicate=True)
    return store


def test_the_list_comes_without_opening_and_each_lead_opens_once(tmp_path):
    store = _store_with(tmp_path, 120)
    opener = LeadOpener(store)
    assert len(opener) == 120 and opener.opened_count == 0 and not opener.done
    assert all(lead.personal is None for lead in opener.leads)
    assert [lead.rating for lead in opener.leads[:2]] == ["cold", "hot"]  # plain columns are there already
    assert opener.open(99).personal.family == "Family99"
    assert opener.open(99) is opener.open(99) and opener.opened_count == 1
    first = opener.open_some(0.0, first=[110])  # the rows asked for first, then in list order
    assert first[0] == 110 and 99 not in first and len(first) >= 50
    opener.open_all()
    assert opener.done and opener.opened_count == 120
    assert [lead.personal.family for lead in opener.leads] == [f"Family{i}" for i in range(120)]


def test_an_event_s_leads_only(tmp_path):
    store = _store_with(tmp_path, 3)
    other = store.add_event("Canton Fair", date="2026-10-15", place="Guangzhou").id
    store.add_lead(draft(family="Elsewhere", email="e@x.example"), event_id=other)
    assert [x.personal.family for x in LeadOpener(store, other).open_all()] == ["Elsewhere"]


def test_nothing_opens_while_locked(tmp_path):
    store = _store_with(tmp_path, 2)
    opener = LeadOpener(store)
    store.lock()
    with pytest.raises(LeadsLocked):
        opener.open(0)
    with pytest.raises(LeadsLocked):
        LeadOpener(store)


def test_the_events_with_kiosk_leads_to_compare(tmp_path):
    store = _store_with(tmp_path, 2)
    assert store.unchecked_events() == []
    store.lock()
    store.add_lead(draft(family="Kiosk", email="k@x.example"), method="kiosk")
    store.unlock(PASSPHRASE)
    assert store.unchecked_events() == [1]
    assert store.unchecked_duplicates() == []  # no match: marked checked
    assert store.unchecked_events() == []
