"""Editions…: every imported edition, which one is active, revert to one or reset to the bundled."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from etown_desktop.core.editions.store import FACTORY, EditionStore
from etown_desktop.core.trust.signers import signer_of
from etown_desktop.ui.accessibility.touch_scroll import enable_touch_scrolling
from etown_desktop.ui.trust.trust_texts import signer_text, signer_tooltip


class EditionsDialog(QDialog):
    """Lists the editions; ``switchRequested(edition_id or "factory")`` when the user picks one."""

    switchRequested = Signal(str)

    def __init__(self, store: EditionStore, parent: QWidget | None = None,
                 factory_edition: str = "") -> None:
        super().__init__(parent)
        self.store = store
        self.factory_edition = factory_edition
        self.setObjectName("editionsDialog")
        self.setWindowTitle(self.tr("Data editions"))
        self.resize(860, 420)
        intro = QLabel(self.tr("Each import is kept as its own edition. Make an earlier one active "
                               "again, or go back to the edition that came with the app; nothing "
                               "is deleted."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("editionsTable")
        self.table.setAccessibleName(self.tr("Data editions"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Column headers"))
        self.table.verticalHeader().setAccessibleName(self.tr("Row numbers"))
        self.table.setHorizontalHeaderLabels([self.tr("Edition"), self.tr("Imported from"),
                                              self.tr("Imported on"), self.tr("Figures"),
                                              self.tr("Status"), self.tr("Signed by")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.revert_button = buttons.addButton(self.tr("Make active"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.reset_button = buttons.addButton(self.tr("Back to the bundled edition"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.revert_button.clicked.connect(self._revert)
        self.reset_button.clicked.connect(lambda: self.switchRequested.emit(FACTORY))
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.refresh()
        enable_touch_scrolling(self)  # a finger scrolls its lists and texts (QScroller, touch only)

    def retranslate_ui(self) -> None:
        """After a language switch (ui/language/retranslation.py): the rows' status words."""
        self.refresh()

    def refresh(self) -> None:
        active = self.store.active_id()
        infos = list(reversed(self.store.history()))
        self.table.setRowCount(len(infos) + 1)
        rows = [(i.edition, i.origin, i.imported.replace("T", " ")[:16], str(i.figures),
                 self.store.problem(i, verify=False)) for i in infos]
        rows.append((FACTORY, self.tr("bundled with the app"), "", "", None))
        for r, (edition, origin, imported, figures, problem) in enumerate(rows):
            status = self.tr("active") if edition == active else (
                self.tr("cannot be used: %1").replace("%1", problem) if problem else "")
            shown = self.tr("Bundled edition") if edition == FACTORY else edition
            signer = signer_of(self.factory_edition if edition == FACTORY else edition,
                               self.store.root)
            for c, text in enumerate((shown, origin, imported, figures, status,
                                      signer_text(signer))):
                item = QTableWidgetItem(text)
                if c == 5:
                    item.setToolTip(signer_tooltip(signer))
                item.setData(Qt.ItemDataRole.UserRole, edition)
                if edition == active:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def selected_edition(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _selection_changed(self) -> None:
        chosen = self.selected_edition()
        self.revert_button.setEnabled(chosen is not None and chosen != self.store.active_id())
        self.reset_button.setEnabled(self.store.active_id() != FACTORY)

    def _revert(self) -> None:
        chosen = self.selected_edition()
        if chosen:
            self.switchRequested.emit(chosen)
