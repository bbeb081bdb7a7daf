"""RecordTableModel: the shared base of the read-only tables over a list of core records.

A subclass names its translation ``CONTEXT`` and ``COLUMNS`` (marked with QT_TRANSLATE_NOOP) and
says what a cell shows (:meth:`cell_text`) and which figure a cell stands for (:meth:`figure_id`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from etown_desktop.ui.widgets.table_view import FIGURE_ID_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    CONTEXT = "RecordTableModel"
    COLUMNS: tuple[str, ...] = ()

    def __init__(self, records: Sequence[Any], lang: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.records = list(records)
        self.lang = lang

    def tr_text(self, text: str) -> str:
        return QCoreApplication.translate(self.CONTEXT, text)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr_text(self.COLUMNS[section])
        return None

    def cell_text(self, record: Any, column: int) -> str:
        raise NotImplementedError

    def figure_id(self, record: Any, column: int) -> str | None:
        """The figure whose provenance a click on this cell shows (None: no figure)."""
        return None

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        """Hook for model-specific roles."""
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self.records[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell_text(record, index.column())
        if role == FIGURE_ID_ROLE:
            return self.figure_id(record, index.column())
        return self.extra_data(record, index.column(), role)
