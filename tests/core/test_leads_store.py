"""The lead store: events, leads, merge detection, consent records, withdrawal, retention."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timezone

import pytest

from etown_desktop.core.leads import erasure, retention
from etown_desktop.core.leads.choices import CONSENT_PURPOSES, choice_lists
from etown_desktop.core.leads.errors import DuplicateLead, LeadInvalid, LeadNotFound, LeadStoreUnavailable
from etown_desktop.core.leads.model import Personal
from etown_desktop.core.leads.notice import NoticeSettings, notice_text
from etown_desktop.core.leads.store import LeadDraft, LeadStore

from leads_helpers import PASSPHRASE, draft, new_store


def test_the_store_is_a_wal_file_of_its_own(tmp_path):
    store = new_store(tmp_path)
    assert store.path.name == "leads.sqlite"
    assert store.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_default_path_is_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("ETOWN_DESKTOP_DATA_HOME", raising=False)  # the suite's per-test data folder
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    from etown_desktop.core.leads.schema import default_store_path

    assert default_store_path().is_relative_to(tmp_path / "xdg")
    assert "etown.db" not in default_store_path().name


def test_events_and_the_current_event(tmp_path):
    store = new_store(tmp_path)
    first = store.current_event()
    assert (first.name, first.retention_months, first.kiosk_leads) == ("Hannover Messe", 12, False)
    second = store.add_event("CIFTIS", date="2026-09-02", place="Beijing", lang="zh", retention_months=6)
    assert store.current_event() == second
    store.use_event(first.id)
    lead_id = store.add_lead(draft())
    assert store.lead(lead_id).event_id == first.id
    with pytest.raises(LeadNotFound):
        store.use_event(999)


def test_a_lead_round_trips_with_every_field(tmp_path):
    store = new_store(tmp_path)
    d = draft(title="CFO", phone="+49 30 1234", notes="Met at booth\nwants land", next_step="send deck",
              answers={"timeframe": "lt_6m", "size": "10_50m"}, country="DE",
              sectors=("biomedicine", "ngit"), rating="hot", due="2026-05-01", lang="zh")
    lead_id = store.add_lead(d, frozenset({"contact", "materials"}), staffer="Li Wei")
    lead = store.lead(lead_id)
    assert lead.personal == d.personal
    assert (lead.country, lead.sectors, lead.rating, lead.due, lead.lang, lead.staffer) == (
        "DE", ("biomedicine", "ngit"), "hot", "2026-05-01", "zh", "Li Wei")
    assert lead.consent.granted == {"contact", "materials"} and lead.consent.method == "staff"
    assert lead.consent.notice_version == 1 and lead.consent.notice_lang == "zh"


def test_a_name_or_a_company_is_required(tmp_path):
    store = new_store(tmp_path)
    store.add_lead(draft(family="", given="", email=""))  # company only
    store.add_lead(draft(company="", email="x@y.example"))  # name only
    with pytest.raises(LeadInvalid):
        store.add_lead(draft(family="", given="", company=" \t"))


@pytest.mark.parametrize("bad", [{"rating": "lukewarm"}, {"answers": {"size": "huge"}}, {"due": "soon"}])
def test_unknown_choices_are_refused(tmp_path, bad):
    with pytest.raises(LeadInvalid):
        new_store(tmp_path).add_lead(draft(**bad))


def test_bad_input_is_kept_safely(tmp_path):
    store = new_store(tmp_path)
    lead_id = store.add_lead(draft(family="Zh\x00ang\x07", given="😀 Emoji", email="not-an-email",
                                   notes="n" * 10_000))
    p = store.lead(lead_id).personal
    assert p.family == "Zhang" and p.given == "😀 Emoji"
    assert len(p.notes) == 10_000
    assert p.email == "not-an-email" and not p.email_ok  # kept, flagged


@pytest.mark.parametrize("other", [
    {"email": "ANNA@acme.example ", "family": "Other", "company": "Else"},  # same email
    {"email": "", "family": "müller", "given": "anna", "company": "ACME  GmbH"},  # same name + company
])
def test_the_same_person_in_one_event_is_a_merge_candidate(tmp_path, other):
    store = new_store(tmp_path)
    first = store.add_lead(draft())
    with pytest.raises(DuplicateLead) as caught:
        store.add_lead(draft(**other))
    assert caught.value.matches == (first,)
    assert store.count() == 1  # never a silent duplicate
    store.add_lead(draft(**other), allow_duplicate=True)
    assert store.count() == 2


def test_the_same_person_at_another_event_is_a_new_lead(tmp_path):
    store = new_store(tmp_path)
    store.add_lead(draft())
    store.add_event("CIFTIS")
    store.add_lead(draft())
    assert store.count() == 2


def test_merge_fills_gaps_and_keeps_both_consent_records(tmp_path):
    store = new_store(tmp_path)
    a = store.add_lead(draft(phone="", sectors=("ngit",)), frozenset({"contact"}))
    b = store.add_lead(draft(phone="+86 10 1", notes="second talk", sectors=("auto",)),
                       frozenset({"contact", "materials"}), allow_duplicate=True)
    merged = store.merge(a, b)
    assert merged.personal.phone == "+86 10 1" and merged.personal.notes == "second talk"
    assert merged.sectors == ("ngit", "auto")
    assert len(store.consent_history(a)) == 2
    assert merged.consent.granted == {"contact", "materials"}
    with pytest.raises(LeadNotFound):
        store.lead(b)


def test_a_change_of_purpose_is_a_new_record(tmp_path):
    store = new_store(tmp_path)
    lead_id = store.add_lead(draft(), frozenset({"contact"}))
    store.give_consent(lead_id, frozenset({"contact", "marketing"}), staffer="Li")
    history = store.consent_history(lead_id)
    assert [c.granted for c in history] == [{"contact"}, {"contact", "marketing"}]
    assert store.lead(lead_id).consent.granted == {"contact", "marketing"}


def test_withdraw_keeps_only_what_honouring_it_needs(tmp_path):
    store = new_store(tmp_path)
    lead_id = store.add_lead(draft(phone="+1 555 0100", notes="secret plans", title="CEO", rating="hot",
                                   sectors=("auto",), due="2026-05-01"), frozenset(CONSENT_PURPOSES))
    erasure.withdraw(store, lead_id, staffer="Li")
    lead = store.lead(lead_id)
    assert lead.withdrawn and not lead.consent.covers("contact") and lead.consent.withdrawn
    assert (lead.personal.email, lead.personal.family) == ("anna@acme.example", "Müller")
    assert (lead.personal.phone, lead.personal.notes, lead.personal.title) == ("", "", "")
    assert (lead.rating, lead.sectors, lead.due) == ("", (), "")
    assert len(store.consent_history(lead_id)) == 2  # what was given, and when it was withdrawn
    with pytest.raises(LeadInvalid):
        store.give_consent(lead_id, frozenset({"contact"}))


def test_retention_purges_expired_leads_only(tmp_path):
    clock = {"now": datetime(2026, 1, 15, 10, tzinfo=timezone.utc)}
    store = new_store(tmp_path, clock=lambda: clock["now"])
    year = store.current_event()
    short = store.add_event("Short", retention_months=1)
    old = store.add_lead(draft(), event_id=short.id)
    keep = store.add_lead(draft(), event_id=year.id)  # 12 months
    assert retention.expired(store, date(2026, 2, 14)) == []
    expired = retention.expired(store, date(2026, 2, 15))
    assert [e.lead_id for e in expired] == [old]
    assert retention.purge_expired(store, date(2026, 2, 15)) == 1
    assert [lead.id for lead in store.leads()] == [keep]


def test_due_next_steps(tmp_path):
    store = new_store(tmp_path)
    store.add_lead(draft(email="a@a.example", family="A", due="2026-05-03"))
    store.add_lead(draft(email="b@b.example", family="B", due="2026-05-01"))
    store.add_lead(draft(email="c@c.example", family="C", due="2026-06-01"))
    due = retention.due_leads(store.leads(), date(2026, 5, 3))
    assert [lead.personal.family for lead in due] == ["B", "A"]


def test_add_months_clamps_to_the_month_end():
    assert retention.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert retention.add_months(date(2026, 11, 30), 14) == date(2028, 1, 30)


def test_choice_lists_are_bilingual_data():
    lists = choice_lists()
    assert lists.rating_ids() == ("hot", "warm", "cold")
    assert {q.id for q in lists.questions} == {"investment_type", "timeframe", "size"}
    for item in (*lists.ratings, *lists.consent, *(c for q in lists.questions for c in q.choices)):
        assert item.en and item.zh and item.en != item.zh


def test_the_notice_names_the_bureau_and_the_retention_in_both_languages():
    s = NoticeSettings(bureau="E-Town Investment Service Centre", contact="invest@example.cn")
    en, zh = notice_text("en", 6, s), notice_text("zh", 6, s)
    assert "E-Town Investment Service Centre" in en and "invest@example.cn" in en and "6 months" in en
    assert "invest@example.cn" in zh and "6个月" in zh and "撤回" in zh


def test_a_damaged_store_gives_a_clear_error(tmp_path):
    bad = tmp_path / "leads.sqlite"
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(LeadStoreUnavailable, match="cannot be opened"):
        LeadStore(bad)


def test_a_read_only_folder_gives_a_clear_error(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        import os

        if os.geteuid() == 0:  # root writes anyway: a file in place of the folder instead
            folder.chmod(0o700)
            folder = tmp_path / "file-not-folder"
            folder.write_text("x")
        with pytest.raises(LeadStoreUnavailable):
            LeadStore(folder / "leads.sqlite")
    finally:
        if folder.is_dir():
            folder.chmod(0o700)


def test_a_lead_committed_before_a_crash_is_there_after_it(tmp_path):
    import subprocess
    import sys
    import textwrap

    path = tmp_path / "leads.sqlite"
    store = new_store(tmp_path)
    store.close()
    code = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(__import__('pathlib').Path(__file__).parent)!r})
        from leads_helpers import draft
        from etown_desktop.core.leads.store import LeadStore
        store = LeadStore({str(path)!r})
        store.add_lead(draft())
        os.kill(os.getpid(), 9)
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert proc.returncode == -9, proc.stderr
    again = LeadStore(path)
    assert again.count() == 1
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
