"""Leads in the window: quick capture by keyboard, the merge prompt, the list's filters, the menus,
the start-up line, and the live language switch."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from etown_desktop.core.leads.model import Personal
from etown_desktop.core.leads.store import LeadDraft
from etown_desktop.ui import i18n
from etown_desktop.ui.leads import merge_prompt
from etown_desktop.ui.leads.lead_form import LeadForm
from etown_desktop.ui.leads.leads_panel import LeadsPanel
from etown_desktop.ui.leads.leads_session import LeadsSession

PASS = "booth passphrase"


@pytest.fixture
def session(tmp_path, qtbot):
    s = LeadsSession(tmp_path / "leads.sqlite")
    s.store.init_keys(PASS)
    s.store.add_event("Hannover Messe", "2026-04-20", "Hannover")
    s.unlock(PASS)
    yield s
    s.close()


def _form(qtbot, session, lead=None) -> LeadForm:
    form = LeadForm(session, lead)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=5000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    return form


def _type_card(qtbot, form, values: list[str]) -> None:
    """Type each value into the focused field, then Tab, like a staffer copying a card."""
    for value in values:
        qtbot.keyClicks(QApplication.focusWidget(), value)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def test_quick_capture_with_the_keyboard_only(qtbot, session):
    form = _form(qtbot, session)
    assert QApplication.focusWidget() is form.edits["given"]
    _type_card(qtbot, form, ["Anna", "Mueller", "Acme GmbH", "CFO", "anna@acme.example", "+49 30 1", "DE"])
    assert QApplication.focusWidget() is form.lang_combo  # the card's fields, in the card's order
    qtbot.keyClick(form.edits["country"], Qt.Key.Key_Return)  # Enter saves
    assert not form.isVisible()
    (lead,) = session.leads()
    p = lead.personal
    assert (p.given, p.family, p.company, p.title, p.email, p.phone, lead.country) == (
        "Anna", "Mueller", "Acme GmbH", "CFO", "anna@acme.example", "+49 30 1", "DE")
    assert lead.consent.granted == frozenset()  # nothing ticked unless the visitor asked


def test_the_tab_order_follows_a_business_card(qtbot, session):
    form = _form(qtbot, session)
    order = []
    for _ in range(7):
        order.append(QApplication.focusWidget().objectName())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order == ["lead_given", "lead_family", "lead_company", "lead_title", "lead_email", "lead_phone",
                     "lead_country"]


def test_consent_ticks_are_recorded_and_a_name_or_company_is_required(qtbot, session):
    form = _form(qtbot, session)
    qtbot.keyClick(form.edits["given"], Qt.Key.Key_Return)
    assert form.isVisible() and form.error.text()  # nothing typed: not saved
    form.edits["company"].setText("Solo Ltd")
    form.consent_labels["materials"].check.click()
    form.consents["contact"].click()
    qtbot.keyClick(form.edits["company"], Qt.Key.Key_Return)
    (lead,) = session.leads()
    assert lead.consent.granted == {"contact", "materials"} and lead.consent.method == "staff"
    assert lead.staffer and lead.consent.staffer == lead.staffer  # who took it (login name by default)


def test_consent_sentences_and_notice_follow_the_visitors_language(qtbot, session):
    form = _form(qtbot, session)
    form.lang_combo.setCurrentIndex(form.lang_combo.findData("zh"))
    assert "北京经济技术开发区" in form.consent_labels["contact"].text()
    assert "个人信息处理告知" in form.notice.text()


@pytest.mark.parametrize("answer, count", [(merge_prompt.MERGE, 1), (merge_prompt.KEEP_BOTH, 2),
                                           (merge_prompt.CANCEL, 1)])
def test_the_same_person_asks_to_merge(qtbot, session, monkeypatch, answer, count):
    session.store.add_lead(LeadDraft(Personal(family="Li", company="BOE", email="li@boe.example")))
    asked = []
    monkeypatch.setattr(merge_prompt, "ask_merge", lambda parent, new, old: asked.append((new, old)) or answer)
    form = _form(qtbot, session)
    form.edits["family"].setText("Li")
    form.edits["email"].setText("LI@boe.example")
    form.edits["phone"].setText("+86 10 8888")
    qtbot.keyClick(form.edits["phone"], Qt.Key.Key_Return)
    assert asked == [("Li", "#1 Li")]
    session.touch()
    assert len(session.leads()) == count
    assert form.isVisible() == (answer == merge_prompt.CANCEL)
    if answer == merge_prompt.MERGE:
        assert session.leads()[0].personal.phone == "+86 10 8888"


def test_the_merge_prompt_offers_merge_keep_both_and_back(qtbot):
    box, buttons = merge_prompt.merge_box(None, "Li", "#1 Li")
    qtbot.addWidget(box)
    assert sorted(buttons.values()) == sorted([merge_prompt.MERGE, merge_prompt.KEEP_BOTH, merge_prompt.CANCEL])
    assert buttons[box.defaultButton()] == merge_prompt.MERGE


def _leads(session, n=3):
    rows = [("Müller", "Acme", "hot", ("biomedicine",), "2026-01-02"),
            ("王", "北京某公司", "warm", ("ngit", "auto"), ""),
            ("Smith", "Chipworks", "cold", ("ngit",), "2027-01-01")]
    for fam, co, rating, sectors, due in rows[:n]:
        session.store.add_lead(LeadDraft(Personal(family=fam, company=co), rating=rating, sectors=sectors, due=due))
    session.touch()


def test_the_list_filters_by_text_rating_sector_and_due(qtbot, session):
    _leads(session)
    panel = LeadsPanel(session, today=date(2026, 6, 1))
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == 3
    qtbot.keyClicks(panel.search, "chip")
    assert [panel.model.lead_at(0).personal.family] == ["Smith"] and panel.model.rowCount() == 1
    panel.search.clear()
    panel.sector_combo.setCurrentIndex(panel.sector_combo.findData("ngit"))
    assert panel.model.rowCount() == 2
    panel.sector_combo.setCurrentIndex(0)
    panel.rating_combo.setCurrentIndex(panel.rating_combo.findData("hot"))
    assert panel.model.rowCount() == 1
    panel.rating_combo.setCurrentIndex(0)
    panel.show_due()
    assert [panel.model.lead_at(i).personal.family for i in range(panel.model.rowCount())] == ["Müller"]


def test_locked_the_list_offers_unlock_and_shows_no_lead(qtbot, session):
    _leads(session)
    session.lock()
    panel = LeadsPanel(session)
    qtbot.addWidget(panel)
    assert panel.stack.currentWidget() is panel.locked_page and panel.model.rowCount() == 0
    session.unlock(PASS)
    assert panel.stack.currentWidget() is panel.list_page and panel.model.rowCount() == 3


@pytest.fixture
def window(qtbot, app_settings, session):
    from etown_desktop.ui.leads.leads_actions import install
    from etown_desktop.ui.main_window import MainWindow

    w = MainWindow(None, settings=app_settings, auto_build=False)
    qtbot.addWidget(w)
    _leads(session)
    session.lock()
    install(w, session, today=date(2026, 6, 1))
    return w


def test_menus_shortcut_and_the_start_up_line(qtbot, window):
    c = window.leads_controller
    assert c.new_action.shortcut().toString() == "Ctrl+L" and c.new_action in window.file_menu.actions()
    assert c.menu.menuAction() in window.menuBar().actions()
    assert c.unlock_action.isEnabled() and not c.lock_action.isEnabled()
    assert c.due_button.text() == "1 next step(s) due"  # read while locked: due dates are not personal
    form = c.new_lead()  # locked: capture still works (sealed with the public key)
    form.edits["company"].setText("Kiosk-free Ltd")
    qtbot.keyClick(form.edits["company"], Qt.Key.Key_Return)
    assert c.session.store.count() == 4


def test_purge_now_asks_then_deletes_expired_leads(qtbot, window, dialogs):
    c = window.leads_controller
    c.today = date(2030, 1, 1)
    c.startup_checks()
    assert "past retention" in c.expired_button.text()
    assert c.purge_expired() == 3
    assert "question" in dialogs.names()


def test_the_form_switches_language_live(qtbot, session):
    form = _form(qtbot, session)
    try:
        i18n.install_translator("zh")
        qtbot.waitUntil(lambda: "单位" in form.labels["company"].text(), timeout=5000)
        assert form.windowTitle() == "新建线索"
    finally:
        i18n.install_translator("en")
    qtbot.waitUntil(lambda: form.labels["company"].text() == "&Company", timeout=5000)


def test_my_card_shows_a_qr_code_that_decodes_to_the_card(qtbot, session):
    import io

    import zxingcpp
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    from etown_desktop.core.leads.my_card import card_text, load_card
    from etown_desktop.ui.leads.my_card_dialog import MyCardDialog

    dialog = MyCardDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.qr.pixmap().isNull()  # nothing typed yet
    dialog.edits["name"].setText("Li Wei")
    dialog.edits["email"].setText("li.wei@example.cn")
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    dialog.qr.pixmap().toImage().save(buf, "PNG")
    (found,) = zxingcpp.read_barcodes(Image.open(io.BytesIO(bytes(buf.data()))))
    assert found.text == card_text(dialog.card())
    dialog.save()
    assert load_card(session.store).email == "li.wei@example.cn"


def test_a_damaged_lead_store_is_one_message_and_the_window_works(qtbot, app_settings, tmp_path, dialogs):
    from etown_desktop.ui.leads.leads_actions import install
    from etown_desktop.ui.main_window import MainWindow

    bad = tmp_path / "damaged.sqlite"
    bad.write_bytes(b"this is not a database" * 200)
    w = MainWindow(None, settings=app_settings, auto_build=False)
    qtbot.addWidget(w)
    c = install(w, LeadsSession(bad))  # start-up checks: logged, nothing shown, no crash
    assert c.new_lead() is None
    assert c.show_list() is None
    (text,) = dialogs.texts("warning")[:1]
    assert "cannot be opened" in text and "fact book still works" in text
    assert w.tabs.count() > 0


def test_an_opened_lead_can_be_withdrawn_from_its_form(qtbot, window, dialogs):
    c = window.leads_controller
    c.session.unlock(PASS)
    form = c.open_lead(1)
    assert set(form.lead_buttons) == {"brief", "withdraw", "delete"}
    form.lead_buttons["withdraw"].click()  # asks (answered Yes by the test's dialogs), then withdraws
    assert "question" in dialogs.names()
    assert c.session.store.lead(1).withdrawn


@pytest.fixture
def window_with_facts(qtbot, app_settings, session, repo):
    from etown_desktop.ui.leads.leads_actions import install
    from etown_desktop.ui.main_window import MainWindow

    w = MainWindow(repo, settings=app_settings, auto_build=False)
    qtbot.addWidget(w)
    install(w, session, today=date(2026, 6, 1))
    return w


def _pdf_text(path) -> str:
    import subprocess

    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.requires_tools("pdftotext")
@pytest.mark.parametrize("picked, english, chinese", [(None, False, True), ("en", True, False),
                                                      ("both", True, True)])
def test_the_follow_up_brief_is_made_in_the_language_staff_pick(qtbot, window_with_facts, session, dialogs,
                                                                 monkeypatch, tmp_path, picked, english, chinese):
    """The lead prefers Chinese: that is offered first; staff may pick English or both side by side."""
    from PySide6.QtWidgets import QInputDialog

    lead_id = session.store.add_lead(LeadDraft(Personal(family="王", company="Acme Biotech"), lang="zh",
                                               sectors=("biomedicine",)), frozenset({"contact", "materials"}))
    offered = []

    def pick(parent, title, label, items, current, editable):
        offered.append((list(items), current))
        if picked is None:  # staff accept the default
            return items[current], True
        from etown_desktop.ui.leads.brief_lang_dialog import BRIEF_LANGS
        return items[BRIEF_LANGS.index(picked)], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    dialogs.file_answer = str(tmp_path / "brief.pdf")
    window_with_facts.leads_controller.follow_up_brief(lead_id)
    ((items, current),) = offered
    assert len(items) == 3 and current == 1 and "the lead's language" in items[1]
    text = _pdf_text(tmp_path / "brief.pdf")
    assert "Acme Biotech" in text
    assert ("Prepared for" in text) == english
    assert ("生物医药" in text) == chinese


def test_cancelling_the_brief_language_writes_nothing(qtbot, window_with_facts, session, dialogs, monkeypatch,
                                                      tmp_path):
    from PySide6.QtWidgets import QInputDialog

    lead_id = session.store.add_lead(LeadDraft(Personal(company="Acme"), lang="en"),
                                     frozenset({"contact", "materials"}))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a: (a[3][a[4]], False)))
    dialogs.file_answer = str(tmp_path / "brief.pdf")
    window_with_facts.leads_controller.follow_up_brief(lead_id)
    assert "save_file_name" not in dialogs.names() and not (tmp_path / "brief.pdf").exists()


def test_a_long_list_shows_at_once_and_the_filter_finds_every_lead_once_opened(qtbot, session, monkeypatch):
    """Unlocked, the list appears before every lead is decrypted: visible rows open as painted, the rest
    in background batches; a text filter typed meanwhile ends up with every match."""
    from etown_desktop.ui.leads import lead_table_model

    for i in range(300):
        session.store.add_lead(LeadDraft(Personal(family=f"Family{i}", company=f"Company {i}",
                                                  email=f"p{i}@x.example")))
    monkeypatch.setattr(lead_table_model, "BATCH_S", 0.0)  # one small batch per event-loop turn
    panel = LeadsPanel(session)
    qtbot.addWidget(panel)
    model = panel.model
    assert model.opening and 0 < model.opened < 300
    assert model.rowCount() == 300  # every row listed already
    assert model.index(299, 0).data() == "Family299"  # a row shown is opened on demand
    assert "opening" in panel.count_label.text()
    qtbot.keyClicks(panel.search, "company 29")  # typed before the end of the list is open
    qtbot.waitUntil(lambda: not model.opening, timeout=10_000)
    found = sorted(model.lead_at(r).personal.family for r in range(model.rowCount()))
    assert found == sorted(f"Family{i}" for i in (29, 129, 229, *range(290, 300)))
    assert panel.count_label.text() == "13 of 300 leads"


def test_kiosk_leads_are_compared_after_unlock_without_holding_it_up(qtbot, window, monkeypatch):
    """A kiosk lead that matches a staff lead: unlocking returns at once (the list is usable), the
    event's leads open on later event-loop turns, then the merge prompt asks."""
    from etown_desktop.ui.leads.passphrase_dialog import PassphraseDialog

    c = window.leads_controller
    c.session.store.add_lead(LeadDraft(Personal(family="Müller", company="Acme")), method="kiosk")
    asked = []
    monkeypatch.setattr(PassphraseDialog, "exec", lambda self: self.session.unlock(PASS))
    monkeypatch.setattr(merge_prompt, "ask_merge",
                        lambda parent, new, old: asked.append((new, old)) or merge_prompt.MERGE)
    assert c.unlock() is True
    assert asked == []  # not yet: unlocking does not wait for every lead to be decrypted
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert asked == [("Müller", "#1 Müller")]
    assert [x.personal.company for x in c.session.leads()] == ["Acme", "北京某公司", "Chipworks"]


