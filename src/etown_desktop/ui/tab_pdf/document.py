"""Lay printable blocks out on A4 or Letter pages and paint them (QPdfWriter or QPrinter).

Pages are laid out in 96-dpi logical pixels. Every page has a header (tab title, database edition)
and a footer (the sources of the figures on that page, "Page n/N"). The footer has a fixed room of
at most :data:`FOOTER_LINES` source lines, whatever the database's size: a page citing more sources
than fit lists the first ones and "… and N more". A table cut at the rows read (see
:data:`~etown_desktop.ui.tab_pdf.blocks.MAX_TABLE_ROWS`) is followed by a line saying how many
rows it shows of how many, and to export the table for all of them. Blocks never split except
tables, which continue on the next page with their header row repeated; a card row, a chart or a
paragraph moves to the next page whole. All text is drawn as text with the bundled font, so the
PDF is searchable (pdftotext) and carries the embedded CJK subset.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter

from etown_desktop.core.export.texts import text
from etown_desktop.core.formatting import display_width, format_publisher, format_source_date
from etown_desktop.core.repository import Repository
from etown_desktop.ui.export.canvas import QtCanvas, measure
from etown_desktop.ui.export.chart_renderer import INK, MUTED, PALETTE, NullCanvas, render_chart, text_block, wrap
from etown_desktop.ui.tab_pdf.blocks import Block, Card, CardGrid, Chart, Heading, Paragraph, Table

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN = 46.0
GAP = 10.0
ACCENT, CARD_BG, RULE, HEAD_BG = PALETTE[0], "#eef3f9", "#d5dbe3", "#e4ebf4"
HEADER_PX, EDITION_PX, FOOTER_PX = 12.0, 8.5, 7.5
HEADING_PX, TEXT_PX = 15.0, 9.5
CARD_COLUMNS = 3
TABLE_PX = 7.5
FOOTER_LINES = 6  # source lines in a page's footer, at most
LINES_PER_SOURCE = 2  # a longer source line is cut with "…"
SHORT_HEADER = 8  # a column header up to this display width is never broken
MAX_PARAGRAPH_LINES = 20  # a paragraph that grows with the data (a generated summary) is cut with "…"
CHART_LOGICAL_W = 1000.0

Op = Callable[[QtCanvas, QPainter], None]


@dataclass
class Page:
    ops: list[Op] = field(default_factory=list)
    source_ids: list[str] = field(default_factory=list)

    def cite(self, ids) -> None:
        for sid in ids:
            if sid not in self.source_ids:
                self.source_ids.append(sid)


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    edition_line: str
    lang: str
    paper: str = "a4"


def page_size(paper: str) -> QSizeF:
    """The paper's size in 96-dpi logical pixels."""
    return QPageSize(PAPERS[paper]).size(QPageSize.Unit.Point) * (96 / 72)


def page_layout(paper: str) -> QPageLayout:
    return QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


