"""GUI glue of the exports: File menu, chart context actions, Ctrl+C, table export, print."""

from __future__ import annotations

import subprocess

import pytest
from required_tools import require_module, require_tool
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget



from etown_desktop.ui.export.export_actions import install_exports, is_chart_view  # noqa: E402
from etown_desktop.ui.export.export_controller import LAST_FOLDER_KEY  # noqa: E402
from etown_desktop.ui.main_window import MainWindow  # noqa: E402


@pytest.fixture
def window(qtbot, repo, app_settings):
    win = MainWindow(repo, settings=app_settings, auto_build=False)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    install_exports(win, repo)
    win.build_all_tabs()  # tabs built after install get their actions through tabBuilt
    return win


def _charts(win) -> list[QWidget]:
    views = [w for w in win.findChildren(QWidget) if is_chart_view(w)]
    assert views, "no ChartView in the tabs"
    return views


def test_file_menu_entries(window):
    texts = [a.text() for a in window.file_menu.actions()]
    for wanted in ("Export &fact sheet (PDF)…", "Export &investor pack (ZIP)…", "&Print current tab…",
                   "P&rint preview of fact sheet…"):  # each with its own mnemonic (test_menu_mnemonics)
        assert wanted in texts
    assert texts.index("Export &fact sheet (PDF)…") < texts.index(window.quit_action.text())


def test_copy_chart_puts_image_and_svg_on_clipboard(window):
    view = _charts(window)[0]
    QGuiApplication.clipboard().clear()
    view.chart_copy_action.trigger()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasImage()
    assert b"<svg" in bytes(mime.data("image/svg+xml"))
    assert view.spec.title_en in mime.text() or view.spec.title_zh in mime.text()


def test_ctrl_c_on_focused_chart(window, qtbot):
    view = _charts(window)[0]
    window.tabs.setCurrentWidget(next(p for p in window.pages.values() if p.isAncestorOf(view)))
    QGuiApplication.clipboard().clear()
    target = view.plot_widgets[0] if view.plot_widgets else view
    target.setFocus()
    qtbot.waitUntil(lambda: view.isAncestorOf(QGuiApplication.focusObject()) or
                    QGuiApplication.focusObject() is view, timeout=2000)
    qtbot.keyClick(target, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().mimeData().hasImage()


def test_export_chart_remembers_folder_and_asks_before_overwrite(window, dialogs, tmp_path, monkeypatch):
    view = _charts(window)[0]
    target = tmp_path / "chart.svg"
    dialogs.file_answer = str(target)
    view.chart_export_action.trigger()
    assert b"<svg" in target.read_bytes()[:400]
    assert window.settings.value(LAST_FOLDER_KEY) == str(tmp_path)
    # Existing file: "No" keeps it, "Yes" (the fixture default) replaces it.
    target.write_text("keep me")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    view.chart_export_action.trigger()
    assert target.read_text() == "keep me"


def test_export_failure_shows_message(window, dialogs, tmp_path):
    view = _charts(window)[0]
    dialogs.file_answer = str(tmp_path / "missing" / "chart.png")
    view.chart_export_action.trigger()
    assert any("does not exist" in t for t in dialogs.texts("warning"))


def test_table_export_from_context_action(window, dialogs, repo, tmp_path):
    openpyxl = require_module("openpyxl")
    from etown_desktop.ui.widgets.table_view import TableView

    tables = [t for t in window.findChildren(TableView) if hasattr(t, "table_export_action")]
    assert tables, "no exportable table view in the tabs"
    view = tables[0]
    out = tmp_path / "t.xlsx"
    dialogs.file_answer = str(out)
    view.table_export_action.trigger()
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert ws.max_row >= 2 and ws.freeze_panes == "A2"


def test_factsheet_and_pack_from_menu(window, dialogs, tmp_path):
    dialogs.file_answer = str(tmp_path / "fs.pdf")
    window.export_factsheet_action.trigger()
    assert (tmp_path / "fs.pdf").read_bytes().startswith(b"%PDF")
    dialogs.file_answer = str(tmp_path / "pack.zip")
    window.export_pack_action.trigger()
    assert (tmp_path / "pack.zip").stat().st_size > 10_000


def test_print_preview_opens_a_dialog(window, dialogs):
    window.preview_factsheet_action.trigger()
    assert "exec:QPrintPreviewDialog" in dialogs.names()


def test_printing_the_fact_sheet_paints_the_page(window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    require_tool("pdftotext")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    window.export_controller.paint_factsheet(printer)
    text = subprocess.run(["pdftotext", str(tmp_path / "printed.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "E-Town" in text and window.repo.metadata.edition in "".join(text.split())
