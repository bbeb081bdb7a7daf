"""Signed editions in the window: the status bar names the signer of the edition shown ("Signed by
NAME · key 3F2A…" or "Not signed") and says "Newest source is N months old" past the limit; the
presenter view says it too, the audience's slides and the kiosk never; the Editions dialog shows
each edition's signer; a tampered signed pack imported through the Data menu is refused with one
line and the app stays on its edition."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel
from trust_testdata import make_key, signed_pack, tampered, trust

from etown_desktop.core.editions import staleness
from etown_desktop.core.editions.dbread import edition_id
from etown_desktop.core.editions.store import EditionStore
from etown_desktop.core.trust.signers import Signer, record_signer
from etown_desktop.ui.editions import data_menu
from etown_desktop.ui.editions.editions_dialog import EditionsDialog
from etown_desktop.ui.main_window import MainWindow


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("ETOWN_DESKTOP_DATA_HOME", str(tmp_path / "userdata"))
    return EditionStore()


@pytest.fixture
def window(qtbot, repo, app_settings, store):
    win = MainWindow(repo, settings=app_settings, auto_build=False)
    qtbot.addWidget(win)
    data_menu.install(win)
    return win


def _months_old(repo) -> int:
    newest = dt.date.fromisoformat(repo.source_date_summary()[1])
    return staleness.months_between(newest, dt.date.today())


def _sign_shown_edition(repo, store) -> Signer:
    signer = Signer("TEST Bureau A", "3F2A91C07B5E12D4", 7, "2026-12-01T10:00:00+00:00",
                    repo.metadata.edition, "0" * 64)
    record_signer(signer, store.root)
    return signer


def test_the_status_bar_says_not_signed_and_how_old_the_newest_source_is(window, repo):
    status = window.trust_status
    assert status.signer_label.text() == "Not signed"
    months = _months_old(repo)
    assert months > staleness.DEFAULT_LIMIT_MONTHS  # the shipped sources are from 2019-2023
    assert status.stale_label.text() == f"Newest source is {months} months old"
    assert not status.stale_label.isHidden()


def test_the_status_bar_names_the_signer(qtbot, repo, app_settings, store):
    _sign_shown_edition(repo, store)
    win = MainWindow(repo, settings=app_settings, auto_build=False)
    qtbot.addWidget(win)
    data_menu.install(win)
    assert win.trust_status.signer_label.text() == "Signed by TEST Bureau A · key 3F2A…"
    assert "number 7" in win.trust_status.signer_label.toolTip()


def test_within_the_limit_nothing_is_said_about_age(window, repo):
    staleness.set_limit_months(_months_old(repo) + 1)
    window.trust_status.refresh()
    assert window.trust_status.stale_label.isHidden()


def test_the_notes_follow_a_switch_to_chinese(window, repo, qtbot):
    from etown_desktop.ui import i18n

    try:
        i18n.install_translator("zh")
        qtbot.waitUntil(lambda: window.trust_status.signer_label.text() == "未签名")
        assert window.trust_status.stale_label.text() == f"最新来源已是 {_months_old(repo)} 个月前"
    finally:
        i18n.install_translator("en")
    qtbot.waitUntil(lambda: window.trust_status.signer_label.text() == "Not signed")


def test_the_editions_dialog_shows_each_signer(qtbot, repo, store):
    _sign_shown_edition(repo, store)
    dialog = EditionsDialog(store, factory_edition=repo.metadata.edition)
    qtbot.addWidget(dialog)
    header = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    column = header.index("Signed by")
    assert dialog.table.item(0, column).text() == "Signed by TEST Bureau A · key 3F2A…"


def test_presenter_view_says_it_the_audience_and_kiosk_never(qtbot, repo, settings_dir, tmp_path):
    from etown_desktop.core.kiosk.pin import hash_pin
    from etown_desktop.core.stories.store import find_story, load_stories
    from etown_desktop.ui.kiosk.kiosk_session import KioskSession
    from etown_desktop.ui.presentation.presentation import Presentation
    from etown_desktop.ui.presentation.presenter_view import PresenterView

    story = find_story(load_stories(repo.path), "zone")
    show = Presentation(repo, story, "en")
    qtbot.addWidget(show.audience)
    presenter = PresenterView(repo, show.controller)
    qtbot.addWidget(presenter)
    wanted = f"Newest source is {_months_old(repo)} months old"
    assert presenter.staleness.text() == wanted and not presenter.staleness.isHidden()
    kiosk = KioskSession(repo, story, hash_pin("480213"), "en", idle_s=90)
    qtbot.addWidget(kiosk.window)
    for shown in (show.audience, kiosk.window):
        texts = [label.text() for label in shown.findChildren(QLabel)]
        assert not [t for t in texts if "months old" in t], texts


def test_a_tampered_signed_pack_from_the_data_menu_is_refused_in_one_line(
        window, repo, store, tmp_path, dialogs):
    from etown_desktop.core.resources import database_path

    db = database_path()
    pair, _ = make_key(tmp_path / "keys", "bureau")
    trust(pair)
    bad = tampered(signed_pack(db, tmp_path / "signed.etown", pair, 1), tmp_path / "tampered.etown")
    ctl = window.data_controller
    before = ctl.status_label.text()
    assert ctl.import_update(str(bad)) is False
    (message,) = dialogs.texts("warning")
    assert message.endswith("tampered.etown is refused: data/figures.csv was changed after the "
                            "pack was signed.")
    assert store.active_id() == "factory" and ctl.status_label.text() == before
    assert edition_id(ctl.selection.path) == repo.metadata.edition


def _pdf_text(path) -> str:
    import shutil
    import subprocess

    exe = shutil.which("pdftotext")
    assert exe, "pdftotext (poppler-utils) is needed to read the exported PDF"
    out = subprocess.run([exe, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def test_the_fact_sheet_and_brief_footers_name_the_signer(repo, store, tmp_path):
    import json

    from etown_desktop.app.cli import main

    items = tmp_path / "items.json"
    items.write_text(json.dumps(["F001", "chart:overview.output_trend"]))
    assert main(["export", "factsheet", "-o", str(tmp_path / "plain.pdf")]) == 0
    assert "not signed · E-Town Investor Desktop" in _pdf_text(tmp_path / "plain.pdf")
    _sign_shown_edition(repo, store)
    for lang, wanted in (("en", "Signed by TEST Bureau A · key 3F2A…"),
                         ("zh", "由 TEST Bureau A 签名 · 密钥 3F2A…")):
        sheet, brief = tmp_path / f"sheet-{lang}.pdf", tmp_path / f"brief-{lang}.pdf"
        assert main(["export", "factsheet", "-o", str(sheet), "--lang", lang]) == 0
        assert main(["export", "brief", "--items", str(items), "-o", str(brief),
                     "--lang", lang]) == 0
        assert wanted in _pdf_text(sheet) and wanted in _pdf_text(brief)


def test_the_import_report_names_the_signer_or_says_not_signed(qtbot, store, tmp_path):
    from etown_desktop.core.editions.dbread import read_database
    from etown_desktop.core.editions.importer import discard, prepare_import
    from etown_desktop.core.editions.pack import write_pack
    from etown_desktop.core.resources import database_path
    from etown_desktop.ui.editions.import_dialog import ImportReportDialog

    db = database_path()
    plain = write_pack(read_database(db), edition_id(db), tmp_path / "plain.etown")
    plan = prepare_import(plain, store, db)  # no key trusted yet: policy warn
    dialog = ImportReportDialog(plan)
    qtbot.addWidget(dialog)
    assert dialog.signature.text() == "Not signed: accepted because this laptop's policy is warn"
    discard(plan)
    pair, _ = make_key(tmp_path / "keys", "bureau")
    trust(pair)
    plan = prepare_import(signed_pack(db, tmp_path / "s.etown", pair, 1), store, db)
    dialog = ImportReportDialog(plan)
    qtbot.addWidget(dialog)
    assert dialog.signature.text() == f"Signed by TEST Bureau A · key {pair.public.key_id[:4]}…"
    discard(plan)
