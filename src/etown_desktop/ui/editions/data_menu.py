"""The Data menu and its controller: Import update…, Export edition…, Editions…, Open data folder,
and the status-bar note naming the active edition and where it came from."""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
)

from etown_desktop.core.editions.store import FACTORY, EditionStore, Selection
from etown_desktop.core.errors import EtownError, ImportRejected
from etown_desktop.ui.accessibility.announce import announce
from etown_desktop.core.resources import database_path
from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.widgets import file_dialogs
from etown_desktop.ui.widgets.fitting_label import FittingLabel

log = logging.getLogger(__name__)


class DataController(QObject):
    def __init__(self, window: QMainWindow, store: EditionStore | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.store = store or EditionStore()
        self.factory = database_path()
        self.last_plan = None
        self.menu = QMenu(self.tr("&Data"), window)
        help_menu = getattr(window, "help_menu", None)
        if help_menu is not None:
            window.menuBar().insertMenu(help_menu.menuAction(), self.menu)
        else:
            window.menuBar().addMenu(self.menu)
        self.menu.setObjectName("dataMenu")
        self.template_action = QAction(self.tr("&Save update workbook…"), self)
        self.import_action = QAction(self.tr("&Import update…"), self)
        self.export_action = QAction(self.tr("&Export edition…"), self)
        self.editions_action = QAction(self.tr("E&ditions…"), self)
        self.folder_action = QAction(self.tr("Open data &folder"), self)
        self.template_action.triggered.connect(lambda: self.save_template())
        self.import_action.triggered.connect(lambda: self.import_update())
        self.export_action.triggered.connect(lambda: self.export_edition())
        self.editions_action.triggered.connect(self.show_editions)
        self.folder_action.triggered.connect(self.open_data_folder)
        self.menu.addAction(self.template_action)
        self.menu.addAction(self.import_action)
        self.menu.addAction(self.export_action)
        self.menu.addSeparator()
        self.menu.addAction(self.editions_action)
        self.menu.addAction(self.folder_action)
        # Which data the window shows and where it came from, beside the edition line of the
        # main window; the longest wording that fits, never cut at the start.
        self.status_label = FittingLabel(window)
        self.status_label.setObjectName("editionStatus")
        window.statusBar().addWidget(self.status_label)
        self.selection = self.store.select(self.factory)
        self.shown_selection = self.selection  # what the window shows until a restart
        self.update_status()
        from etown_desktop.ui.trust.trust_status import install as install_trust_status

        self.trust_status = install_trust_status(window, self.store.root)  # signer, staleness

    # -- status ------------------------------------------------------------------------------
    def edition_texts(self, selection: Selection) -> list[str]:
        """Where ``selection``'s data came from, longest wording first."""
        from etown_desktop.core.formatting import format_date

        if selection.edition is None:
            return [self.tr("Bundled data")]
        info = selection.edition
        date = format_date(info.imported[:10], current_language())
        return [self.tr("Data imported from %1, %2").replace("%1", info.origin).replace("%2", date),
                self.tr("Imported: %1").replace("%1", info.origin)]

    def edition_text(self, selection: Selection) -> str:
        return self.edition_texts(selection)[0]

    def restart_pending(self) -> bool:
        """The active edition is not the one this window opened (an import or a switch)."""
        return _edition_id(self.selection) != _edition_id(self.shown_selection)

    def update_status(self) -> None:
        shown = self.edition_texts(self.shown_selection)
        tip = [self._described(self.shown_selection)]
        if self.restart_pending():
            new = (self.tr("the bundled data") if self.selection.edition is None
                   else self.selection.edition.origin)
            pending = self.tr("restart to show %1").replace("%1", new)
            texts = [self.tr("%1 · %2").replace("%1", t).replace("%2", pending) for t in shown]
            texts.append(self.tr("Restart to show the update"))
            tip.append(self.tr("Active after a restart: %1").replace("%1", self._described(self.selection)))
        else:
            texts = shown
        self.status_label.set_texts(texts)
        self.status_label.setToolTip("\n".join(tip))
        # Whole where it can be: the long database line beside it gives way first.
        fm = self.status_label.fontMetrics()
        self.status_label.setMinimumWidth(min(fm.horizontalAdvance(texts[0]) + 8, 480))

    def _described(self, selection: Selection) -> str:
        """'2026.12.06-ab12cd34 · Data imported from …' (the bundled data has no id to show)."""
        text = self.edition_text(selection)
        return text if selection.edition is None else f"{selection.edition.edition} · {text}"

    def retranslate_ui(self) -> None:
        """After a language switch (ui/language/retranslation.py)."""
        self.update_status()

    def startup_checks(self) -> None:
        """Say which editions were skipped, and offer a newer bundled edition."""
        if self.selection.messages:
            QMessageBox.warning(self.window, self.tr("Data editions"),
                                self.tr("An imported edition could not be used and was skipped; "
                                        "the previous one is open instead.") + "\n\n"
                                + "\n".join(self.selection.messages))
        from etown_desktop.core.editions.status import factory_is_newer

        try:
            newer = factory_is_newer(self.factory, self.store)
        except EtownError:
            newer = False
        if newer:
            answer = QMessageBox.question(
                self.window, self.tr("Data editions"),
                self.tr("This version of the app comes with facts newer than your imported "
                        "edition. Switch to the bundled edition? Your imports are kept."))
            if answer == QMessageBox.StandardButton.Yes:
                self.switch_to(FACTORY)

    # -- actions -----------------------------------------------------------------------------
    def import_update(self, path: str | None = None) -> bool:
        """Returns True when a new edition was applied."""
        if not path:
            path, _ = file_dialogs.open_file_name(
                self.window, self.tr("Import update"), str(Path.home()),
                self.tr("Edition pack or Excel workbook (*.etown *.xlsx)"))
            if not path:
                return False
        from etown_desktop.core.editions.importer import discard, prepare_import
        from etown_desktop.ui.editions.import_dialog import ImportReportDialog

        try:
            with _busy():
                plan = prepare_import(Path(path), self.store, self.factory)
        except ImportRejected as exc:
            log.warning("Import refused: %s (%s)", exc, exc.rule)
            announce(self.window, self.tr("Import refused: %1").replace("%1", exc.message(current_language())),
                     assertive=True)
            QMessageBox.warning(self.window, self.tr("Import update"), exc.message(current_language()))
            return False
        except EtownError as exc:
            announce(self.window, self.tr("Import refused: %1").replace("%1", str(exc)), assertive=True)
            QMessageBox.warning(self.window, self.tr("Import update"), str(exc))
            return False
        self.last_plan = plan
        dialog = ImportReportDialog(plan, self.window)
        self.last_dialog = dialog
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.apply_button.isEnabled():
                return False
            return self.apply(plan)
        finally:
            discard(plan)

    def apply(self, plan) -> bool:
        from etown_desktop.core.editions.importer import apply_import

        try:
            with _busy():
                info = apply_import(plan, self.store)
        except EtownError as exc:
            QMessageBox.warning(self.window, self.tr("Import update"), str(exc))
            return False
        if info is None:
            return False
        self.selection = self.store.select(self.factory)
        self.update_status()
        self.offer_restart(info.edition)
        return True

    def export_edition(self, path: str | None = None) -> Path | None:
        from etown_desktop.core.editions.dbread import edition_id, read_database
        from etown_desktop.core.editions.pack import write_pack

        edition = edition_id(self.selection.path)
        if not path:
            path, _ = file_dialogs.save_file_name(
                self.window, self.tr("Export edition"), str(Path.home() / f"etown-{edition}.etown"),
                self.tr("Edition pack (*.etown)"))
            if not path:
                return None
        if not path.lower().endswith(".etown"):
            path += ".etown"
        from etown_desktop.ui.editions.edition_signing import report_export, signing_for_export

        signing = signing_for_export(self.window)  # signed when this laptop holds the bureau's key
        if signing.cancelled:
            return None
        try:
            out = write_pack(read_database(self.selection.path), edition, Path(path), sign=signing.sign)
        except EtownError as exc:
            QMessageBox.warning(self.window, self.tr("Export edition"), str(exc))
            return None
        self.window.statusBar().showMessage(report_export(self.window, out, signing), 8000)
        announce(self.window, self.window.statusBar().currentMessage())
        return out

    def save_template(self, path: str | None = None) -> Path | None:
        """The Excel workbook of the active edition, for staff to edit and import."""
        from etown_desktop.core.editions.dbread import read_database
        from etown_desktop.core.editions.workbook_template import write_template

        if not path:
            path, _ = file_dialogs.save_file_name(
                self.window, self.tr("Save update workbook"), str(Path.home() / "etown-update.xlsx"),
                self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            out = write_template(read_database(self.selection.path), Path(path))
        except EtownError as exc:
            QMessageBox.warning(self.window, self.tr("Save update workbook"), str(exc))
            return None
        self.window.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(out)), 8000)
        announce(self.window, self.window.statusBar().currentMessage())
        return out

    def show_editions(self) -> None:
        from etown_desktop.ui.editions.editions_dialog import EditionsDialog

        dialog = EditionsDialog(self.store, self.window, factory_edition=self.factory_edition())
        dialog.switchRequested.connect(lambda e: (self.switch_to(e), dialog.refresh()))
        self.editions_dialog = dialog
        dialog.exec()

    def factory_edition(self) -> str:
        from etown_desktop.core.editions.dbread import edition_id

        try:
            return edition_id(self.factory)
        except EtownError:
            return ""

    def switch_to(self, edition: str) -> bool:
        from etown_desktop.core.editions.store import reset, revert

        try:
            if edition == FACTORY:
                reset(self.store)
            else:
                revert(self.store, edition)
        except EtownError as exc:
            QMessageBox.warning(self.window, self.tr("Data editions"), str(exc))
            return False
        self.selection = self.store.select(self.factory)
        self.update_status()
        self.offer_restart(edition)
        return True

    def open_data_folder(self) -> Path:
        self.store.root.mkdir(parents=True, exist_ok=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.store.root))):
            QMessageBox.information(self.window, self.tr("Data editions"),
                                    self.tr("The data folder is:") + "\n" + str(self.store.root))
        return self.store.root

    # -- restart -----------------------------------------------------------------------------
    def offer_restart(self, edition: str) -> None:
        question = (self.tr("The bundled data is now active. Restart the app now to show it?")
                    if edition == FACTORY else
                    self.tr("Edition %1 is now active. Restart the app now to show it?").replace("%1", edition))
        answer = QMessageBox.question(self.window, self.tr("Data editions"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.restart()
        # Otherwise the window still shows the facts it opened with: the status line says so.

    def restart(self) -> None:
        """Start a new instance of the app, then close this one (its settings are saved)."""
        args = sys.argv[1:] if getattr(sys, "frozen", False) else ["-m", "etown_desktop", *sys.argv[1:]]
        if QProcess.startDetached(sys.executable, args):
            self.window.close()


def _edition_id(selection: Selection) -> str:
    return FACTORY if selection.edition is None else selection.edition.edition


@contextlib.contextmanager
def _busy():
    """A wait cursor while a large workbook is read, checked or built."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def install(window: QMainWindow, store: EditionStore | None = None) -> DataController:
    """Add the Data menu and the edition status to ``window`` (after the first paint)."""
    controller = DataController(window, store)
    window.data_controller = controller
    return controller
