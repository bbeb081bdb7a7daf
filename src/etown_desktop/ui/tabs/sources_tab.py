"""Tab 7: the five sources, and every figure in one searchable table."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from etown_desktop.core.repository import Repository
from etown_desktop.ui.accessibility.names import enable_clear_button
from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.models.figure_table_model import COLUMN_KEYS, FigureTableModel
from etown_desktop.core.queries.featured import featured_sources_of
from etown_desktop.ui.provenance_hub import ProvenanceHub
from etown_desktop.ui.screens.page_scroll_area import PageScrollArea
from etown_desktop.ui.widgets.empty_state import EmptyState
from etown_desktop.ui.widgets.flow_layout import flow_container
from etown_desktop.ui.widgets.source_card import SourceCard
from etown_desktop.ui.widgets.table_view import TableView

log = logging.getLogger(__name__)


MIN_TABLE_ROWS = 8  # the figures table always shows at least this many rows
MEASURED_ROWS = 200  # the value column's width fits the first rows (all of them, up to 200)


class SourcesTab(PageScrollArea):
    """Sources on top (collapsible); below, all figures with a search box and a result count.

    The page scrolls vertically when the window is too low for the cards and eight table rows.
    """

    @staticmethod
    def title() -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("SourcesTab", "Sources & all figures")

    def __init__(self, repo: Repository, hub: ProvenanceHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.hub = hub
        lang = current_language()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget(self)
        self.body.setObjectName("tabBody")
        self.setWidget(self.body)
        self.setAccessibleName(self.title())  # a screen reader names the page as its tab

        # -- sources ------------------------------------------------------------------------
        sources_box = QWidget(self.body)
        sl = QVBoxLayout(sources_box)
        sl.setContentsMargins(0, 0, 0, 0)
        sources_title = QLabel(self.tr("Sources"), sources_box)
        sources_title.setObjectName("sectionTitle")
        self.toggle_sources = QToolButton(sources_box)
        self.toggle_sources.setCheckable(True)
        self.toggle_sources.setChecked(True)
        self.toggle_sources.toggled.connect(self.show_sources)
        head = QHBoxLayout()
        head.addWidget(sources_title)
        head.addStretch(1)
        head.addWidget(self.toggle_sources)
        self.sources_hint = QLabel(self.tr("Every figure in this app comes from one of these pages. "
                                           "Where a page prints no publisher or date, the app says so "
                                           "instead of guessing."), sources_box)
        self.sources_hint.setObjectName("muted")
        self.sources_hint.setWordWrap(True)
        self.cards_box, cards = flow_container(sources_box, spacing=10, max_columns=5)
        self.source_cards: list[SourceCard] = []
        featured, self.more_sources = featured_sources_of(repo)
        counts = repo.figure_counts_by_source([s.id for s in featured])  # of the cards only
        for src in featured:
            card = SourceCard(src, counts.get(src.id, 0), lang, self.cards_box)
            card.figuresRequested.connect(self.show_source_figures)
            self.source_cards.append(card)
            cards.addWidget(card)
        sl.addLayout(head)
        sl.addWidget(self.sources_hint)
        sl.addWidget(self.cards_box)
        self.more_sources_label = QLabel(self.tr(
            "… and %1 more sources. Type a source's reference or title in the search box below to see "
            "its figures.").replace("%1", f"{self.more_sources:,}"), sources_box)
        self.more_sources_label.setObjectName("muted")
        self.more_sources_label.setWordWrap(True)
        self.more_sources_label.setVisible(self.more_sources > 0)
        sl.addWidget(self.more_sources_label)

        # -- all figures --------------------------------------------------------------------
        # Rows come from SQLite on demand; the model filters and sorts itself (``proxy`` is the
        # name the tab and its callers use for "the rows shown").
        self.figure_model = FigureTableModel(repo, lang, self)
        self.proxy = self.figure_model
        self.figure_table = TableView(self.body, hub)
        self.figure_table.setAccessibleName(self.tr("All figures"))
        self.figure_table.setModel(self.proxy)
        self.figure_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.figure_table.horizontalHeader().setResizeContentsPrecision(MEASURED_ROWS)
        widths = {"id": 64, "topic": 150, "label": 400, "unit": 130, "qualifier": 105,
                  "period": 160, "source": 260, "publisher": 200, "date": 170, "paragraph": 95}
        for col, key in enumerate(COLUMN_KEYS):
            if key == "value":
                self.figure_table.fit_column_to_contents(col)  # as resizeColumnToContents, one pass
            else:
                self.figure_table.setColumnWidth(col, widths.get(key, 120))
        row_h = self.figure_table.verticalHeader().defaultSectionSize()
        header_h = self.figure_table.horizontalHeader().sizeHint().height()
        scrollbar_h = self.figure_table.horizontalScrollBar().sizeHint().height()
        self.figure_table.setMinimumHeight(header_h + MIN_TABLE_ROWS * row_h + scrollbar_h + 6)
        self.empty_state = EmptyState(self.figure_table)
        self.empty_state.watch(self.proxy)

        self.search_box = QLineEdit(self.body)
        self.search_box.setObjectName("figureSearch")
        enable_clear_button(self.search_box)
        self.search_box.setAccessibleName(self.tr("Search figures"))
        self.search_box.setMinimumWidth(200)
        self.search_box.setPlaceholderText(self.tr("Search figures, sources, notes — English or 中文 (Ctrl+F)"))
        self.search_box.textChanged.connect(self._filter)
        self.count_label = QLabel(self.body)
        self.count_label.setObjectName("muted")
        self.all_sources_button = QPushButton(self.tr("Show every source"), self.body)
        self.all_sources_button.clicked.connect(lambda: self.show_source_figures(None))
        self.all_sources_button.hide()

        figures_box = QWidget(self.body)
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
        bar.addWidget(self.all_sources_button)
        fl.addLayout(bar)
        fl.addWidget(self.figure_table, 1)

        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(14)
        layout.addWidget(sources_box, 0)
        layout.addWidget(figures_box, 1)
        self.show_sources(True)
        self._update_count()

    def show_sources(self, shown: bool) -> None:
        """Collapse or expand the source cards (collapsed, the table gets the room)."""
        self.cards_box.setVisible(shown)
        self.more_sources_label.setVisible(shown and self.more_sources > 0)
        self.sources_hint.setVisible(shown)
        self.toggle_sources.setChecked(shown)
        self.toggle_sources.setText(self.tr("Hide source cards") if shown else self.tr("Show source cards"))

    def show_source_figures(self, source_id: str | None) -> None:
        """Filter the table to one source's figures (None: all), as the cards' figure links do."""
        self.proxy.set_source(source_id)
        self.all_sources_button.setVisible(source_id is not None)
        self._update_count()
        if source_id is not None:
            self.ensureWidgetVisible(self.figure_table)

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        self.empty_state.set_query(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.figure_model.total_count()
        source_id = self.proxy.source_id()
        if source_id is not None:
            ref = self.repo.source(source_id).ref
            self.count_label.setText(self.tr("%1 of %2 figures, from %3").replace("%1", str(shown))
                                     .replace("%2", str(total)).replace("%3", ref))
        elif shown == total:
            self.count_label.setText(self.tr("%1 figures").replace("%1", str(total)))
        else:
            self.count_label.setText(self.tr("%1 of %2 figures").replace("%1", str(shown))
                                     .replace("%2", str(total)))
