"""The meeting brief in the window: add from cards, charts, tables and profiles; reorder, remove;
cover remembered; save / open; export a bilingual PDF with both languages on one page; the brief
survives a restart; and the chart "Table" toggle."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt

from etown_desktop.core.brief.model import Cover
from etown_desktop.ui.brief.brief_controller import BriefController
from etown_desktop.ui.brief.requests import request_add

needs_poppler = pytest.mark.requires_tools("pdftotext")


@pytest.fixture
def window(open_main_window):
    return open_main_window((1366, 768))


def test_add_from_every_kind_of_place(qtbot, window):
    c = window.brief_controller
    overview = window.tab_widget("overview")
    card = overview.cards[0]
    menu_before = card.contextMenuPolicy()
    assert menu_before.name == "CustomContextMenu"  # right-click offers "Add to brief"
    request_add(card.figure.id)
    chart = overview.charts[0]
    chart.table_toggle.brief_button.click()
    table = window.tab_widget("sources").figure_table
    table.selectionModel().select(table.model().index(2, 0), QItemSelectionModel.SelectionFlag.Select)
    table.selectionModel().select(table.model().index(3, 0), QItemSelectionModel.SelectionFlag.Select)
    add_rows = next(a for a in table._extra_actions if "brief" in a.text())
    add_rows.trigger()
    profiles = window.tab_widget("profiles")
    profiles.add_button.click()
    assert c.brief.refs() == [card.figure.id, f"chart:{chart.spec.id}", "figures:F003,F004",
                              f"profile:{profiles.profile_id}"]
    assert window.brief_dock.isVisible()
    assert window.brief_dock.panel.list.count() == 4
    assert not c.add(card.figure.id)  # no duplicates


def test_reorder_remove_and_cover(qtbot, window, app_settings):
    c = window.brief_controller
    for ref in ("F001", "F033", "company:boe"):
        c.add(ref)
    panel = window.brief_dock.panel
    model = panel.list.model()
    model.moveRow(panel.list.rootIndex(), 2, panel.list.rootIndex(), 0)  # what a drag does
    assert c.brief.refs() == ["company:boe", "F001", "F033"]
    panel.list.setCurrentRow(1)
    panel.remove_button.click()
    assert c.brief.refs() == ["company:boe", "F033"]
    panel.list.setCurrentRow(1)
    panel.up_button.click()
    assert c.brief.refs() == ["F033", "company:boe"]
    panel.company_edit.setText("Acme Medical GmbH")
    panel.staffer_edit.setText("Li Wei")
    panel.contact_edit.setText("li.wei@example.org")
    panel.staffer_edit.editingFinished.emit()
    panel.lang_combo.setCurrentIndex(panel.lang_combo.findData("both"))
    assert c.brief.cover.company == "Acme Medical GmbH" and c.brief.lang == "both"
    c.clear()
    assert c.brief.refs() == [] and c.brief.cover.staffer == "Li Wei"  # the staffer is remembered
    assert c.brief.cover.company == ""


def test_the_brief_survives_a_restart(qtbot, repo, app_settings):
    first = BriefController(app_settings)
    first.set_repository(repo)
    first.add("F001")
    first.set_cover(Cover("Acme", "2026-12-01", "Li Wei", "010-1234"))
    again = BriefController(app_settings)
    again.set_repository(repo)
    assert again.brief.refs() == ["F001"] and again.brief.cover.company == "Acme"
    assert [r.status for r in again.resolved] == ["ok"]


def test_save_and_open_through_the_file_menu(qtbot, window, tmp_path, dialogs):
    c = window.brief_controller
    c.add("F001")
    c.add("profile:auto#companies")
    dialogs.file_answer = str(tmp_path / "meeting.json")
    window.brief_dock.panel.save_dialog()
    c.clear()
    assert c.brief.refs() == []
    open_action = next(a for a in window.file_menu.actions() if a.text().replace("&", "").startswith("Open brief"))
    open_action.trigger()
    assert c.brief.refs() == ["F001", "profile:auto#companies"]
    (tmp_path / "bad.json").write_text("{oops", encoding="utf-8")
    dialogs.file_answer = str(tmp_path / "bad.json")
    window.brief_dock.panel.open_dialog()
    assert "not valid JSON" in dialogs.texts("warning")[-1]
    assert c.brief.refs() == ["F001", "profile:auto#companies"]  # nothing lost


@needs_poppler
def test_bilingual_brief_pdf_has_both_languages_on_one_page(qtbot, window, tmp_path, dialogs):
    c = window.brief_controller
    for ref in ("F001", "chart:overview.output_trend", "profile:biomedicine"):
        c.add(ref)
    c.set_cover(Cover("Acme Medical GmbH", "2026-12-01", "Li Wei", "li.wei@example.org"))
    c.set_lang("both")
    dialogs.file_answer = str(tmp_path / "brief.pdf")
    window.brief_dock.panel.export_dialog("pdf")
    pdf = tmp_path / "brief.pdf"
    pages = int(next(ln.split()[-1] for ln in subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True).stdout.splitlines() if ln.startswith("Pages")))
    assert pages >= 2  # the items run on from the cover; the sources follow
    page2 = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True,
                           text=True).stdout
    assert "Gross industrial output value" in page2 and "工业总产值" in page2
    assert "nearly ¥600 bn" in page2 and "近6000亿元" in page2  # qualifiers in both languages
    assert "[1, ¶5]" in page2  # numbered citation
    assert "Billion yuan" in page2 and "2012" in page2  # the chart is drawn as vectors: its text is text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    subset = [ln.split() for ln in fonts.splitlines() if ln.startswith("NotoSansSCSubset")]
    assert subset and all(row[-5] == "yes" for row in subset)  # the bundled font, embedded
    cover = subprocess.run(["pdftotext", "-l", "1", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Acme Medical GmbH" in cover and "Meeting brief" in cover and "2026.11" in cover
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Sources" in text and "资料来源" in text and "PR Newswire" in text


def test_chart_table_toggle_shows_sorted_figures_and_exports(qtbot, window, tmp_path):
    view = window.tab_widget("overview").charts[0]
    toggle = view.table_toggle
    toggle.table_button.click()
    assert toggle.table_box.isVisible() and not toggle.body().isVisible()
    assert view.title_label.isVisible() and view.source_label.isVisible()  # title and sources stay
    model = toggle.table_view.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert {"As stated", "Unit", "Qualifier", "Source"} <= set(headers)
    values = [float(model.index(r, headers.index("Value")).data()) for r in range(model.rowCount())]
    assert values == sorted(values, reverse=True) and values
    out = toggle.export(tmp_path / "chart.csv")
    assert "As stated" in out.read_text(encoding="utf-8-sig")
    toggle.table_button.click()
    assert toggle.body().isVisible() and not toggle.table_box.isVisible()


def test_settings_file_holds_the_brief(app_settings, repo, settings_dir):
    c = BriefController(app_settings)
    c.set_repository(repo)
    c.add("company:bayer")
    stored = QSettings(str(settings_dir / "etown.ini"), QSettings.Format.IniFormat)
    assert "company:bayer" in str(stored.value("v1/brief/current"))


def test_reform_boxes_and_company_rows_add_to_the_brief(qtbot, window):
    from etown_desktop.ui.brief.brief_actions import selection_refs

    reforms = window.tab_widget("reforms")
    box = reforms.reform_boxes["work_permit"]
    assert box.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    table = window.tab_widget("fortune500").table
    table.selectRow(0)
    refs = selection_refs(table)
    assert len(refs) == 1 and refs[0].startswith("company:")


def test_an_item_changed_in_a_new_edition_is_marked_in_the_panel(qtbot, window):
    from dataclasses import replace

    c = window.brief_controller
    c.add("F001")
    stale = replace(c.brief, items=(replace(c.brief.items[0], fingerprint="0" * 12),))
    c._set(stale)  # as if F001 had another value when it was added
    text = window.brief_dock.panel.list.item(0).text()
    assert "changed" in text


@needs_poppler
def test_print_paints_the_same_pages(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    asked = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: asked.append(self) or 0)  # "Cancel"

    c = window.brief_controller
    for ref in ("F001", "company:bayer"):
        c.add(ref)
    panel = window.brief_dock.panel
    panel.print_dialog()  # the dialog is answered "Cancel": nothing printed
    assert len(asked) == 1
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    from etown_desktop.ui.brief.brief_pdf import _setup_a4

    _setup_a4(printer)
    assert panel.print_to(printer) >= 1
    text = subprocess.run(["pdftotext", str(tmp_path / "printed.pdf"), "-"], capture_output=True,
                          text=True).stdout
    assert "Bayer" in text and "Gross industrial output value" in text