class TabDocument:
    """The pages of one tab; :meth:`paint` draws them on a started QPainter."""

    def __init__(self, repo: Repository, blocks: list[Block], info: DocumentInfo) -> None:
        self.repo = repo
        self.info = info
        size = page_size(info.paper)
        self.width, self.height = size.width(), size.height()
        self.inner = self.width - 2 * MARGIN
        self.top = MARGIN + self._header_height()
        self.bottom = self.height - MARGIN - self._footer_reserve()
        self.pages: list[Page] = [Page()]
        self.y = self.top
        for block in blocks:
            self._place(block)

    # -- frame -------------------------------------------------------------------------------------
    def _header_height(self) -> float:
        return HEADER_PX * 1.4 + 12

    def _source_line(self, sid: str) -> list[str]:
        """One source's footer entry, wrapped (at most LINES_PER_SOURCE lines)."""
        lang = self.info.lang
        sep = "，" if lang == "zh" else ", "
        s = self.repo.source(sid)
        line = f"{s.ref} “{s.title(lang)}”{sep}{format_publisher(s, lang)}{sep}{format_source_date(s, lang)}"
        return wrap(line, FOOTER_PX, self.inner - 70, max_lines=LINES_PER_SOURCE)

    def _source_lines(self, ids) -> list[str]:
        """The footer's lines for ``ids``: as many sources as fit in FOOTER_LINES, then "… and N more"."""
        ordered = sorted(ids, key=lambda s: self.repo.source(s).ref)
        lines: list[str] = []
        for i, sid in enumerate(ordered):
            entry = self._source_line(sid)
            room = FOOTER_LINES - (1 if i < len(ordered) - 1 else 0)  # keep a line for "… and N more"
            if len(lines) + len(entry) > room:
                lines.append(text(self.info.lang, "more_on_page", n=f"{len(ordered) - i:,}"))
                break
            lines += entry
        return lines

    def _footer_reserve(self) -> float:
        sources = self.repo.sources()
        if len(sources) <= FOOTER_LINES:  # a small database: room for exactly what it can cite
            lines = min(len(self._source_lines([s.id for s in sources])), FOOTER_LINES)
        else:
            lines = FOOTER_LINES
        return (lines + 1) * FOOTER_PX * 1.3 + 14

    # -- flow --------------------------------------------------------------------------------------
    @property
    def page(self) -> Page:
        return self.pages[-1]

    def _new_page(self) -> None:
        self.pages.append(Page())
        self.y = self.top

    def _ensure(self, height: float) -> None:
        """Start a new page unless ``height`` fits below the cursor (or the page is still empty)."""
        if self.y + height > self.bottom and self.y > self.top:
            self._new_page()

    def _place(self, block: Block) -> None:
        if isinstance(block, Heading):
            self._text(block.text, HEADING_PX, INK, bold=True, keep_with_next=60, gap_before=8)
        elif isinstance(block, Paragraph):
            self._text(block.text, TEXT_PX, MUTED if block.muted else INK, bold=block.bold)
            self.page.cite(block.source_ids)
        elif isinstance(block, CardGrid):
            self._cards(block)
        elif isinstance(block, Chart):
            self._chart(block)
        elif isinstance(block, Table):
            self._table(block)

    def _text(self, body: str, size: float, color: str, bold: bool = False,
              keep_with_next: float = 0.0, gap_before: float = 0.0) -> None:
        cut = MAX_PARAGRAPH_LINES
        height = text_block(NullCanvas(), 0, 0, body, size, color, self.inner, bold=bold, max_lines=cut)
        self._ensure(height + keep_with_next + gap_before)
        if self.y > self.top:
            self.y += gap_before
        y, inner = self.y, self.inner
        self.page.ops.append(lambda c, _p: text_block(c, MARGIN, y, body, size, color, inner, bold=bold,
                                                      max_lines=cut))
        self.y += height + GAP * 0.6

    # -- cards -------------------------------------------------------------------------------------
    def _card_height(self, card: Card, width: float) -> float:
        w = width - 24
        h = 10.0
        h = text_block(NullCanvas(), 0, h, card.value, 15, ACCENT, w, bold=True)
        h = text_block(NullCanvas(), 0, h + 2, card.label, 8.5, INK, w, bold=True)
        if card.extra:
            h = text_block(NullCanvas(), 0, h, card.extra, 7.5, INK, w)
        h = text_block(NullCanvas(), 0, h, card.period, 7.5, MUTED, w)
        h = text_block(NullCanvas(), 0, h + 2, card.ref, 7, MUTED, w)
        return h + 8

    def _cards(self, grid: CardGrid) -> None:
        gap = 8.0
        width = (self.inner - gap * (CARD_COLUMNS - 1)) / CARD_COLUMNS
        cards = list(grid.cards)
        for start in range(0, len(cards), CARD_COLUMNS):
            row = cards[start:start + CARD_COLUMNS]
            height = max(self._card_height(card, width) for card in row)
            self._ensure(height)
            y = self.y
            for i, card in enumerate(row):
                x = MARGIN + i * (width + gap)
                self.page.ops.append(lambda c, _p, card=card, x=x, y=y: self._draw_card(c, card, x, y,
                                                                                        width, height))
                self.page.cite([card.source_id])
            self.y += height + gap
        self.y += GAP * 0.4

    @staticmethod
    def _draw_card(c: QtCanvas, card: Card, x: float, y: float, width: float, height: float) -> None:
        c.rect(x, y, width, height, CARD_BG)
        c.rect(x, y, 3.5, height, ACCENT)
        w = width - 24
        h = text_block(c, x + 14, y + 10, card.value, 15, ACCENT, w, bold=True)
        h = text_block(c, x + 14, h + 2, card.label, 8.5, INK, w, bold=True)
        if card.extra:
            h = text_block(c, x + 14, h, card.extra, 7.5, INK, w)
        h = text_block(c, x + 14, h, card.period, 7.5, MUTED, w)
        text_block(c, x + 14, h + 2, card.ref, 7, MUTED, w)

    # -- charts ------------------------------------------------------------------------------------
    def _chart(self, block: Chart) -> None:
        lang = self.info.lang
        natural = render_chart(block.spec, NullCanvas(), lang, None, width=CHART_LOGICAL_W)
        scale = self.inner / CHART_LOGICAL_W
        room = self.bottom - self.top
        if natural * scale > room:  # taller than a page: shrink it to fit one page
            scale = room / natural
        height = natural * scale
        self._ensure(height)
        x = MARGIN + (self.inner - CHART_LOGICAL_W * scale) / 2
        y = self.y

        def draw(_c: QtCanvas, painter: QPainter) -> None:
            painter.save()
            painter.translate(x, y)
            painter.scale(scale, scale)
            render_chart(block.spec, QtCanvas(painter), lang, None, width=CHART_LOGICAL_W)
            painter.restore()

        self.page.ops.append(draw)
        self.page.cite(block.source_ids)
        self.y += height + GAP

    # -- tables ------------------------------------------------------------------------------------
    @staticmethod
    def _longest_word(cell: str, bold: bool = False) -> float:
        """The widest unbreakable piece of ``cell`` (a word; one character of Chinese)."""
        return max((measure(piece, TABLE_PX, bold) for piece in wrap(cell, TABLE_PX, 1.0, bold)), default=0.0)

    def _column_widths(self, table: Table) -> list[float]:
        """Every column at least as wide as its longest word; the rest shared by content length."""
        minimum, weights = [], []
        for c, head in enumerate(table.headers):
            cells = [row[c] for row in table.rows] or [""]
            head_min = (measure(head, TABLE_PX, True) if display_width(head) <= SHORT_HEADER
                        else self._longest_word(head, True))  # "限定词" stays on one line
            minimum.append(min(max([head_min] + [self._longest_word(v) for v in cells])
                               + 9, self.inner * 0.3))
            weights.append(max(min(max(display_width(v) for v in cells), 42), 2))
        spare = self.inner - sum(minimum)
        if spare <= 0:
            return [self.inner * m / sum(minimum) for m in minimum]
        return [m + spare * w / sum(weights) for m, w in zip(minimum, weights)]

    def _row_height(self, cells, widths, bold: bool = False) -> float:
        lines = max(len(wrap(cell, TABLE_PX, w - 8, bold)) for cell, w in zip(cells, widths))
        return lines * TABLE_PX * 1.3 + 7

    def _table(self, table: Table) -> None:
        widths = self._column_widths(table)
        head_h = self._row_height(table.headers, widths, bold=True)
        first_h = self._row_height(table.rows[0], widths) if table.rows else 0
        self._ensure(head_h + first_h)
        self._table_row(table.headers, widths, head_h, header=True)
        for r, row in enumerate(table.rows):
            h = self._row_height(row, widths)
            if self.y + h > self.bottom:
                self._new_page()
                self._table_row(table.headers, widths, head_h, header=True)  # header repeated
            self._table_row(row, widths, h, shade=r % 2 == 1)
            if r < len(table.row_sources):
                self.page.cite(table.row_sources[r])
        if table.left_out:
            self.y += GAP
            self._text(text(self.info.lang, "rows_left_out", n=f"{len(table.rows):,}",
                            total=f"{table.total_rows:,}"), TEXT_PX, MUTED, bold=True)
        self.y += GAP

    def _table_row(self, cells, widths, height: float, header: bool = False, shade: bool = False) -> None:
        y = self.y

        def draw(c: QtCanvas, _p: QPainter) -> None:
            fill = HEAD_BG if header else ("#f6f8fb" if shade else None)
            if fill:
                c.rect(MARGIN, y, sum(widths), height, fill)
            x = MARGIN
            for cell, w in zip(cells, widths):
                text_block(c, x + 4, y + 2, cell, TABLE_PX, INK, w - 8, bold=header)
                x += w
            c.line(MARGIN, y + height, MARGIN + sum(widths), y + height, RULE, 0.6)

        self.page.ops.append(draw)
        self.y += height

    # -- painting ----------------------------------------------------------------------------------
    def page_count(self) -> int:
        return len(self.pages)

    def paint_page(self, painter: QPainter, index: int) -> None:
        c = QtCanvas(painter)
        page = self.pages[index]
        self._paint_header(c)
        for op in page.ops:
            op(c, painter)
        self._paint_footer(c, page, index)

    def _paint_header(self, c: QtCanvas) -> None:
        base = MARGIN + HEADER_PX
        c.text(MARGIN, base, self.info.title, HEADER_PX, INK, bold=True)
        c.text(self.width - MARGIN, base, self.info.edition_line, EDITION_PX, MUTED, anchor="end")
        c.line(MARGIN, base + 8, self.width - MARGIN, base + 8, RULE, 0.8)

    def _paint_footer(self, c: QtCanvas, page: Page, index: int) -> None:
        lang = self.info.lang
        y = self.bottom + 8
        c.line(MARGIN, y, self.width - MARGIN, y, RULE, 0.8)
        label = text(lang, "sources_on_page")
        number = text(lang, "page_of", n=str(index + 1), total=str(self.page_count()))
        c.text(self.width - MARGIN, y + FOOTER_PX * 1.5, number, FOOTER_PX + 0.5, INK, anchor="end")
        lines = [label] + self._source_lines(page.source_ids) if page.source_ids else []
        for i, line in enumerate(lines):
            c.text(MARGIN, y + FOOTER_PX * 1.5 + i * FOOTER_PX * 1.3, line, FOOTER_PX,
                   INK if i == 0 else MUTED, bold=i == 0)

    def paint(self, painter: QPainter, new_page: Callable[[], bool]) -> None:
        """Every page; ``new_page`` is the device's newPage (QPdfWriter / QPrinter)."""
        for i in range(self.page_count()):
            if i:
                new_page()
            self.paint_page(painter, i)
