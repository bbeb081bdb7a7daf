"""Fortune 500 projects: the aggregate figures from every source (they differ: both shown),
every named company or project in a sortable, filterable table, and a detail pane."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QLineEdit

from etown_desktop.core.formatting import (
    format_paragraph,
    format_period,
    format_publisher,
    format_source_date,
    format_value,
)
from etown_desktop.ui.accessibility.names import enable_clear_button
from etown_desktop.ui.models.company_table_model import COMPANY_ROLE, CompanyTableModel
from etown_desktop.ui.tabs.tab_page import TabPage
from etown_desktop.ui.theme import colors
from etown_desktop.ui.text_size.state import pt, px
from etown_desktop.ui.widgets.empty_state import EmptyState
from etown_desktop.ui.widgets.responsive_row import ResponsiveRow
from etown_desktop.ui.widgets.table_view import TableView
from etown_desktop.ui.widgets.text_label import TextLabel

log = logging.getLogger(__name__)

TABLE_AND_DETAIL_MIN_WIDTH = 1000  # narrower: the detail pane goes under the table
STRETCH_COLUMNS = (0,)
WRAPPED_ROWS_LIMIT = 300  # up to this many companies, long names wrap and rows grow to fit  # the name takes the room left and wraps onto a second line if it must
MEASURED_ROWS = 100


class Fortune500Tab(TabPage):
    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("Fortune500Tab", "Fortune 500 projects")

    def build(self) -> None:
        repo = self.repo
        self.add_section(self.tr("Fortune Global 500 in E-Town"),
                         self.tr("Each source's own statement is shown; where they differ, both are."))
        figs = [f for m in ("fortune500_companies", "fortune500_projects")
                for f in sorted(repo.figures(metric=m), key=lambda f: f.source.ref)]
        self.add_cards([self.make_card(f, label=self.tr("{label} ({ref})").format(
            label=f.label(self.lang), ref=f.source.ref)) for f in figs], columns=4)
        self.add_charts("fortune500.presence")

        self.add_section(self.tr("Named companies and projects"),
                         self.tr("Fortune Global 500 status: “public knowledge” is our note, not the "
                                 "source's; “not stated” means the sources do not say."))
        self.filter_edit = QLineEdit(self.body)
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, country, cluster…"))
        enable_clear_button(self.filter_edit)
        self.filter_edit.setAccessibleName(self.tr("Filter companies"))
        self.layout_.addWidget(self.filter_edit)

        # Rows come from SQLite on demand; the same literal, bilingual filter as the all-figures
        # search, sorting by display text (``proxy``: the rows shown, as the tab's callers say).
        self.model = CompanyTableModel(repo, self.lang, self)
        self.proxy = self.model
        self.filter_edit.textChanged.connect(self._filter)
        self.table = TableView(self.body, hub=self.hub)
        self.table.setAccessibleName(self.tr("Named companies and projects"))
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # Kind, country, cluster and Fortune Global 500 always show in full; the name column takes
        # the rest and long names wrap (rows grow), so nothing is cut off or elided at 1600x1000
        # with the source panel open.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        wrapped = self.model.total_count() <= WRAPPED_ROWS_LIMIT
        # A long table's columns are never ResizeToContents, not even for a moment: Qt would measure
        # them (every measured cell's roles through Python) at the next section resize.
        fitted = QHeaderView.ResizeMode.ResizeToContents if wrapped else QHeaderView.ResizeMode.Interactive
        for col in range(self.model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col in STRETCH_COLUMNS
                                        else fitted)
        if wrapped:
            self.table.setWordWrap(True)
            self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        else:  # one line a row; column widths measured once on the first rows (measuring every
            # row, again at each relayout, would read the whole table)
            header.setResizeContentsPrecision(MEASURED_ROWS)  # columns are measured on the first rows
            for col in range(self.model.columnCount()):
                if col not in STRETCH_COLUMNS:
                    self.table.fit_column_to_contents(col)  # as resizeColumnToContents, one pass
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 11 + 40)

        self.table_row = ResponsiveRow(px(TABLE_AND_DETAIL_MIN_WIDTH), self.body)
        self.table_row.add(self.table, 4)
        self.detail = TextLabel(self.body)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        c = colors()
        self.detail.setStyleSheet(f"background: {c.base}; border: 1px solid {c.border};"
                                  f" border-radius: 8px; padding: 14px; font-size: {pt(12):g}pt;")
        self.detail.setMinimumWidth(260)
        self.table_row.add(self.detail, 1)
        self.layout_.addWidget(self.table_row)
        self.empty_state = EmptyState(self.table)
        self.empty_state.watch(self.proxy)
        self.table.selectionModel().currentRowChanged.connect(self._show_row)
        # The first company's details, without selecting it: a selection would put its figure in
        # the source panel before the user has clicked anything.
        self._show_row(self.proxy.index(0, 0))

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        self.empty_state.set_query(text)

    def _show_row(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not current.isValid():
            self.detail.setText("")
            return
        company = self.repo.company(current.data(COMPANY_ROLE))
        self.detail.setText(self.detail_html(company))

    def detail_html(self, company) -> str:
        lang = self.lang
        src = self.repo.source(company.source_id)
        parts = [f"<p style='font-size:{pt(16):g}pt; font-weight:700'>{company.name(lang)}</p>",
                 f"<p>{company.description_zh if lang == 'zh' else company.description_en}</p>"]
        figs = self.repo.company_figures(company.id)
        if figs:
            heading = self.tr("Figures")
            parts.append(f"<p><b>{heading}</b></p><ul>")
            for f in figs:
                where = self.tr("({period}; {ref}, {paragraph})").format(
                    period=format_period(f, lang), ref=f.source.ref,
                    paragraph=format_paragraph(f.paragraph, lang))
                parts.append(f"<li><b>{format_value(f, lang, style='words')}</b> — {f.label(lang)} "
                             f"<span style='color:{colors().muted}'>{where}</span></li>")
            parts.append("</ul>")
        source = self.tr("Source: {ref} — {title}; {publisher}, {date}, {paragraph}").format(
            ref=src.ref, title=src.title(lang), publisher=format_publisher(src, lang),
            date=format_source_date(src, lang), paragraph=format_paragraph(company.paragraph, lang))
        parts.append(f"<p style='color:{colors().muted}'>{source}</p>")
        return "".join(parts)
