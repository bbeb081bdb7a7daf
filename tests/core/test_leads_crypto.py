"""Leads at rest: sealed personal fields, the kiosk writes what it cannot read, secure deletion."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from etown_desktop.core.leads import erasure
from etown_desktop.core.leads.errors import (LeadDataTampered, LeadsLocked, LeadsNotInitialised,
                                             PassphraseRejected, WrongPassphrase)
from etown_desktop.core.leads.store import LeadStore

from leads_helpers import PASSPHRASE, draft, new_store

SECRETS = ("Müller", "anna@acme.example", "+49 30 99887766", "Acme GmbH", "wants 40 ha of land")


def raw_bytes(store_path: Path) -> bytes:
    """The database file and its WAL, as a thief would read them."""
    out = b""
    for suffix in ("", "-wal", "-journal"):
        f = Path(str(store_path) + suffix)
        if f.exists():
            out += f.read_bytes()
    return out


def kiosk_adds(path: Path, n: int = 3) -> None:
    """The kiosk's path: open the store without any passphrase and add leads."""
    kiosk = LeadStore(path)
    assert not kiosk.unlocked
    for i in range(n):
        kiosk.add_lead(draft(phone="+49 30 99887766", notes="wants 40 ha of land", email=f"{i}anna@acme.example"),
                       frozenset({"contact"}), method="kiosk")
    with pytest.raises(LeadsLocked):
        kiosk.leads(decrypt=True)
    assert kiosk._sealer is not None and not kiosk._sealer.can_open  # holds the public key only
    kiosk.close()


def test_kiosk_writes_leave_no_personal_text_in_the_file(tmp_path):
    store = new_store(tmp_path, unlocked=False)
    store.close()
    kiosk_adds(tmp_path / "leads.sqlite")
    data = raw_bytes(tmp_path / "leads.sqlite")
    for secret in SECRETS:
        for encoding in ("utf-8", "utf-16-le"):
            assert secret.encode(encoding) not in data, secret
    staff = LeadStore(tmp_path / "leads.sqlite")
    staff.unlock(PASSPHRASE)
    leads = staff.leads()
    assert len(leads) == 3 and leads[0].personal.phone == "+49 30 99887766"
    assert leads[0].method == "kiosk"


def test_kiosk_leads_are_compared_for_duplicates_at_unlock(tmp_path):
    store = new_store(tmp_path)
    first = store.add_lead(draft(email="0anna@acme.example"))
    store.close()
    kiosk_adds(tmp_path / "leads.sqlite", n=2)
    staff = LeadStore(tmp_path / "leads.sqlite")
    staff.unlock(PASSPHRASE)
    # both kiosk leads share name + company with the first (and with each other)
    found = staff.unchecked_duplicates()
    assert [lead_id for lead_id, _ in found] == [2, 3] and first in found[0][1]


def test_wrong_passphrase_is_a_clear_error(tmp_path):
    store = new_store(tmp_path, unlocked=False)
    with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
        store.unlock("not the passphrase")
    assert not store.unlocked


def test_locked_store_without_keys_says_how_to_start(tmp_path):
    store = LeadStore(tmp_path / "leads.sqlite")
    store.add_event("X")
    with pytest.raises(LeadsNotInitialised, match="leads init"):
        store.add_lead(draft())


def test_lock_forgets_the_private_key(tmp_path):
    store = new_store(tmp_path)
    store.add_lead(draft())
    store.lock()
    assert not store.unlocked
    with pytest.raises(LeadsLocked):
        store.leads(decrypt=True)
    assert store.leads()[0].personal is None  # the plain part stays listable


def test_a_tampered_lead_is_refused_not_crashed(tmp_path):
    store = new_store(tmp_path)
    lead_id = store.add_lead(draft())
    blob = bytearray(store.execute("SELECT sealed FROM leads WHERE id=?", (lead_id,)).fetchone()[0])
    blob[40] ^= 0x01
    store.execute("UPDATE leads SET sealed=? WHERE id=?", (bytes(blob), lead_id))
    with pytest.raises(LeadDataTampered):
        store.lead(lead_id)


def test_a_tampered_key_record_is_refused(tmp_path):
    store = new_store(tmp_path, unlocked=False)
    store.execute("UPDATE keyring SET public_key = ?", (bytes(32),))
    with pytest.raises(LeadDataTampered):
        LeadStore(store.path).unlock(PASSPHRASE)


def test_changing_the_passphrase_reencrypts_only_the_private_key(tmp_path):
    store = new_store(tmp_path)
    lead_id = store.add_lead(draft())
    before = store.execute("SELECT sealed FROM leads").fetchone()[0]
    store.change_passphrase(PASSPHRASE, "a new longer passphrase")
    assert store.execute("SELECT sealed FROM leads").fetchone()[0] == before
    again = LeadStore(store.path)
    with pytest.raises(WrongPassphrase):
        again.unlock(PASSPHRASE)
    again.unlock("a new longer passphrase")
    assert again.lead(lead_id).personal.email == "anna@acme.example"
    with pytest.raises(PassphraseRejected):
        again.change_passphrase("a new longer passphrase", "short")


def test_delete_removes_the_sealed_bytes_from_the_file_and_wal(tmp_path):
    store = new_store(tmp_path)
    gone = store.add_lead(draft(), frozenset({"contact"}))
    kept = store.add_lead(draft(email="keep@b.example", family="Keep", company="B"))
    sealed = store.execute("SELECT sealed FROM leads WHERE id=?", (gone,)).fetchone()[0]
    assert sealed in raw_bytes(store.path)
    erasure.delete_lead(store, gone)
    data = raw_bytes(store.path)
    assert sealed not in data and sealed[:48] not in data
    assert [lead.id for lead in store.leads()] == [kept]
    assert store.consent_history(gone) == []


class _Plain:
    """No encryption: shows that deletion itself removes the bytes (not only the sealing)."""

    can_open = True

    @staticmethod
    def seal(data: bytes) -> bytes:
        return data

    @staticmethod
    def open(data: bytes) -> bytes:
        return bytes(data)


def test_delete_leaves_no_trace_of_the_email_even_unencrypted(tmp_path):
    store = new_store(tmp_path)
    store._sealer = _Plain()
    gone = store.add_lead(draft(email="delete.me@acme.example"))
    store.add_lead(draft(email="keep@b.example", family="Keep", company="B"))
    store.record_brief(gone, tmp_path / "brief.pdf")
    (tmp_path / "brief.pdf").write_bytes(b"%PDF")
    assert b"delete.me@acme.example" in raw_bytes(store.path)
    erasure.delete_lead(store, gone)
    assert b"delete.me@acme.example" not in raw_bytes(store.path)
    assert b"keep@b.example" in raw_bytes(store.path)
    assert not (tmp_path / "brief.pdf").exists()  # the lead's briefs go with it
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_deletion_blocked_by_another_reader_is_compacted_at_the_next_open(tmp_path):
    store = new_store(tmp_path)
    store._sealer = _Plain()
    gone = store.add_lead(draft(email="blocked@acme.example"))
    reader = sqlite3.connect(store.path, timeout=0.1)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM leads").fetchone()  # a read transaction holds the old pages
    store._conn.execute("PRAGMA busy_timeout=100")
    erasure.delete_lead(store, gone)  # deleted; the compaction has to wait
    assert store.setting("needs_compact") == "1"
    reader.rollback()
    reader.close()
    store.close()
    again = LeadStore(store.path)
    assert again.setting("needs_compact") == ""
    assert b"blocked@acme.example" not in raw_bytes(store.path)