def test_leads_menu_shows_my_card_big_enough_to_scan(qtbot, app_settings, session, dialogs, monkeypatch):
    """A staffer in a meeting: Leads → Show my card (QR)… shows the card as a QR code a phone reads
    across a table (the kiosk's thanks page is no longer the only place)."""
    import io

    import zxingcpp
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtWidgets import QDialog

    from etown_desktop.core.leads.my_card import MyCard, card_text, save_card
    from etown_desktop.ui.leads import show_card_dialog
    from etown_desktop.ui.leads.leads_actions import install
    from etown_desktop.ui.main_window import MainWindow

    window = MainWindow(None, settings=app_settings, auto_build=False)
    qtbot.addWidget(window)
    controller = install(window, session)
    action = window.findChild(type(controller.card_action), "showMyCardAction")
    assert action in controller.menu.actions()
    shown: list[QDialog] = []
    monkeypatch.setattr(show_card_dialog.ShowCardDialog, "exec", lambda self: shown.append(self) or 0)

    action.trigger()  # no card yet: says how to make one
    (empty,) = shown
    qtbot.addWidget(empty)
    assert empty.qr.pixmap().isNull() and "Edit my card" in empty.caption.text()

    card = MyCard(name="Li Wei", org="BDA Investment Service", email="li.wei@example.cn", tel="+86 10 1234")
    save_card(session.store, card)
    action.trigger()
    dialog = shown[-1]
    qtbot.addWidget(dialog)
    pixmap = dialog.qr.pixmap()
    assert pixmap.width() >= show_card_dialog.MIN_QR and pixmap.height() >= show_card_dialog.MIN_QR
    assert "Li Wei" in dialog.who.text() and "BDA Investment Service" in dialog.who.text()
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.toImage().save(buf, "PNG")
    (found,) = zxingcpp.read_barcodes(Image.open(io.BytesIO(bytes(buf.data()))))
    assert found.text == card_text(card)


def test_show_my_card_in_chinese(qtbot, session):
    from etown_desktop.core.leads.my_card import MyCard, save_card
    from etown_desktop.ui.leads.show_card_dialog import ShowCardDialog

    save_card(session.store, MyCard(name="李伟", email="li.wei@example.cn"))
    i18n.install_translator("zh")
    try:
        dialog = ShowCardDialog(session)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "我的名片" and "扫描" in dialog.caption.text()
        assert dialog.edit_button.text() == "编辑我的名片(&E)…" and "李伟" in dialog.who.text()
    finally:
        i18n.install_translator("en")
