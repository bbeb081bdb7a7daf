"""Find the widget that shows a search result on a built tab (a card, a chart, a table row, a box)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from etown_desktop.ui.widgets.table_view import FIGURE_ID_ROLE

log = logging.getLogger(__name__)

def widget_for_figure(tab: QWidget, figure_id: str) -> QWidget | None:
    """A KPI card, a profile card or the chart that shows ``figure_id`` on ``tab``."""
    for card in getattr(tab, "cards", []):
        if card.figure.id == figure_id:
            return card
    finder = getattr(tab, "widget_for_figure", None)
    if finder is not None:
        found = finder(figure_id)
        if found is not None:
            return found
    for view in getattr(tab, "charts", []):
        if any(hit.figure_id == figure_id for _plot, hit in view.hits):
            return view
    return None


def select_row(tab: QWidget, role: int, value: str) -> QAbstractItemView | None:
    """Select the first row of a table on ``tab`` whose ``role`` data is ``value``."""
    for view in tab.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if str(index.data(role) or "") == value:
                view.clearSelection()
                view.setCurrentIndex(index)
                if hasattr(view, "selectRow"):
                    view.selectRow(row)
                view.scrollTo(index)
                return view
    return None


def label_with_text(tab: QWidget, texts: tuple[str, ...]) -> QWidget | None:
    """The box around the first label reading one of ``texts`` (a company, cluster, reform …)."""
    wanted = {t for t in texts if t}
    for lab in tab.findChildren(QLabel):
        if lab.text() in wanted and lab.isVisibleTo(tab):
            box = lab.parentWidget()
            return box if box is not None and box is not tab else lab
    return None


def figure_row(tab: QWidget, figure_id: str) -> QModelIndex | None:
    view = select_row(tab, FIGURE_ID_ROLE, figure_id)
    return view.currentIndex() if view is not None else None
