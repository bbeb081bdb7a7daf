"""SqlListModel: a table over a list table in the database, rows fetched on demand.

The model holds only the matching rows' positions in display order (a NumPy array of integers, so
the row count is exact); the records of the rows the view paints are read a page at a time and kept in
a small cache. Filtering (literal words, both languages) and sorting run in SQLite
(:mod:`etown_desktop.core.queries.list_query`). It offers the filter API the tabs use
(``set_query``, ``set_filter``, ``query``) and sorts when the view's header asks (:meth:`sort`).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from etown_desktop.core.queries import list_query
from etown_desktop.core.queries.list_query import ListSpec
from etown_desktop.core.repository import Repository

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 128
MAX_PAGES = 64  # at most 8,192 records in memory, whatever the table's size


class SqlListModel(QAbstractTableModel):
    """Subclasses set ``SPEC``, load records by key (:meth:`load`) and answer :meth:`cell_data`."""

    SPEC: ListSpec
    # The roles :meth:`cell_data` answers (as ints; None: any): any other role is None without
    # reading the row's record. A view measuring a column asks 8 roles a cell and uses one or two.
    ROLES: frozenset[int] | None = None

    def __init__(self, repo: Repository, lang: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.lang = lang
        self._terms: tuple[str, ...] = ()
        self._filters: dict[str, str | None] = {}
        self._sort: tuple[str, bool] | None = None
        self._cache = list_query.ListCache(repo, self.SPEC)
        self._total = self._cache.total
        self._rows: np.ndarray = np.arange(1, self._total + 1, dtype=np.int64)
        self._pages: OrderedDict[int, list[tuple[str, Any]]] = OrderedDict()
        self._scope: np.ndarray | None = None  # rowid -> listed (a mask), or None: every row

    # -- records ---------------------------------------------------------------------------
    def load(self, keys: list[str]) -> dict[str, Any]:  # pragma: no cover - overridden
        raise NotImplementedError

    def cell_data(self, record: Any, column: int, role: int) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def _page(self, number: int) -> list[tuple[str, Any]]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        rowids = self._rows[number * PAGE_SIZE:(number + 1) * PAGE_SIZE].tolist()
        keys = list_query.keys_of(self.repo, self.SPEC, rowids)
        records = self.load([keys[r] for r in rowids])
        page = [(keys[r], records[keys[r]]) for r in rowids]
        self._pages[number] = page
        if len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def key(self, row: int) -> str:
        return self._page(row // PAGE_SIZE)[row % PAGE_SIZE][0]

    def record(self, row: int) -> Any:
        return self._page(row // PAGE_SIZE)[row % PAGE_SIZE][1]

    def shown_record(self, row: int) -> Any:
        """The domain record of a shown row (subclasses unwrap what :meth:`load` returned)."""
        return self.record(row)

    @property
    def records(self) -> "_ShownRecords":
        """The shown rows' records in display order, as a sequence read on demand."""
        return _ShownRecords(self)

    def row_of(self, key: str) -> int:
        """The displayed row of ``key`` (-1 when filtered out or unknown)."""
        rowid = list_query.rowid_of(self.repo, self.SPEC, key)
        if rowid is None:
            return -1
        found = np.flatnonzero(self._rows == rowid)
        return int(found[0]) if found.size else -1

    def list_positions(self) -> list[int]:
        """The displayed rows as 0-based positions in the full list (for "shown rows" exports)."""
        return (self._rows - 1).tolist()

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.SPEC.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        roles = self.ROLES
        if roles is not None and role not in roles:
            return None
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell_data(self.record(index.row()), index.column(), role)

    def display_texts(self, column: int, count: int) -> list[str | None]:
        """The text of ``column`` in the first ``count`` shown rows (what :meth:`data` answers for
        the display role), read in one pass: what a view measuring the column reads, without asking
        every cell its other roles (:meth:`TableView.fit_column_to_contents`)."""
        role = int(Qt.ItemDataRole.DisplayRole)
        record, cell_data = self.record, self.cell_data
        return [cell_data(record(row), column, role) for row in range(min(count, len(self._rows)))]

    def total_count(self) -> int:
        return self._total

    # -- filter and sort -------------------------------------------------------------------
    def set_query(self, text: str) -> None:
        terms = list_query.search_terms(text)
        if terms != self._terms:
            self._terms = terms
            self._refilter()

    def query(self) -> str:
        return " ".join(self._terms)

    def set_filter(self, column: str, value: str | None) -> None:
        if self._filters.get(column) != value:
            self._filters[column] = value
            self._refilter()

    def set_scope(self, rowids: np.ndarray | None) -> None:
        """List only these rows (1-based rowids, e.g. one profile section's figures); the query,
        filters and sort apply within them. None lists every row again."""
        if rowids is None:
            self._scope = None
        else:
            self._scope = np.zeros(self._total + 1, dtype=bool)
            self._scope[np.asarray(rowids, dtype=np.int64)] = True
        self._refilter()

    def filter_value(self, column: str) -> str | None:
        return self._filters.get(column)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.SPEC.columns):
            return
        new = (self.SPEC.columns[column], order == Qt.SortOrder.DescendingOrder)
        if new == self._sort:
            return
        self._sort = new
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_rowids = [self._rows[i.row()] if 0 <= i.row() < len(self._rows) else None for i in persistent]
        self._rows = self._query()
        self._pages.clear()
        if persistent:
            position = np.full(self._total + 1, -1, dtype=np.int64)  # rowid -> new row
            position[self._rows] = np.arange(len(self._rows))
            self.changePersistentIndexList(persistent, [
                self.index(int(position[r]), i.column()) if r is not None and position[r] >= 0
                else QModelIndex() for i, r in zip(persistent, old_rowids)])
        self.layoutChanged.emit()

    def _refilter(self) -> None:
        self.beginResetModel()
        self._rows = self._query()
        self._pages.clear()
        self.endResetModel()

    def _query(self) -> np.ndarray:
        rows = self._matching()
        return rows if self._scope is None else rows[self._scope[rows]]

    def _matching(self) -> np.ndarray:
        active = {k: v for k, v in self._filters.items() if v is not None}
        sort, descending = self._sort or (None, False)
        if sort == "id" == self.SPEC.columns[0] and not descending:
            sort = None  # list order is id order: nothing to sort
        return list_query.ordered_rows(self.repo, self.SPEC, self._terms, active, sort, descending,
                                       self.lang, cache=self._cache)


class _ShownRecords(Sequence):
    """``model.records[row]``: the record of a shown row, fetched with its page."""

    def __init__(self, model: SqlListModel) -> None:
        self._model = model

    def __len__(self) -> int:
        return self._model.rowCount()

    def __getitem__(self, row):  # type: ignore[override]
        if isinstance(row, slice):
            return [self._model.shown_record(r) for r in range(*row.indices(len(self)))]
        if not 0 <= row < len(self):
            raise IndexError(row)
        return self._model.shown_record(row)
