"""The booth's "Leave your contact": the on-screen keyboard types into the fields, Submit stores a
sealed lead the kiosk cannot read, the form clears on idle, and every touch target is ≥ 48 px."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from etown_desktop.core.kiosk.pin import hash_pin
from etown_desktop.core.leads.errors import LeadsLocked
from etown_desktop.core.leads.store import LeadStore
from etown_desktop.core.stories.store import find_story, load_stories
from etown_desktop.ui import i18n
from etown_desktop.ui.kiosk.kiosk_session import KioskSession

PASS = "booth passphrase"


class Clock:
    t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def lead_store(tmp_path):
    staff = LeadStore(tmp_path / "leads.sqlite")
    staff.init_keys(PASS)
    staff.add_event("Booth", kiosk_leads=True)
    from etown_desktop.core.leads.my_card import MyCard, save_card

    save_card(staff, MyCard("E-Town booth", email="booth@example.cn"))
    staff.close()
    store = LeadStore(tmp_path / "leads.sqlite")  # the kiosk's: never unlocked
    yield store
    store.close()


@pytest.fixture
def kiosk(qtbot, repo, app_settings, lead_store):
    clock = Clock()
    story = find_story(load_stories(repo.path), "zone")
    session = KioskSession(repo, story, hash_pin("2468"), "en", idle_s=90, clock=clock)
    qtbot.addWidget(session.window)
    session.start()
    session.window.enable_contact_form(lead_store)
    session.clock_ = clock
    yield session
    session.stop()
    i18n.install_translator("en")


def _tap(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_keyboard_types_and_submit_stores_a_sealed_lead(kiosk, lead_store, tmp_path):
    w = kiosk.window
    assert w.contact_button.isVisible()
    _tap(w.contact_button)
    form = w.contact_form
    assert form.isVisible()
    kb = form.keyboard
    _tap(kb.keys["⇧"])
    for ch in "anna":
        _tap(kb.keys[ch])
    assert form.edits["given"].text() == "Anna"  # shift capitalises one letter
    form.edits["email"].setFocus()
    for ch in "a@b.cn":
        _tap(kb.keys[ch])
    _tap(kb.keys["⌫"])
    assert form.edits["email"].text() == "a@b.c"
    _tap(form.consents["contact"])
    _tap(form.submit_button)
    assert form.stack.currentWidget() is form.thanks
    assert not form.card_qr.pixmap().isNull()  # our card to scan on the thanks page
    assert form.edits["given"].text() == "" and not form.consents["contact"].isChecked()
    assert lead_store.count() == 1 and not lead_store.unlocked
    with pytest.raises(LeadsLocked):
        lead_store.leads(decrypt=True)
    staff = LeadStore(tmp_path / "leads.sqlite")
    staff.unlock(PASS)
    (lead,) = staff.leads()
    assert (lead.personal.given, lead.personal.email, lead.method) == ("Anna", "a@b.c", "kiosk")
    assert lead.consent.granted == {"contact"} and lead.consent.method == "kiosk"
    assert b"a@b.c" not in (tmp_path / "leads.sqlite").read_bytes()


def test_a_left_contact_is_counted_in_the_booth_report(kiosk, tmp_path):
    from etown_desktop.core.visits.stats import read_stats, stats_rows
    from etown_desktop.core.visits.visit_log import VisitLog

    kiosk.attach_visit_log(VisitLog(tmp_path / "visits.sqlite", clock=lambda: kiosk.clock_.t + 1.7e9))
    kiosk.window.open_contact_form()
    form = kiosk.window.contact_form
    form.edits["company"].setText("Walk-in Ltd")
    _tap(form.submit_button)
    kiosk.flush()
    stats = read_stats(tmp_path / "visits.sqlite")
    assert stats.contacts == 1 and ("summary", "contacts_left", "1", "") in stats_rows(stats)


def test_the_form_clears_on_idle(kiosk, qtbot):
    w = kiosk.window
    w.open_contact_form()
    form = w.contact_form
    form.edits["family"].setText("Previous visitor")
    form.consents["marketing"].setChecked(True)
    QTest.mouseClick(form.edits["family"], Qt.MouseButton.LeftButton)  # input: the visit is active
    kiosk.clock_.t += 91
    kiosk.idle.check()
    assert kiosk.still_there.isVisible() and not kiosk.attracting  # "Still there?" first
    kiosk.clock_.t += 20  # unanswered
    qtbot.waitUntil(lambda: kiosk.attracting, timeout=3000)
    assert not form.isVisible()
    assert form.edits["family"].text() == "" and not form.consents["marketing"].isChecked()


def test_a_name_or_company_is_needed(kiosk, lead_store):
    kiosk.window.open_contact_form()
    _tap(kiosk.window.contact_form.submit_button)
    assert kiosk.window.contact_form.error.text() and lead_store.count() == 0


def test_touch_targets_are_at_least_48_px(kiosk):
    kiosk.window.open_contact_form()
    form = kiosk.window.contact_form
    targets = [*form.keyboard.keys.values(), form.submit_button, form.cancel_button, *form.edits.values()]
    small = [t.objectName() for t in targets if t.height() < 48 or t.width() < 48]
    assert small == []
    assert all(c.sizeHint().height() >= 48 for c in form.consents.values())
