"""Every figure of the database as a table, plus a filter proxy that matches any text literally."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from etown_desktop.core.formatting import (
    topic_name,
    QUALIFIER_NAME,
    format_paragraph,
    format_period,
    format_publisher,
    format_source_date,
    format_usd,
    format_value,
)
from etown_desktop.core.records import Figure
from etown_desktop.core.repository import Repository
from etown_desktop.ui.widgets.table_view import FIGURE_ID_ROLE, SORT_ROLE

log = logging.getLogger(__name__)

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # bilingual text a row is searched by

# (key, header text) — headers are translated in headerData()
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", QT_TRANSLATE_NOOP("FigureTableModel", "ID")),
    ("topic", QT_TRANSLATE_NOOP("FigureTableModel", "Topic")),
    ("label", QT_TRANSLATE_NOOP("FigureTableModel", "Figure")),
    ("value", QT_TRANSLATE_NOOP("FigureTableModel", "Value")),
    ("unit", QT_TRANSLATE_NOOP("FigureTableModel", "Unit")),
    ("qualifier", QT_TRANSLATE_NOOP("FigureTableModel", "Qualifier")),
    ("period", QT_TRANSLATE_NOOP("FigureTableModel", "Period")),
    ("source", QT_TRANSLATE_NOOP("FigureTableModel", "Source")),
    ("publisher", QT_TRANSLATE_NOOP("FigureTableModel", "Publisher")),
    ("date", QT_TRANSLATE_NOOP("FigureTableModel", "Date")),
    ("paragraph", QT_TRANSLATE_NOOP("FigureTableModel", "Paragraph")),
)
COLUMN_KEYS = tuple(key for key, _ in COLUMNS)

_Index = QModelIndex | QPersistentModelIndex


class FigureTableModel(QAbstractTableModel):
    """Rows are ``repo.figures()`` (id order); values are formatted, sorting uses the numbers."""

    def __init__(self, repo: Repository, lang: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._figures: list[Figure] = repo.figures()
        self._search = [self._search_text(f) for f in self._figures]

    def figure(self, row: int) -> Figure:
        return self._figures[row]

    def row_of(self, figure_id: str) -> int:
        for row, fig in enumerate(self._figures):
            if fig.id == figure_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._figures)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("FigureTableModel", COLUMNS[section][1])
        return None

    def text(self, fig: Figure, key: str) -> str:
        lang = self.lang
        src = fig.source
        if key == "id":
            return fig.id
        if key == "topic":
            return topic_name(fig.topic, lang)
        if key == "label":
            return fig.label(lang)
        if key == "value":
            return format_value(fig, lang)
        if key == "unit":
            return fig.unit.zh if lang == "zh" else fig.unit.en
        if key == "qualifier":
            return QUALIFIER_NAME["zh" if lang == "zh" else "en"][fig.qualifier]
        if key == "period":
            return format_period(fig, lang)
        if key == "source":
            return f"{src.ref} · {src.title(lang)}"
        if key == "publisher":
            return format_publisher(src, lang)
        if key == "date":
            return format_source_date(src, lang)
        if key == "paragraph":
            return str(fig.paragraph)
        raise KeyError(key)

    def _sort_value(self, fig: Figure, key: str) -> Any:
        if key == "value":
            return float(fig.value)
        if key == "paragraph":
            return int(fig.paragraph)
        if key == "date":
            return fig.source.published or fig.source.updated or ""
        return self.text(fig, key)

    def _tooltip(self, fig: Figure) -> str:
        parts = [f"{fig.label(self.lang)}: {format_value(fig, self.lang, style='words')}",
                 f"{fig.source.ref}, {format_publisher(fig.source, self.lang)}, "
                 f"{format_source_date(fig.source, self.lang)}, "
                 f"{format_paragraph(fig.paragraph, self.lang)}"]
        usd = format_usd(fig, self.lang)
        if usd:
            parts.append(usd)
        note = fig.note(self.lang)
        if note:
            parts.append(note)
        return "\n".join(parts)

    @staticmethod
    def _search_text(fig: Figure) -> str:
        """Both languages, so 外资 finds a figure while the table shows English."""
        src = fig.source
        bits = [fig.id, fig.topic, topic_name(fig.topic, "en"), topic_name(fig.topic, "zh"),
                fig.label_en, fig.label_zh,
                format_value(fig, "en"), format_value(fig, "en", style="words"),
                format_value(fig, "zh"), fig.period_en, fig.period_zh, fig.note_en, fig.note_zh,
                src.ref, src.title_en, src.title_zh, format_publisher(src, "en"),
                format_source_date(src, "en"), fig.unit.en, fig.unit.zh, str(fig.paragraph)]
        return "\n".join(b for b in bits if b).casefold()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        fig = self._figures[index.row()]
        key = COLUMN_KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(fig, key)
        if role == FIGURE_ID_ROLE:
            return fig.id
        if role == SORT_ROLE:
            return self._sort_value(fig, key)
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(fig)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("value", "paragraph"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class FigureFilterProxy(QSortFilterProxyModel):
    """Case-insensitive literal filter over every column (and both languages).

    Words separated by spaces must all occur. No regular expressions are involved, so any
    string — ``(*[``, ``%``, ``'; DROP`` — is simply text to look for.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: tuple[str, ...] = ()
        self._source_id: str | None = None
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_query(self, text: str) -> None:
        terms = tuple(t.casefold() for t in text.split() if t)
        if terms != self._terms:
            self._change_filter(terms, self._source_id)

    def set_source(self, source_id: str | None) -> None:
        """Only the figures of one source (None: every source); combines with the query."""
        if source_id != self._source_id:
            self._change_filter(self._terms, source_id)

    def source_id(self) -> str | None:
        return self._source_id

    def _change_filter(self, terms: tuple[str, ...], source_id: str | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            self._terms, self._source_id = terms, source_id
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._terms, self._source_id = terms, source_id
            self.invalidateFilter()

    def query(self) -> str:
        return " ".join(self._terms)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if self._source_id is not None and hasattr(model, "figure"):
            if model.figure(source_row).source.id != self._source_id:
                return False
        if not self._terms:
            return True
        if hasattr(model, "search_text"):  # a model that words its own bilingual search text
            blob = model.search_text(source_row)
        else:
            blob = model.index(source_row, 0, source_parent).data(SEARCH_ROLE)
        if blob is None:  # a model without a search text: match the displayed cells
            blob = "\n".join(
                str(model.index(source_row, c, source_parent).data() or "")
                for c in range(model.columnCount(source_parent))).casefold()
        return all(term in blob for term in self._terms)

    def lessThan(self, left: _Index, right: _Index) -> bool:  # noqa: N802
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None or type(a) is not type(b):
            a, b = str(left.data() or ""), str(right.data() or "")
        if isinstance(a, str):
            return a.casefold() < b.casefold()
        return a < b
