"""Tab 7: the five sources, and every figure in one searchable table."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from etown_desktop.core.repository import Repository
from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.models.figure_table_model import COLUMN_KEYS, FigureFilterProxy, FigureTableModel
from etown_desktop.ui.provenance_hub import ProvenanceHub
from etown_desktop.ui.widgets.source_card import SourceCard
from etown_desktop.ui.widgets.table_view import TableView

log = logging.getLogger(__name__)


class SourcesTab(QWidget):
    """Sources on top; below, all figures with a search box and a result count."""

    @staticmethod
    def title() -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("SourcesTab", "Sources & all figures")

    def __init__(self, repo: Repository, hub: ProvenanceHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.hub = hub
        lang = current_language()

        # -- sources ------------------------------------------------------------------------
        counts: dict[str, int] = {}
        for fig in repo.figures():
            counts[fig.source.id] = counts.get(fig.source.id, 0) + 1
        sources_box = QWidget(self)
        sl = QVBoxLayout(sources_box)
        sl.setContentsMargins(0, 0, 0, 0)
        sources_title = QLabel(self.tr("Sources"), sources_box)
        sources_title.setObjectName("sectionTitle")
        sources_hint = QLabel(self.tr("Every figure in this app comes from one of these pages. "
                                      "Where a page prints no publisher or date, the app says so "
                                      "instead of guessing."), sources_box)
        sources_hint.setObjectName("muted")
        sources_hint.setWordWrap(True)
        cards = QHBoxLayout()
        cards.setSpacing(10)
        self.source_cards: list[SourceCard] = []
        for src in repo.sources():
            card = SourceCard(src, counts.get(src.id, 0), lang, sources_box)
            self.source_cards.append(card)
            cards.addWidget(card, 1)
        sl.addWidget(sources_title)
        sl.addWidget(sources_hint)
        sl.addLayout(cards)

        # -- all figures --------------------------------------------------------------------
        self.figure_model = FigureTableModel(repo, lang, self)
        self.proxy = FigureFilterProxy(self)
        self.proxy.setSourceModel(self.figure_model)
        self.figure_table = TableView(self, hub)
        self.figure_table.setModel(self.proxy)
        self.figure_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        widths = {"id": 64, "topic": 150, "label": 400, "unit": 130, "qualifier": 105,
                  "period": 160, "source": 260, "publisher": 200, "date": 170, "paragraph": 95}
        for col, key in enumerate(COLUMN_KEYS):
            if key == "value":
                self.figure_table.resizeColumnToContents(col)
            else:
                self.figure_table.setColumnWidth(col, widths.get(key, 120))

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("figureSearch")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(self.tr("Search figures, sources, notes — English or 中文 (Ctrl+F)"))
        self.search_box.textChanged.connect(self._filter)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("muted")

        figures_box = QWidget(self)
        fl = QVBoxLayout(figures_box)
        fl.setContentsMargins(0, 0, 0, 0)
        figures_title = QLabel(self.tr("All figures"), figures_box)
        figures_title.setObjectName("sectionTitle")
        bar = QHBoxLayout()
        bar.addWidget(figures_title)
        bar.addSpacing(16)
        bar.addWidget(self.search_box, 1)
        bar.addSpacing(12)
        bar.addWidget(self.count_label)
        fl.addLayout(bar)
        fl.addWidget(self.figure_table)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(14)
        layout.addWidget(sources_box, 0)
        layout.addWidget(figures_box, 1)
        self._update_count()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.figure_model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%1 figures").replace("%1", str(total)))
        else:
            self.count_label.setText(self.tr("%1 of %2 figures").replace("%1", str(shown))
                                     .replace("%2", str(total)))
