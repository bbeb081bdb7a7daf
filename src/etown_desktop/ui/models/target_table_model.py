"""TargetTableModel: a plan's targets next to the latest actual (or related) figure."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from etown_desktop.core.formatting import format_value
from etown_desktop.core.records import Target

FIGURE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("TargetTableModel", text)


class TargetTableModel(QAbstractTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("TargetTableModel", "Target"),
               QT_TRANSLATE_NOOP("TargetTableModel", "Target value"),
               QT_TRANSLATE_NOOP("TargetTableModel", "Latest figure"),
               QT_TRANSLATE_NOOP("TargetTableModel", "Comparable?"),
               QT_TRANSLATE_NOOP("TargetTableModel", "Note"))

    def __init__(self, targets: list[Target], lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.targets = targets
        self.lang = lang

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.targets)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.COLUMNS[section])
        return None

    def cell_text(self, t: Target, column: int) -> str:
        lang = self.lang
        if column == 0:
            return t.target.label(lang)
        if column == 1:
            return format_value(t.target, lang)
        if column == 2:
            if t.actual is None:
                return QCoreApplication.translate("TargetTableModel", "not stated")
            return format_value(t.actual, lang)
        if column == 3:
            if t.actual is None:
                return "—"
            if t.actual_relation == "same":
                return QCoreApplication.translate("TargetTableModel", "yes")
            return QCoreApplication.translate("TargetTableModel", "no — a different measure")
        return (t.note_zh if lang == "zh" else t.note_en) or ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        t = self.targets[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell_text(t, index.column())
        if role == FIGURE_ID_ROLE:
            if index.column() in (2, 3) and t.actual is not None:
                return t.actual.id
            return t.target.id
        return None
