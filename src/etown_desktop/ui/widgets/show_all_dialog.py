"""ShowAllDialog: every row of a long list in one table (search, sort, copy, provenance), opened
from a "Show all N" button beside the few featured items a page shows as cards."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from etown_desktop.ui.accessibility.names import enable_clear_button, name_widget
from etown_desktop.ui.accessibility.touch_scroll import enable_touch_scrolling
from etown_desktop.ui.models.sql_table_model import SqlListModel
from etown_desktop.ui.provenance_hub import ProvenanceHub
from etown_desktop.ui.widgets.table_view import TableView

log = logging.getLogger(__name__)

MEASURED_ROWS = 100  # column widths fit the first rows (measuring every row would read them all)
# Wide tables scroll sideways with their long text column at a readable width; the others
# stretch their first (name) column.
FIXED_WIDTHS = {"FigureTableModel": {2: 360}}


class ShowAllDialog(QDialog):
    """A non-modal window over ``model`` (rows fetched from SQLite as they are shown)."""

    def __init__(self, title: str, model: SqlListModel, hub: ProvenanceHub | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.model = model
        model.setParent(self)
        layout = QVBoxLayout(self)
        self.search_box = QLineEdit(self)
        enable_clear_button(self.search_box)
        self.search_box.setPlaceholderText(self.tr("Filter…"))
        self.search_box.setAccessibleName(self.tr("Filter the list"))  # a placeholder is not a name
        self.search_box.textChanged.connect(self._filter)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("muted")
        self.table = TableView(self, hub=hub)
        self.table.setModel(model)
        name_widget(self.table, title)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(MEASURED_ROWS)
        header.setStretchLastSection(False)
        fixed = next((FIXED_WIDTHS[k.__name__] for k in type(model).__mro__ if k.__name__ in FIXED_WIDTHS),
                     None)
        for col in range(model.columnCount()):
            if fixed is None and col == 0:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)  # the name takes the rest
            elif fixed is not None and col in fixed:
                self.table.setColumnWidth(col, fixed[col])
            else:
                self.table.resizeColumnToContents(col)  # once, on the first rows
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(self.search_box)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1100, 640)
        self._update_count()
        enable_touch_scrolling(self)  # a finger scrolls its lists and texts (QScroller, touch only)

    def retranslate_ui(self) -> None:
        """After a language switch (ui/language/retranslation.py): the formatted row count."""
        self._update_count()

    def _filter(self, text: str) -> None:
        self.model.set_query(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%1 rows").replace("%1", f"{self.model.rowCount():,}"))


def show_all_button(text: str, open_dialog, parent: QWidget) -> QPushButton:
    """A flat link-like button that opens a :class:`ShowAllDialog` (built only when clicked)."""
    button = QPushButton(text, parent)
    button.setObjectName("showAll")
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setFlat(True)
    button.setStyleSheet("QPushButton#showAll { text-align: left; text-decoration: underline; padding: 2px 0; }")
    button.clicked.connect(open_dialog)
    return button
