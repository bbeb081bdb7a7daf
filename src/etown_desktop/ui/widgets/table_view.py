"""The table view every table in the app uses: sortable, copyable, and wired to provenance.

Model convention: a model whose rows are figures returns the figure id for
``FIGURE_ID_ROLE`` (``Qt.UserRole + 1``) on any column; clicking such a row (or moving the current
cell onto it) calls ``hub.show_figure(id)``. ``SORT_ROLE`` (``Qt.UserRole + 2``) gives the value a
proxy sorts by (numbers for numeric columns); models that do not answer it sort by display text.
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QModelIndex, QPoint, QRectF, Qt
from PySide6.QtGui import QAction, QFontMetricsF, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from etown_desktop.ui.provenance_hub import ProvenanceHub

log = logging.getLogger(__name__)

FIGURE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
figureIdRole = FIGURE_ID_ROLE  # the name used in the design notes
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def _cell_text(value: object) -> str:
    text = "" if value is None else str(value)
    return text.replace("\t", " ").replace("\r\n", " ").replace("\n", " ")


class TableView(QTableView):
    """QTableView with sorting, TSV copy (Ctrl+C and context menu) and figure provenance on click."""

    def __init__(self, parent: QWidget | None = None, hub: ProvenanceHub | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self._extra_actions: list[QAction] = []
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.horizontalHeader().setAccessibleName(self.tr("Column headers"))
        self.verticalHeader().setAccessibleName(self.tr("Row numbers"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(False)
        # Tab leaves the table (the arrow keys move between cells): otherwise Tab walks every cell
        # of a long table before the next control is reached — a keyboard trap in practice.
        self.setTabKeyNavigation(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)
        self.clicked.connect(self._activate)

        self.copy_action = QAction(self.tr("Copy"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_selection)
        self.addAction(self.copy_action)
        self.copy_headers_action = QAction(self.tr("Copy with headers"), self)
        self.copy_headers_action.triggered.connect(lambda: self.copy_selection(with_headers=True))

    # -- column widths -------------------------------------------------------------------------
    def fit_column_to_contents(self, column: int) -> None:
        """``resizeColumnToContents(column)`` with the same width, measured in one pass.

        Qt measures a column by asking every measured cell (the first rows, up to the horizontal
        header's ``resizeContentsPrecision``) seven roles through Python and laying out its text
        alone. Here Qt measures the first cell (which gives the item margins and the grid line), the
        model reads the column's texts in one pass (``display_texts``) and one text layout measures
        them all, each text a line of its own: the width of the widest line is the widest cell's
        text. A model without ``display_texts``, a cell that is not plain text on one line, hidden
        rows, a scrolled view or an unlimited precision leave the measuring to Qt.
        """
        model = self.model()
        header = self.horizontalHeader()
        precision = header.resizeContentsPrecision()
        texts_of = getattr(model, "display_texts", None)
        texts = texts_of(column, precision) if texts_of is not None and precision > 0 else None
        if (not texts or self.verticalHeader().hiddenSectionCount() or self.verticalScrollBar().value()
                or not all(isinstance(t, str) and t and "\t" not in t and "\n" not in t
                           and "\r" not in t and "\u2028" not in t for t in texts)):
            self.resizeColumnToContents(column)
            return
        header.setResizeContentsPrecision(1)
        try:
            first = self.sizeHintForColumn(column)  # the first cell, as Qt measures it
        finally:
            header.setResizeContentsPrecision(precision)
        metrics = QFontMetricsF(self.font())
        bounds = QRectF(0, 0, 1e9, 1e9)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        margins = first - math.ceil(metrics.boundingRect(bounds, flags, texts[0]).width())
        widest = math.ceil(metrics.boundingRect(bounds, flags, "\n".join(texts)).width())
        content = max(first, widest + margins)
        header_hint = 0 if header.isHidden() else header.sectionSizeHint(column)
        header.resizeSection(column, max(content, header_hint))

    # -- provenance ----------------------------------------------------------------------------
    def figure_id_at(self, index: QModelIndex) -> str | None:
        if not index.isValid():
            return None
        value = index.data(FIGURE_ID_ROLE)
        return str(value) if value else None

    def _activate(self, index: QModelIndex) -> None:
        figure_id = self.figure_id_at(index)
        if figure_id and self.hub is not None:
            self.hub.show_figure(figure_id)

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:  # noqa: N802
        super().currentChanged(current, previous)
        if current.isValid() and (not previous.isValid() or current.row() != previous.row()):
            self._activate(current)

    # -- copy ----------------------------------------------------------------------------------
    def selection_as_tsv(self, with_headers: bool = False) -> str:
        """Selected cells as tab-separated text, rows and columns in on-screen order."""
        indexes = self.selectionModel().selectedIndexes() if self.selectionModel() else []
        if not indexes:
            return ""
        header = self.horizontalHeader()
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes if not self.isColumnHidden(i.column())},
                      key=header.visualIndex)
        cells = {(i.row(), i.column()): i for i in indexes}
        lines = []
        model = self.model()
        if with_headers:
            lines.append("\t".join(_cell_text(model.headerData(c, Qt.Orientation.Horizontal))
                                   for c in cols))
        for r in rows:
            lines.append("\t".join(
                _cell_text(cells[(r, c)].data(Qt.ItemDataRole.DisplayRole)) if (r, c) in cells else ""
                for c in cols))
        return "\n".join(lines)

    def copy_selection(self, with_headers: bool = False) -> None:
        text = self.selection_as_tsv(with_headers=with_headers)
        if text:
            QGuiApplication.clipboard().setText(text)

    # -- context menu --------------------------------------------------------------------------
    def add_context_action(self, action: QAction) -> None:
        """Add an entry (e.g. "Export table…") to this table's context menu."""
        self._extra_actions.append(action)

    def _build_menu(self) -> QMenu:
        menu = QMenu(self)
        has_selection = bool(self.selectionModel() and self.selectionModel().hasSelection())
        self.copy_action.setEnabled(has_selection)
        self.copy_headers_action.setEnabled(has_selection)
        menu.addAction(self.copy_action)
        menu.addAction(self.copy_headers_action)
        select_all = menu.addAction(self.tr("Select all"))
        select_all.triggered.connect(self.selectAll)
        if self._extra_actions:
            menu.addSeparator()
            for action in self._extra_actions:
                menu.addAction(action)
        return menu

    def _show_menu(self, pos: QPoint) -> None:
        self._build_menu().popup(self.viewport().mapToGlobal(pos))
