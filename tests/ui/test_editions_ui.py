"""The Data menu: import with the report dialog and preview, editions dialog, export, status
bar; the source reader (quote with the number highlighted, whole article, citations).
The synthetic source is TEST DATA (tests/editions_testdata.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from editions_testdata import CHANGED_FIGURE, HAND_NOTE, TEST_SOURCE_ID, edit_template
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from etown_desktop.core.editions.store import FACTORY, EditionStore
from etown_desktop.core.repository import Repository
from etown_desktop.ui.editions import data_menu
from etown_desktop.ui.editions.editions_dialog import EditionsDialog
from etown_desktop.ui.editions.import_dialog import ImportReportDialog
from etown_desktop.ui.main_window import MainWindow
from etown_desktop.ui.provenance_panel import ProvenancePanel

REPO_DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("ETOWN_DESKTOP_DATA_HOME", str(tmp_path / "userdata"))
    return EditionStore()


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory):
    from etown_desktop.core.editions.dbread import read_database
    from etown_desktop.core.editions.workbook_template import write_template
    from etown_desktop.core.resources import database_path

    folder = tmp_path_factory.mktemp("books")
    template = write_template(read_database(database_path()), folder / "template.xlsx")
    edit_template(template, folder / "bad.xlsx", error=True)
    edit_template(template, folder / "good.xlsx")
    return folder


@pytest.fixture
def window(qtbot, repo, app_settings, store, monkeypatch):
    win = MainWindow(repo, settings=app_settings, auto_build=False)
    qtbot.addWidget(win)
    ctl = data_menu.install(win)
    restarts: list[bool] = []
    monkeypatch.setattr(ctl, "restart", lambda: restarts.append(True))
    win.restarts = restarts
    return win


def test_data_menu_sits_before_help_and_names_the_edition(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Data") == titles.index("&Help") - 1
    ctl = window.data_controller
    assert [a.text() for a in ctl.menu.actions() if a.text()] == [
        "&Save update workbook…", "&Import update…", "&Export edition…", "E&ditions…",
        "Open data &folder"]
    assert ctl.status_label.texts() == ["Bundled data"]


def test_import_with_an_error_shows_every_problem_and_cannot_be_applied(
        window, workbooks, store, dialogs):
    ctl = window.data_controller
    assert ctl.import_update(str(workbooks / "bad.xlsx")) is False
    dialog: ImportReportDialog = ctl.last_dialog
    assert "exec:ImportReportDialog" in dialogs.names()
    assert not dialog.apply_button.isEnabled()
    first = dialog.problems.topLevelItem(0)
    assert first.text(0) == "Error" and first.text(1).startswith("bad.xlsx › figures, row ")
    assert first.text(2) == "770" and "not written in T1 ¶3" in first.text(3)
    assert "column value" in dialog.location.text()
    dialog.problems.setCurrentItem(dialog.problems.topLevelItem(1))
    assert "checked by hand" in dialog.location.text()
    assert "TF02  TEST firms: 770 companies" in dialog.preview.toPlainText()
    assert store.history() == []


def test_import_apply_then_editions_dialog_back_to_the_bundled(
        window, workbooks, store, monkeypatch, qtbot):
    ctl = window.data_controller
    monkeypatch.setattr(ImportReportDialog, "exec", lambda self: int(QDialog.DialogCode.Accepted))
    assert ctl.import_update(str(workbooks / "good.xlsx")) is True
    assert window.restarts == [True]  # the user was offered a restart and said yes
    # the window still shows the bundled data until it restarts (the restart is mocked here)
    assert ctl.status_label.texts()[0] == "Bundled data · restart to show good.xlsx"
    assert store.active_id() in ctl.status_label.toolTip()
    preview = ctl.last_dialog.preview.toPlainText()
    assert "+ T900_test_only" in preview and "value 600 → 610" in preview
    dialog = EditionsDialog(store, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2 and dialog.table.item(0, 4).text() == "active"
    assert not dialog.revert_button.isEnabled() or dialog.selected_edition() is None
    dialog.switchRequested.connect(ctl.switch_to)
    dialog.reset_button.click()
    assert store.active_id() == FACTORY and ctl.status_label.texts() == ["Bundled data"]
    dialog.refresh()
    dialog.table.selectRow(0)
    assert dialog.revert_button.isEnabled()
    dialog.revert_button.click()
    assert store.active_id() == dialog.table.item(0, 0).text()


def test_export_writes_a_pack_of_the_active_edition(window, tmp_path):
    out = window.data_controller.export_edition(str(tmp_path / "mine"))
    assert out == tmp_path / "mine.etown" and out.stat().st_size > 1000


def test_save_update_workbook_writes_the_template(window, tmp_path, dialogs):
    import openpyxl

    dialogs.file_answer = str(tmp_path / "update")
    out = window.data_controller.save_template()
    assert out == tmp_path / "update.xlsx"
    wb = openpyxl.load_workbook(out, read_only=True)
    assert {"figures", "sources", "article_text", "read_me"} <= set(wb.sheetnames)
    wb.close()


def test_open_data_folder_opens_the_users_folder(window, store, monkeypatch):
    opened = []
    monkeypatch.setattr(data_menu.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    assert window.data_controller.open_data_folder() == store.root
    assert opened == [str(store.root)]


def test_without_a_file_manager_the_folder_is_named(window, store, monkeypatch, dialogs):
    monkeypatch.setattr(data_menu.QDesktopServices, "openUrl", lambda url: False)
    window.data_controller.open_data_folder()
    assert dialogs.texts("information") and str(store.root) in dialogs.texts("information")[0]


def test_declining_the_restart_says_the_edition_shows_later(window, workbooks, store, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(ImportReportDialog, "exec", lambda self: int(QDialog.DialogCode.Accepted))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    ctl = window.data_controller
    assert ctl.import_update(str(workbooks / "good.xlsx")) is True
    assert window.restarts == []
    assert ctl.status_label.texts()[0] == "Bundled data · restart to show good.xlsx"


@pytest.fixture
def imported_repo(workbooks, store):
    from etown_desktop.core.editions.importer import apply_import, prepare_import
    from etown_desktop.core.resources import database_path

    apply_import(prepare_import(workbooks / "good.xlsx", store, database_path()), store)
    r = Repository()
    yield r
    r.close()


def test_source_reader_quotes_the_paragraph_and_highlights_the_number(qtbot, hub, imported_repo):
    panel = ProvenancePanel(imported_repo, hub)
    qtbot.addWidget(panel)
    panel.show_figure("TF01")
    quote = panel.source_quote
    assert not quote.isHidden()
    html = quote.quote.toHtml()
    assert "123.4" in html and "#ffd666" in html
    assert "reported output of 123.4 billion yuan" in quote.quote.toPlainText()
    assert quote.heading.text() == "Cited paragraph (¶2) of T1"
    quote.copy_citation(full=False)
    assert QGuiApplication.clipboard().text() == "T1, publisher not stated, undated, paragraph 2"
    quote.copy_citation(full=True)
    full = QGuiApplication.clipboard().text()
    assert full.startswith("“TEST DATA synthetic article”. publisher not stated, undated, paragraph 2.")
    assert imported_repo.metadata.edition in full
    panel.show_figure(CHANGED_FIGURE)
    assert HAND_NOTE in quote.quote.toPlainText() and "Checked by hand" in quote.quote.toPlainText()


def test_open_source_shows_the_whole_article_with_the_paragraph_highlighted(
        qtbot, hub, imported_repo):
    panel = ProvenancePanel(imported_repo, hub)
    qtbot.addWidget(panel)
    panel.show_figure("TF01")
    panel.source_quote.open_article()
    dialog = panel.source_quote.article_dialog
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "TEST DATA - synthetic article" in text and "77 test firms" in text
    assert text.count("cited") == 1
    assert imported_repo.source(TEST_SOURCE_ID).ref in dialog.windowTitle()


def test_shipped_sources_are_quoted_too(qtbot, hub, repo):
    panel = ProvenancePanel(repo, hub)
    qtbot.addWidget(panel)
    panel.show_figure("F001")
    text = panel.source_quote.quote.toPlainText()
    assert "close to 600 billion yuan" in text
    assert "600" in panel.source_quote.quote.toHtml().split("#ffd666")[1][:200]


def _import_good(workbooks, store):
    from etown_desktop.core.editions.importer import apply_import, prepare_import
    from etown_desktop.core.resources import database_path

    return apply_import(prepare_import(workbooks / "good.xlsx", store, database_path()), store)


def test_startup_says_a_damaged_edition_was_skipped(qtbot, repo, app_settings, store, workbooks,
                                                    dialogs):
    info = _import_good(workbooks, store)
    with open(store.db_path(info.edition), "r+b") as fh:
        fh.seek(4096)
        fh.write(b"\0" * 512)
    win = MainWindow(repo, settings=app_settings, auto_build=False)
    qtbot.addWidget(win)
    ctl = data_menu.install(win)
    ctl.startup_checks()
    (text,) = dialogs.texts("warning")
    assert "could not be used and was skipped" in text and info.edition in text and "damaged" in text
    assert ctl.status_label.texts() == ["Bundled data"]


def test_a_newer_bundled_edition_is_offered(qtbot, repo, app_settings, store, workbooks, dialogs,
                                            monkeypatch):
    import json

    info = _import_good(workbooks, store)
    manifest = store.manifest_path(info.edition)
    data = json.loads(manifest.read_text())
    data["data_date"] = "2020-01-01"  # as if imported long before this app version's facts
    manifest.write_text(json.dumps(data))
    win = MainWindow(repo, settings=app_settings, auto_build=False)
    qtbot.addWidget(win)
    ctl = data_menu.install(win)
    monkeypatch.setattr(ctl, "restart", lambda: None)
    ctl.startup_checks()
    assert any("newer than your imported edition" in t for t in dialogs.texts("question"))
    assert store.active_id() == FACTORY  # the (patched) answer was Yes
    assert [i.edition for i in store.history()] == [info.edition]  # the import is kept


def test_a_short_quote_box_scrolls_to_the_number(qtbot, hub, repo):
    panel = ProvenancePanel(repo, hub)
    qtbot.addWidget(panel)
    panel.resize(200, 320)  # a quarter of it: the quote box shows a few lines
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_figure("F003")
    quote = panel.source_quote.quote
    qtbot.waitUntil(lambda: quote.verticalScrollBar().maximum() > 0)
    cursor = quote.textCursor()
    assert not cursor.hasSelection()
    assert quote.cursorRect(cursor).intersects(quote.viewport().rect())
    assert quote.verticalScrollBar().value() > 0  # "90" is near the end of ¶6


def test_the_sources_tab_shows_the_source_an_import_added(qtbot, hub, imported_repo):
    """Six sources, five cards: the imported one (2 figures, the fewest) is a card, not "and 1 more"."""
    from etown_desktop.ui.tabs.sources_tab import SourcesTab

    tab = SourcesTab(imported_repo, hub)
    qtbot.addWidget(tab)
    assert imported_repo.source_count() == 6 and tab.more_sources == 1
    shown = [card.source.id for card in tab.source_cards]
    assert TEST_SOURCE_ID in shown and len(shown) == 5
    refs = [card.source.ref for card in tab.source_cards]
    assert refs == sorted(refs)  # listed in reference order
