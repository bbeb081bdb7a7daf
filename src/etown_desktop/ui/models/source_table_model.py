"""The five sources as a table: reference, title, publisher, date, section, note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from etown_desktop.core.formatting import format_publisher, format_source_date
from etown_desktop.core.records import Source
from etown_desktop.core.repository import Repository
from etown_desktop.ui.widgets.table_view import SORT_ROLE

COLUMNS: tuple[tuple[str, str], ...] = (
    ("ref", QT_TRANSLATE_NOOP("SourceTableModel", "Ref")),
    ("title", QT_TRANSLATE_NOOP("SourceTableModel", "Title")),
    ("publisher", QT_TRANSLATE_NOOP("SourceTableModel", "Publisher")),
    ("date", QT_TRANSLATE_NOOP("SourceTableModel", "Date")),
    ("section", QT_TRANSLATE_NOOP("SourceTableModel", "Page section")),
    ("figures", QT_TRANSLATE_NOOP("SourceTableModel", "Figures")),
    ("note", QT_TRANSLATE_NOOP("SourceTableModel", "Note")),
)

_Index = QModelIndex | QPersistentModelIndex


class SourceTableModel(QAbstractTableModel):
    def __init__(self, repo: Repository, lang: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._sources: list[Source] = repo.sources()
        counts: dict[str, int] = {}
        for fig in repo.figures():
            counts[fig.source.id] = counts.get(fig.source.id, 0) + 1
        self._counts = counts

    def source(self, row: int) -> Source:
        return self._sources[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._sources)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("SourceTableModel", COLUMNS[section][1])
        return None

    def text(self, src: Source, key: str) -> str:
        lang = self.lang
        if key == "ref":
            return src.ref
        if key == "title":
            return src.title(lang)
        if key == "publisher":
            return format_publisher(src, lang)
        if key == "date":
            return format_source_date(src, lang)
        if key == "section":
            return src.section(lang) or "—"
        if key == "figures":
            return str(self._counts.get(src.id, 0))
        if key == "note":
            return (src.note_zh if lang == "zh" else src.note_en) or ""
        raise KeyError(key)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        src = self._sources[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(src, key)
        if role == SORT_ROLE:
            if key == "figures":
                return self._counts.get(src.id, 0)
            if key == "date":
                return src.published or src.updated or ""
            return self.text(src, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{src.title(self.lang)}\n{self.text(src, 'note')}\n{src.seed_file}"
        if role == Qt.ItemDataRole.FontRole and key in ("publisher", "date") and (
                (key == "publisher" and not src.publisher)
                or (key == "date" and src.is_undated)):
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "figures":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
