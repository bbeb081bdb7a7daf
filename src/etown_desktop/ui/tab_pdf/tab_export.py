"""A built tab to a PDF file (atomically) or to a printer, through :class:`TabDocument`."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QPainter, QPdfWriter
from PySide6.QtWidgets import QWidget

from etown_desktop import __version__
from etown_desktop.core.errors import ExportFailed
from etown_desktop.core.export.atomic import check_extension, write_with
from etown_desktop.core.export.texts import APP_NAME, edition_line
from etown_desktop.core.repository import Repository
from etown_desktop.ui.tab_pdf.blocks import collect_blocks
from etown_desktop.ui.tab_pdf.document import PAPERS, DocumentInfo, TabDocument, page_layout, page_size

log = logging.getLogger(__name__)


def tab_document(tab: QWidget, repo: Repository, title: str, lang: str, paper: str = "a4") -> TabDocument:
    if paper not in PAPERS:
        raise ExportFailed(f"Unknown paper size {paper!r}. Use one of: {', '.join(PAPERS)}.")
    meta = repo.metadata
    info = DocumentInfo(title, edition_line(lang, meta.edition, meta.data_date), lang, paper)
    return TabDocument(repo, collect_blocks(tab, repo, lang), info)


def write_document_pdf(doc: TabDocument, target: Path) -> None:
    writer = QPdfWriter(str(target))
    writer.setResolution(96)  # one PDF unit per logical pixel of the layout
    writer.setPageLayout(page_layout(doc.info.paper))
    writer.setTitle(doc.info.title)
    writer.setCreator(f"{APP_NAME['en']} {__version__}")
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportFailed(f"Could not start writing {target.name}.")
    try:
        doc.paint(painter, writer.newPage)
    finally:
        painter.end()


def export_tab_pdf(tab: QWidget, repo: Repository, path: Path | str, title: str, lang: str,
                   paper: str = "a4") -> Path:
    """The whole tab as a paginated PDF at ``path`` (written atomically)."""
    path = check_extension(path, [".pdf"])
    doc = tab_document(tab, repo, title, lang, paper)
    write_with(path, lambda tmp: write_document_pdf(doc, tmp))
    log.info("Tab %r: %d pages to %s", title, doc.page_count(), path)
    return path


def print_document(doc: TabDocument, printer) -> None:
    """Paint the document on a QPrinter (or a preview's printer), scaled to its paper."""
    printer.setPageLayout(page_layout(doc.info.paper))
    painter = QPainter()
    if not painter.begin(printer):
        log.warning("The printer could not be started")
        return
    try:
        rect = printer.pageLayout().fullRectPixels(printer.resolution())
        scale = rect.width() / page_size(doc.info.paper).width()
        painter.scale(scale, scale)
        doc.paint(painter, printer.newPage)
    finally:
        painter.end()
