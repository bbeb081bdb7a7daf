"""Thin dialog glue over the path-based exports: ask where, confirm overwrite, report failures.

Remembers the last export folder (``export/last_folder`` in the app settings). Every failure the
exports name (:class:`~etown_desktop.core.errors.EtownError`) becomes a warning box with its message.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QMimeData, QObject, QStandardPaths
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QPushButton, QWidget

from etown_desktop.core.charts import ChartSpec
from etown_desktop.core.errors import EtownError
from etown_desktop.core.repository import Repository
from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.settings import AppSettings
from etown_desktop.ui.widgets import file_dialogs

log = logging.getLogger(__name__)

LAST_FOLDER_KEY = "export/last_folder"


class ExportController(QObject):
    """Export, copy and print actions for one window."""

    def __init__(self, repo: Repository, window: QWidget, settings: AppSettings | None = None) -> None:
        super().__init__(window)
        from etown_desktop.ui.qt_workarounds import guard_refcount_bug

        guard_refcount_bug()  # the export renderers make thousands of void Qt calls (see qt_workarounds)
        self.repo = repo
        self.window = window
        self.settings = settings or AppSettings()

    # -- helpers ---------------------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return current_language()

    def last_folder(self) -> Path:
        """The folder of the last successful export; else the platform's documents folder if it
        exists; else the home folder (never the working directory)."""
        saved = self.settings.value(LAST_FOLDER_KEY)
        if saved and Path(saved).is_dir():
            return Path(saved)
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if docs and Path(docs).is_dir():
            return Path(docs)
        return Path.home()

    def ask_save_path(self, caption: str, default_name: str, filters: Sequence[str]) -> tuple[Path, str] | None:
        """The chosen path and filter, after confirming an overwrite; None when cancelled."""
        name, chosen = file_dialogs.save_file_name(
            self.window, caption, str(self.last_folder() / default_name), ";;".join(filters),
            filters[0], QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            ext = (chosen or filters[0]).split("*")[-1].rstrip(")").strip()
            path = path.with_suffix(ext)
        if path.exists():
            answer = QMessageBox.question(
                self.window, self.tr("Replace file?"),
                self.tr("{name} already exists in {folder}. Replace it?").format(
                    name=path.name, folder=path.parent))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        return path, chosen or filters[0]

    def run(self, action: Callable[[], Path | None]) -> bool:
        try:
            path = action()
        except EtownError as exc:
            log.warning("export failed: %s", exc)
            QMessageBox.warning(self.window, self.tr("Export failed"), str(exc))
            return False
        if path is not None:
            # Only a folder that really received a file is remembered (not a failed, bad path).
            self.settings.set_value(LAST_FOLDER_KEY, str(Path(path).parent))
            from etown_desktop.ui.export.saved_notice import show_saved

            # "Saved NAME" with an Open folder button in the status bar
            if show_saved(self.window, Path(path)) is None:
                self._status(self.tr("Saved {path}").format(path=path))
        return True

    def _status(self, text: str) -> None:
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(text, 8000)
        from etown_desktop.ui.accessibility.announce import announce

        announce(self.window, text)

    def _edition(self):
        from etown_desktop.ui.export.chart_renderer import Edition

        meta = self.repo.metadata
        return Edition(meta.edition, meta.data_date)

    # -- charts ---------------------------------------------------------------------------------
    def export_chart(self, spec: ChartSpec) -> bool:
        from etown_desktop.ui.export.chart_export import export_chart

        chosen = self.ask_save_path(
            self.tr("Export chart"), f"{spec.id}.png",
            [self.tr("PNG image (*.png)"), self.tr("SVG vector image (*.svg)"), self.tr("PDF document (*.pdf)")])
        if chosen is None:
            return False
        path, _ = chosen
        return self.run(lambda: export_chart(spec, path, self.lang, self._edition()))

    def chart_mime(self, spec: ChartSpec) -> QMimeData:
        from etown_desktop.ui.export.chart_export import chart_image, chart_svg

        mime = QMimeData()
        mime.setImageData(chart_image(spec, self.lang, self._edition(), width=1800))
        mime.setData("image/svg+xml", chart_svg(spec, self.lang, self._edition()).encode("utf-8"))
        mime.setText(f"{spec.title(self.lang)}\n{spec.source(self.lang)}")
        return mime

    def copy_chart(self, spec: ChartSpec) -> None:
        QGuiApplication.clipboard().setMimeData(self.chart_mime(spec))
        self._status(self.tr("Chart copied"))

    # -- tables ---------------------------------------------------------------------------------
    def export_table(self, table_id: str, displayed_rows: Sequence[int] | None, total: int) -> bool:
        from etown_desktop.core.export.tabular import export_table

        rows = None
        if displayed_rows is not None and len(displayed_rows) < total:
            answer = self.ask_which_rows(len(displayed_rows), total)
            if answer is None:
                return False
            if answer == "shown":
                rows = list(displayed_rows)
        # The Excel-friendly CSV (UTF-8 with BOM) comes first: a plain UTF-8 CSV garbles Chinese in Excel.
        plain_csv = self.tr("CSV, UTF-8 without BOM, for other programs (*.csv)")
        chosen = self.ask_save_path(
            self.tr("Export table"), f"{table_id}.xlsx",
            [self.tr("Excel workbook (*.xlsx)"), self.tr("CSV for Excel (*.csv)"), plain_csv])
        if chosen is None:
            return False
        path, flt = chosen
        return self.run(lambda: export_table(self.repo, table_id, path, self.lang, rows,
                                             excel=flt != plain_csv))

    def which_rows_box(self, shown: int, total: int) -> tuple[QMessageBox, QPushButton, QPushButton]:
        """The "Which rows?" question with buttons that say what they do."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Which rows?"),
                          self.tr("The table shows {n} of {total} rows. Which rows do you want to export?")
                          .format(n=shown, total=total), QMessageBox.StandardButton.NoButton, self.window)
        shown_button = box.addButton(self.tr("Shown rows ({n})").format(n=shown),
                                     QMessageBox.ButtonRole.AcceptRole)
        all_button = box.addButton(self.tr("All rows ({total})").format(total=total),
                                   QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(shown_button)
        return box, shown_button, all_button

    def ask_which_rows(self, shown: int, total: int) -> str | None:
        """"shown", "all", or None when cancelled."""
        box, shown_button, all_button = self.which_rows_box(shown, total)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return "shown" if clicked is shown_button else "all" if clicked is all_button else None

    # -- fact sheet and pack -----------------------------------------------------------------------
    def export_factsheet(self) -> bool:
        from etown_desktop.ui.export.factsheet import export_factsheet

        chosen = self.ask_save_path(self.tr("Export fact sheet"), f"etown-factsheet-{self.lang}.pdf",
                                    [self.tr("PDF document (*.pdf)")])
        if chosen is None:
            return False
        return self.run(lambda: export_factsheet(self.repo, chosen[0], self.lang))

    def export_pack(self, sector_id: str | None = None) -> bool:
        from etown_desktop.ui.export.pack import export_pack

        name = f"etown-investor-pack-{sector_id + '-' if sector_id else ''}{self.lang}.zip"
        chosen = self.ask_save_path(self.tr("Export investor pack"), name, [self.tr("ZIP archive (*.zip)")])
        if chosen is None:
            return False
        return self.run(lambda: export_pack(self.repo, chosen[0], self.lang, sector_id))

    # -- print ------------------------------------------------------------------------------------
    def paint_factsheet(self, printer) -> None:
        from etown_desktop.ui.export.factsheet import PAGE_W, paint_factsheet

        painter = QPainter(printer)
        try:
            page = printer.pageLayout().paintRectPixels(printer.resolution())
            painter.scale(page.width() / PAGE_W, page.width() / PAGE_W)
            paint_factsheet(self.repo, painter, self.lang)
        finally:
            painter.end()

    def print_with(self, paint: Callable, preview: bool) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if preview:
            dialog = QPrintPreviewDialog(printer, self.window)
            dialog.paintRequested.connect(paint)
            dialog.exec()
        else:
            dialog = QPrintDialog(printer, self.window)
            if dialog.exec() == QPrintDialog.DialogCode.Accepted:
                paint(printer)
