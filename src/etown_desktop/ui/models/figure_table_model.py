"""Every figure of the database as a table, served from SQLite a page at a time."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from etown_desktop.core.formatting import format_paragraph, format_publisher, format_source_date, format_usd, format_value
from etown_desktop.core.queries import figure_text, list_query
from etown_desktop.core.records import Figure
from etown_desktop.ui.models.sql_table_model import SqlListModel
from etown_desktop.ui.widgets.table_view import FIGURE_ID_ROLE, SORT_ROLE

log = logging.getLogger(__name__)

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


class FigureTableModel(SqlListModel):
    """Every figure (id order until sorted); values are formatted, sorting uses the numbers.

    Rows come from SQLite on demand (:class:`SqlListModel`): filtering with :meth:`set_query`
    (every word, both languages, literally) and :meth:`set_source`, sorting by the view's header.
    """

    SPEC = list_query.FIGURES
    ROLES = frozenset(int(r) for r in (Qt.ItemDataRole.DisplayRole, FIGURE_ID_ROLE, SORT_ROLE,
                                       Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole))

    def load(self, keys: list[str]) -> dict[str, Figure]:
        return self.repo.figures_by_ids(keys)

    def figure(self, row: int) -> Figure:
        return self.record(row)

    def set_source(self, source_id: str | None) -> None:
        """Only the figures of one source (None: every source); combines with the query."""
        self.set_filter("source_id", source_id)

    def source_id(self) -> str | None:
        return self.filter_value("source_id")

    def text(self, fig: Figure, key: str) -> str:
        return figure_text.cell_text(fig, key, self.lang)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("FigureTableModel", COLUMNS[section][1])
        return None

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

    def cell_data(self, fig: Figure, column: int, role: int) -> Any:
        key = COLUMN_KEYS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(fig, key)
        if role == FIGURE_ID_ROLE:
            return fig.id
        if role == SORT_ROLE:
            return figure_text.sort_key(fig, key, self.lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(fig)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("value", "paragraph"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
