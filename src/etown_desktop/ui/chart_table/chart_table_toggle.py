"""Attach a small bar to a ChartView: a "Table" toggle that swaps the plot for the chart's figures
as a sortable table (title, units, qualifiers and sources stay visible), with Copy and Export, and
an "Add to brief" button. Works on any built ChartView without changing its class."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from etown_desktop.core.chart_data.chart_table import chart_table
from etown_desktop.core.errors import EtownError
from etown_desktop.core.repository import Repository
from etown_desktop.core.tables import Table
from etown_desktop.ui.brief.requests import request_add
from etown_desktop.ui.widgets import file_dialogs
from etown_desktop.ui.widgets.table_view import FIGURE_ID_ROLE, SORT_ROLE, TableView

log = logging.getLogger(__name__)


def table_model(table: Table, parent=None) -> QStandardItemModel:
    frame = table.frame
    model = QStandardItemModel(len(frame), len(frame.columns), parent)
    model.setHorizontalHeaderLabels([str(c) for c in frame.columns])
    model.setSortRole(SORT_ROLE)
    fid_col = len(frame.columns) - 1
    for r in range(len(frame)):
        fid = str(frame.iat[r, fid_col])
        for c, col in enumerate(frame.columns):
            value = frame.iat[r, c]
            shown = value
            if col in table.numeric_columns and float(value).is_integer():
                shown = int(value)
            item = QStandardItem(str(shown))
            item.setData(value if col in table.numeric_columns else str(value), SORT_ROLE)
            item.setData(fid, FIGURE_ID_ROLE)
            item.setEditable(False)
            model.setItem(r, c, item)
    return model


class ChartTableToggle(QWidget):
    """The bar above a chart; ``toggle.table_view`` exists once the table was first shown."""

    def __init__(self, view, repo: Repository, parent: QWidget | None = None) -> None:
        super().__init__(parent or view)
        self.view = view
        self.repo = repo
        self.table_view: TableView | None = None
        self.table_box: QWidget | None = None
        self.setObjectName("chartTableBar")
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addStretch(1)
        self.table_button = QPushButton(self.tr("Table"), self)
        self.table_button.setCheckable(True)
        self.table_button.setToolTip(self.tr("Show the figures of this chart as a table"))
        self.table_button.toggled.connect(self.show_table)
        self.brief_button = QPushButton(self.tr("Add to brief"), self)
        self.brief_button.setToolTip(self.tr("Add this chart to the meeting brief"))
        self.brief_button.clicked.connect(lambda: request_add(f"chart:{view.spec.id}"))
        bar.addWidget(self.table_button)
        bar.addWidget(self.brief_button)

    def body(self) -> QWidget:
        body = self.view.plot_widgets[0]
        return body if body.parentWidget() is self.view else body.parentWidget()

    def table(self) -> Table:
        return chart_table(self.repo, self.view.spec, self.view.lang)

    def _build_table(self) -> None:
        self.table_box = QWidget(self.view)
        lay = QVBoxLayout(self.table_box)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table_view = TableView(self.table_box, self.view.hub)
        self.table_view.setObjectName("chartTable")
        self.table_view.setModel(table_model(self.table(), self.table_view))
        self.table_view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table_view.resizeColumnsToContents()
        self.table_view.setMinimumHeight(200)
        lay.addWidget(self.table_view, 1)
        row = QHBoxLayout()
        copy = QPushButton(self.tr("Copy table"), self.table_box)
        copy.clicked.connect(self.copy_all)
        export = QPushButton(self.tr("Export table…"), self.table_box)
        export.clicked.connect(self.export_dialog)
        row.addStretch(1)
        row.addWidget(copy)
        row.addWidget(export)
        lay.addLayout(row)
        layout = self.view.layout()
        layout.insertWidget(layout.indexOf(self.body()) + 1, self.table_box, 1)

    def show_table(self, on: bool) -> None:
        if on and self.table_box is None:
            self._build_table()
        self.body().setVisible(not on)
        if self.table_box is not None:
            self.table_box.setVisible(on)

    def copy_all(self) -> None:
        self.table_view.selectAll()
        self.table_view.copy_selection(with_headers=True)

    def export_dialog(self) -> None:
        path, _ = file_dialogs.save_file_name(self, self.tr("Export table"),
                                              f"{self.view.spec.id}.xlsx",
                                              self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"))
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> Path | None:
        from etown_desktop.core.export.tabular import table_sources, write_csv, write_xlsx

        table = self.table()
        try:
            if path.suffix.lower() == ".csv":
                return write_csv(table, path, excel=True)
            return write_xlsx(table, path, self.repo.metadata, table_sources(self.repo, table))
        except EtownError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Export failed"), str(exc))
            return None


def attach(view, repo: Repository) -> ChartTableToggle:
    """Put the bar under the chart's title (once)."""
    existing = getattr(view, "table_toggle", None)
    if existing is not None:
        return existing
    toggle = ChartTableToggle(view, repo)
    view.layout().insertWidget(1, toggle)
    view.table_toggle = toggle
    return toggle
