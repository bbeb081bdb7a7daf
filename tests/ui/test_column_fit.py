"""``TableView.fit_column_to_contents`` gives the width Qt's ``resizeColumnToContents`` gives
(issue 22: the Sources and Fortune 500 tabs size columns in one pass instead of Qt asking every
measured cell seven roles): every column of both list models, on the shipped and a 10× database,
English and Chinese, at the precisions the tabs use and at one row."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel

from etown_desktop.app.bootstrap import prepare_ui
from etown_desktop.core.repository import Repository
from etown_desktop.ui.models.company_table_model import CompanyTableModel
from etown_desktop.ui.models.figure_table_model import FigureTableModel
from etown_desktop.ui.widgets.table_view import TableView


def pair(model, precision: int) -> tuple[TableView, TableView]:
    views = (TableView(), TableView())
    for view in views:
        view.setModel(model)
        view.horizontalHeader().setResizeContentsPrecision(precision)
    return views


@pytest.mark.parametrize("multiple", [1, 10])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_widths_equal_qts_own(qapp, app_settings, synthetic_db, multiple, lang):
    prepare_ui(qapp, lang)  # the app's font (and CJK fallback) and style, as the tabs see them
    repo = Repository(synthetic_db(multiple)) if multiple > 1 else Repository()
    try:
        checked = 0
        for model_class in (FigureTableModel, CompanyTableModel):
            model = model_class(repo, lang)
            assert model.rowCount() > (1 if multiple == 1 else 50)
            for precision in (1, 100, 200):
                by_qt, in_one_pass = pair(model, precision)
                for column in range(model.columnCount()):
                    by_qt.resizeColumnToContents(column)
                    in_one_pass.fit_column_to_contents(column)
                    assert in_one_pass.columnWidth(column) == by_qt.columnWidth(column), (
                        model_class.__name__, precision, column)
                    checked += 1
        assert checked == 3 * (11 + 5)
    finally:
        repo.close()


def test_widest_cell_below_the_first_row_and_beyond_the_precision(qapp, repo):
    """The widest of the measured rows sets the width; a wider row past the precision does not."""
    model = FigureTableModel(repo, "en")
    texts = model.display_texts(2, 3)
    assert len(texts) == 3 and all(isinstance(t, str) for t in texts)
    by_qt, in_one_pass = pair(model, 3)
    by_qt.resizeColumnToContents(2)
    in_one_pass.fit_column_to_contents(2)
    assert in_one_pass.columnWidth(2) == by_qt.columnWidth(2)
    in_one_pass.horizontalHeader().setResizeContentsPrecision(1)
    in_one_pass.fit_column_to_contents(2)
    by_qt.horizontalHeader().setResizeContentsPrecision(1)
    by_qt.resizeColumnToContents(2)
    assert in_one_pass.columnWidth(2) == by_qt.columnWidth(2)


def test_a_model_without_display_texts_is_measured_by_qt(qapp):
    model = QStandardItemModel(3, 1)
    for row, text in enumerate(["a", "a much longer cell text than the others", "b"]):
        model.setItem(row, 0, QStandardItem(text))
    by_qt, in_one_pass = pair(model, 100)
    by_qt.resizeColumnToContents(0)
    in_one_pass.fit_column_to_contents(0)
    assert in_one_pass.columnWidth(0) == by_qt.columnWidth(0) > 200


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_fortune500_long_table_columns_fit_their_first_rows(qapp, app_settings, synthetic_db, hub, lang,
                                                            monkeypatch):
    """The Fortune 500 tab with more companies than it wraps (one line a row; the 10x database's 80
    against a limit of 40 here, measured on the first 30 rows): each column but the name is as wide
    as Qt makes it for the measured rows, and Qt never measured a column cell by cell while the tab
    was built (only the first row's cells are asked anything but their text)."""
    from PySide6.QtCore import Qt

    from etown_desktop.ui.tabs import fortune500_tab, tab_page

    prepare_ui(qapp, lang)
    monkeypatch.setattr(tab_page, "current_language", lambda: lang)
    monkeypatch.setattr(fortune500_tab, "WRAPPED_ROWS_LIMIT", 40)
    monkeypatch.setattr(fortune500_tab, "MEASURED_ROWS", 30)
    asked: list[tuple[int, int]] = []
    data = CompanyTableModel.data

    def counting(self, index, role=Qt.ItemDataRole.DisplayRole):
        asked.append((index.row(), int(role)))
        return data(self, index, role)

    monkeypatch.setattr(CompanyTableModel, "data", counting)
    repo = Repository(synthetic_db(10))
    try:
        tab = fortune500_tab.Fortune500Tab(repo, hub)
        assert tab.model.total_count() > fortune500_tab.WRAPPED_ROWS_LIMIT
        assert not [a for a in asked if a[0] > 0], "a column was measured cell by cell"
        header = tab.table.horizontalHeader()
        assert header.resizeContentsPrecision() == 30
        for col in range(1, tab.model.columnCount()):
            assert header.sectionResizeMode(col) == header.ResizeMode.Interactive
            width = header.sectionSize(col)
            tab.table.resizeColumnToContents(col)  # Qt's own measure, cell by cell
            assert header.sectionSize(col) == width, col
        tab.deleteLater()
    finally:
        repo.close()
