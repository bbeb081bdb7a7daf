"""The leads widgets follow a live language switch through the app's one mechanism
(ui/language/retranslation.py: plain tr() texts redone generically, ``retranslate_ui()`` for the
rest), not a changeEvent/retranslateUi pair of their own."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import pytest
from PySide6.QtCore import QObject

from etown_desktop.ui import i18n
from etown_desktop.ui.leads.leads_session import LeadsSession

PASS = "booth passphrase"
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _leads_classes():
    import etown_desktop.ui.leads as leads

    modules = [importlib.import_module(f"etown_desktop.ui.leads.{m.name}") for m in pkgutil.iter_modules(leads.__path__)]
    modules.append(importlib.import_module("etown_desktop.ui.kiosk.contact_form"))
    for module in modules:
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, QObject):
                yield cls


def test_no_leads_widget_has_its_own_language_change_handler():
    classes = list(_leads_classes())
    assert len(classes) >= 8
    own = [c.__name__ for c in classes if "changeEvent" in vars(c) or "retranslateUi" in vars(c)]
    assert own == []
    assert {"LeadForm", "LeadsPanel", "EventsDialog", "MyCardDialog", "PassphraseDialog"} <= {
        c.__name__ for c in classes if "retranslate_ui" in vars(c)}


@pytest.fixture
def session(tmp_path, qtbot):
    s = LeadsSession(tmp_path / "leads.sqlite")
    s.store.init_keys(PASS)
    s.store.add_event("Hannover Messe", "2026-04-20", "Hannover")
    yield s
    s.close()


def test_leads_dialogs_follow_a_switch_both_ways(qtbot, session):
    from etown_desktop.ui.leads.events_dialog import EventsDialog
    from etown_desktop.ui.leads.leads_panel import LeadsDock
    from etown_desktop.ui.leads.my_card_dialog import MyCardDialog
    from etown_desktop.ui.leads.passphrase_dialog import PassphraseDialog

    widgets = [EventsDialog(session), MyCardDialog(session), PassphraseDialog(session), LeadsDock(session)]
    for w in widgets:
        qtbot.addWidget(w)
    english = [w.windowTitle() for w in widgets]
    assert not any(CHINESE.search(t) for t in english)
    try:
        i18n.install_translator("zh")
        titles = [w.windowTitle() for w in widgets]
        assert all(CHINESE.search(t) for t in titles), titles
        assert "名片" in widgets[1].windowTitle()
        assert CHINESE.search(widgets[1].labels["name"].text())  # formatted by retranslate_ui
    finally:
        i18n.install_translator("en")
    assert [w.windowTitle() for w in widgets] == english
