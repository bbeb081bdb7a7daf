"""File → "Print / Save tab as PDF…" and "Print preview of current tab…" for the main window.

The preview opens at a usable size (most of the screen) and zoomed to the page width.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.menus.mnemonics import unnumbered
from etown_desktop.ui.widgets import file_dialogs

log = logging.getLogger(__name__)

PREVIEW_SHARE = 0.8  # of the screen's available width and height



def default_paper() -> str:
    from PySide6.QtCore import QLocale

    country = QLocale.system().territory()
    return "letter" if country in (QLocale.Country.UnitedStates, QLocale.Country.Canada) else "a4"


def current_document(window, paper: str | None = None):
    from etown_desktop.ui.tab_pdf.tab_export import tab_document

    name = window.current_tab_name()
    tab = window.build_tab(name)
    title = window.tabs.tabToolTip(window.tabs.currentIndex()) or unnumbered(window.tab_actions[
        window.tabs.currentIndex()].text()).replace("&&", "&")
    return tab_document(tab, window.repo, title, current_language(), paper or default_paper())


def preview_dialog(window, doc):
    """A print preview at most of the screen's size, zoomed to the page width."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget

    from etown_desktop.ui.tab_pdf.tab_export import print_document

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, window)
    title = QCoreApplication.translate("TabPrint", "Print preview: %1")
    dialog.setWindowTitle(title.replace("%1", doc.info.title))
    dialog.paintRequested.connect(lambda p: print_document(doc, p))
    screen = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    dialog.resize(int(screen.width() * PREVIEW_SHARE), int(screen.height() * PREVIEW_SHARE))
    preview = dialog.findChild(QPrintPreviewWidget)
    if preview is not None:
        preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)
    dialog.printer = printer  # keep it alive with the dialog
    return dialog


def save_tab_pdf(window) -> bool:
    from etown_desktop.core.errors import EtownError

    ctl = getattr(window, "export_controller", None)
    name = window.current_tab_name()
    folder = ctl.last_folder() if ctl is not None else None
    suggested = f"etown-{name}-{current_language()}.pdf"
    path, _ = file_dialogs.save_file_name(window, QCoreApplication.translate("TabPrint", "Save tab as PDF"),
                                          str(folder / suggested) if folder else suggested,
                                          QCoreApplication.translate("TabPrint", "PDF document (*.pdf)"))
    if not path:
        return False
    if not re.search(r"\.pdf$", path, re.IGNORECASE):
        path += ".pdf"
    from etown_desktop.core.export.atomic import check_extension, write_with
    from etown_desktop.ui.tab_pdf.tab_export import write_document_pdf

    doc = current_document(window)
    try:
        written = write_with(check_extension(path, [".pdf"]), lambda tmp: write_document_pdf(doc, tmp))
    except EtownError as exc:
        QMessageBox.warning(window, QCoreApplication.translate("TabPrint", "Export failed"), str(exc))
        return False
    if ctl is not None:
        ctl.settings.set_value("export/last_folder", str(written.parent))
    from etown_desktop.ui.export.saved_notice import show_saved

    pages = QCoreApplication.translate("TabPrint", "%1 pages").replace("%1", str(doc.page_count()))
    show_saved(window, written, pages)  # with an Open folder button
    return True


def print_tab(window, preview: bool) -> None:
    doc = current_document(window)
    if preview:
        dialog = preview_dialog(window, doc)
        dialog.exec()
        return
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from etown_desktop.ui.tab_pdf.tab_export import print_document

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, window)
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        print_document(doc, printer)
