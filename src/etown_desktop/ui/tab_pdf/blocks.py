"""What a tab says, as printable blocks in reading order: headings, text, KPI cards, charts, tables.

The blocks are read from the built tab's widgets (walking its layouts in order), so the document
shows exactly what the screen shows — the whole tab, not only the visible part. Tables are read in
their displayed order up to :data:`MAX_TABLE_ROWS` rows (the models fetch rows on demand, so a
table of 74,000 rows reads one or two pages of them); the block keeps the number of rows shown so
the document can say how many it left out. Rich-text panes print as plain paragraphs; a label
naming a choice (a combo box) prints with the chosen item.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Union

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QScrollArea,
    QTableView,
    QWidget,
)

from etown_desktop.core.charts import ChartSpec
from etown_desktop.core.export.texts import text
from etown_desktop.core.records import Figure
from etown_desktop.ui.text_size.state import pt, unscaled  # printed tabs keep their print sizes
from etown_desktop.ui.widgets.table_view import FIGURE_ID_ROLE

if TYPE_CHECKING:
    from etown_desktop.core.repository import Repository

HEADING_PT = 15  # labels at or above this point size print as headings
MAX_TABLE_ROWS = 100  # rows of a table in the document (a few pages); the rest: "export the table"
MAX_FLOW_ITEMS = 30  # cards of one responsive grid (a list that grows with the data); the rest: "… and N more"


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    muted: bool = False
    bold: bool = False
    source_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Card:
    value: str
    label: str
    extra: str
    period: str
    ref: str
    source_id: str


@dataclass(frozen=True)
class CardGrid:
    cards: tuple[Card, ...]


@dataclass(frozen=True)
class Chart:
    spec: ChartSpec
    source_ids: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_sources: tuple[tuple[str, ...], ...] = field(default=())
    total_rows: int = -1  # rows the table shows on screen (-1: as many as ``rows``)

    @property
    def left_out(self) -> int:
        """Rows shown on screen but not in the document."""
        return max(0, self.total_rows - len(self.rows))


Block = Union[Heading, Paragraph, CardGrid, Chart, Table]


class _Collector:
    def __init__(self, repo: Repository, lang: str) -> None:
        self.repo = repo
        self.lang = lang
        self.blocks: list[Block] = []
        self.cards: list[Card] = []

    def flush_cards(self) -> None:
        if self.cards:
            self.blocks.append(CardGrid(tuple(self.cards)))
            self.cards = []

    def add(self, block: Block) -> None:
        self.flush_cards()
        self.blocks.append(block)

    # -- widgets ---------------------------------------------------------------------------------
    def widget(self, w: QWidget) -> None:
        from etown_desktop.ui.charts.chart_view import ChartView
        from etown_desktop.ui.profiles.compare_view import CompareView
        from etown_desktop.ui.widgets.kpi_card import KpiCard
        from etown_desktop.ui.widgets.source_card import SourceCard

        from etown_desktop.ui.tabs.tab_page import SCREEN_ONLY

        if w.isHidden() or w.objectName() in ("emptyState", "placeholder") or w.property(SCREEN_ONLY):
            return  # screen instructions ("Hover or click …") have no place on paper
        if isinstance(w, CompareView):
            from etown_desktop.ui.tab_pdf.compare_blocks import compare_blocks

            for block in compare_blocks(w, self.lang):  # two profiles: a two-column table per section
                self.add(block)
        elif isinstance(w, KpiCard):
            self.cards.append(self.card(w))
        elif isinstance(getattr(w, "figure", None), Figure):  # another view's card of one figure
            self.cards.append(self.figure_card(w.figure))
        elif isinstance(w, ChartView):
            self.add(Chart(w.spec, self.chart_sources(w.spec)))
        elif isinstance(w, QTableView):
            self.add(self.table(w))
        elif isinstance(w, SourceCard):
            self.add(Paragraph(" · ".join(t for t in w.text().splitlines()[:-1] if t),
                               source_ids=(w.source.id,)))
        elif isinstance(w, QLabel):
            self.label(w)
        elif isinstance(w, (QLineEdit, QAbstractButton, QComboBox)):
            return  # controls: nothing to print
        elif isinstance(w, QScrollArea) and w.widget() is not None:
            self.widget(w.widget())  # a page inside the tab (e.g. a profile): print all of it
        elif w.layout() is not None:
            self.layout(w.layout())

    def layout(self, layout: QLayout) -> None:
        from etown_desktop.ui.widgets.flow_layout import FlowLayout

        count = layout.count()
        if isinstance(layout, FlowLayout) and count > MAX_FLOW_ITEMS:
            items = [layout.itemAt(i) for i in range(MAX_FLOW_ITEMS)]
            self.walk(items)
            self.more(count - MAX_FLOW_ITEMS)
            return
        self.walk([layout.itemAt(i) for i in range(count)])

    def walk(self, items: list) -> None:
        skip = False
        run, run_style, cut = 0, None, 0  # a run of like labels is a list: at most MAX_FLOW_ITEMS of it
        for item, after in zip(items, items[1:] + [None]):
            if skip:
                skip = False
                continue
            w = item.widget()
            following = after.widget() if after is not None else None
            style = self.label_style(w)
            run = run + 1 if style is not None and style == run_style else (1 if style is not None else 0)
            run_style = style
            if run > MAX_FLOW_ITEMS:
                cut += 1
                continue
            if cut:
                self.more(cut)
                cut = 0
            if isinstance(w, QLabel) and isinstance(following, QComboBox):
                self.choice(w, following)  # "Profile:" [combo] prints as "Profile: <chosen item>"
                skip = True
            elif w is not None:
                self.widget(w)
            elif item.layout() is not None:
                self.layout(item.layout())
        if cut:
            self.more(cut)

    def more(self, n: int) -> None:
        self.add(Paragraph(text(self.lang, "more_items", n=f"{n:,}"), muted=True))

    @staticmethod
    def label_style(w) -> tuple | None:
        """What makes labels look alike (a list's items), or None for anything but a shown label."""
        if not isinstance(w, QLabel) or w.isHidden():
            return None
        font = w.font()
        return font.pointSize(), font.bold(), w.objectName(), w.styleSheet()

    def choice(self, label: QLabel, combo: QComboBox) -> None:
        if label.isHidden() or combo.isHidden() or combo.currentIndex() < 0 or combo.currentData() == "":
            return  # nothing chosen (a "(none)" item carries empty data)
        caption = label.text().strip()
        space = "" if caption.endswith("：") else " "  # a Chinese full-width colon needs no space
        self.add(Paragraph(f"{caption}{space}{combo.currentText()}", bold=True))

    def label(self, label: QLabel) -> None:
        text = label.text().strip()
        if not text:
            return
        if label.textFormat() == Qt.TextFormat.RichText or GuiQt.mightBeRichText(text):
            from etown_desktop.ui.tab_pdf.rich_text import rich_paragraphs

            for paragraph in rich_paragraphs(text, pt(HEADING_PT)):  # a detail pane: its text as paragraphs
                self.add(paragraph)
            return
        font = label.font()
        if unscaled(font.pointSizeF()) >= HEADING_PT or label.objectName() == "sectionTitle":
            self.add(Heading(text))
        else:
            muted = "muted" in label.objectName() or "color" in label.styleSheet()
            self.add(Paragraph(text, muted=muted and "font-weight" not in label.styleSheet(),
                               bold=font.bold() or "font-weight" in label.styleSheet()))

    # -- records ---------------------------------------------------------------------------------
    @staticmethod
    def card(card) -> Card:
        extra = card.extra_label.text() if not card.extra_label.isHidden() else ""
        return Card(card.value_label.text(), card.title_label.text(), extra, card.period_label.text(),
                    card.source_label.text(), card.figure.source.id)

    def figure_card(self, fig: Figure) -> Card:
        from etown_desktop.core.formatting import format_paragraph, format_period, format_value

        lang = self.lang
        return Card(format_value(fig, lang, style="words"), fig.label(lang), "", format_period(fig, lang),
                    f"{fig.source.ref} · {format_paragraph(fig.paragraph, lang)}", fig.source.id)

    def chart_sources(self, spec: ChartSpec) -> tuple[str, ...]:
        ids = [self.repo.figure(fid).source.id for fid in spec.figure_ids]
        ids += [p.source_id for s in spec.series for p in s.points if p.source_id]
        return tuple(dict.fromkeys(ids))

    def table(self, view: QTableView) -> Table:
        model = view.model()
        columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
        headers = tuple(str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns)
        total = model.rowCount()
        rows, sources = [], []
        for r in range(min(total, MAX_TABLE_ROWS)):  # the first rows in display order, fetched on demand
            rows.append(tuple(str(model.index(r, c).data() or "") for c in columns))
            sources.append(self.row_sources(model, r))
        return Table(headers, tuple(rows), tuple(sources), total)

    def row_sources(self, model, row: int) -> tuple[str, ...]:
        ids = []
        for c in range(model.columnCount()):
            fid = model.index(row, c).data(FIGURE_ID_ROLE)
            if fid:
                ids.append(self.repo.figure(str(fid)).source.id)
        source_model, source_row = model, row
        if hasattr(model, "mapToSource"):
            source_model = model.sourceModel()
            source_row = model.mapToSource(model.index(row, 0)).row()
        records = getattr(source_model, "records", None)
        if records is not None and 0 <= source_row < len(records):
            sid = getattr(records[source_row], "source_id", None)
            if sid:
                ids.append(sid)
        return tuple(dict.fromkeys(ids))


def collect_blocks(tab: QWidget, repo: Repository, lang: str = "en") -> list[Block]:
    """The printable blocks of a built tab (a TabPage or the Sources tab), in reading order."""
    collector = _Collector(repo, lang)
    body = getattr(tab, "body", None) or tab
    if body.layout() is not None:
        collector.layout(body.layout())
    collector.flush_cards()
    return collector.blocks
