"""TabPage: the scrolling page every fact tab is laid out on (sections, card rows, charts).

pyqtgraph is imported only when a chart is added, so importing a tab module stays cheap.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from etown_desktop.core.records import Figure
from etown_desktop.core.repository import Repository
from etown_desktop.ui.accessibility.names import name_widget
from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.provenance_hub import ProvenanceHub
from etown_desktop.ui.screens.page_scroll_area import PageScrollArea
from etown_desktop.ui.text_size.fonts import sized_font
from etown_desktop.ui.text_size.state import px
from etown_desktop.ui.theme import colors
from etown_desktop.ui.widgets.flow_layout import FlowLayout, flow_container, set_cell_width
from etown_desktop.ui.widgets.kpi_card import KpiCard
from etown_desktop.ui.widgets.text_label import text_label
from etown_desktop.ui.widgets.value_size import share_value_size

log = logging.getLogger(__name__)

# While True (set by the main window's step-by-step build), a new page adds each chart in a later
# step (:meth:`TabPage.run_pending_step`): the cards show first, the charts follow one a turn.
DEFER_CHARTS = {"on": False}

SCREEN_ONLY = "etownScreenOnly"  # a widget property: shown on screen, left out of printed tabs
CARD_MIN_WIDTH = 220  # a KPI card narrower than this cannot show a 24 pt value on one line
CHART_MIN_WIDTH = 480
CHART_MIN_HEIGHT = 260  # logical px: a chart below ~240 px is unreadable on a projector


class TabPage(PageScrollArea):
    """A vertically scrolling page; subclasses fill it in ``build()``."""

    def __init__(self, repo: Repository, hub: ProvenanceHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.hub = hub
        self.lang = current_language()
        self.cards: list[KpiCard] = []
        self.charts: list = []  # ChartView instances, in page order
        self.pending_steps: list = []  # charts and parts still to draw (see DEFER_CHARTS)
        self._defer = DEFER_CHARTS["on"]
        self._card_holder: QWidget | None = None  # the next grid's holder, parent of new cards
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget(self)
        self.body.setObjectName("tabBody")
        self.body.setStyleSheet(f"QWidget#tabBody {{ background: {colors().window}; }}")
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(24, 18, 24, 24)
        self.layout_.setSpacing(14)
        self.setWidget(self.body)
        self.build()
        if self._card_holder is not None and not self._card_holder.children():
            self._card_holder.deleteLater()  # no card was left waiting for its grid
            self._card_holder = None
        self.layout_.addStretch(1)
        name_widget(self, type(self).title())  # a screen reader names the page as its tab

    def build(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    # -- building blocks -----------------------------------------------------------------------
    def add_section(self, title: str, subtitle: str | None = None) -> QLabel:
        label = QLabel(title, self.body)
        label.setObjectName("sectionTitle")
        label.setWordWrap(True)  # long plan names wrap on a narrow window instead of widening the page
        sized_font(label, 18, bold=True)
        self.layout_.addSpacing(6)
        self.layout_.addWidget(label)
        if subtitle:
            self.add_text(subtitle, muted=True)
        return label

    def add_screen_hint(self, text: str) -> QLabel:
        """How to use the screen ("Hover or click …"): shown, but left out of printed tabs."""
        label = self.add_text(text, muted=True)
        label.setProperty(SCREEN_ONLY, True)
        return label

    def add_text(self, text: str, muted: bool = False, pt: int = 12,
                 parent_layout=None) -> QLabel:
        label = text_label(text, self.body, pt, muted=muted)
        (parent_layout or self.layout_).addWidget(label)
        return label

    def other_statements(self, figures: list[Figure]) -> str | None:
        """"S3: more than 140; S2: …" for what other sources state, or None when there is none."""
        if not figures:
            return None
        from etown_desktop.core.formatting import format_value

        items = [self.tr("{ref}: {value}").format(ref=f.source.ref, value=format_value(f, self.lang, style="words"))
                 for f in figures]
        return self.tr("; ").join(items) if len(items) > 1 else items[0]

    def alternatives_text(self, figure: Figure, differing_only: bool = False) -> str | None:
        """What other sources state for the same metric and period (only where their qualifier
        differs, with ``differing_only``), as a line for a card; None when nothing to add."""
        others = [f for f in self.repo.alternatives(figure) if f.source.id != figure.source.id
                  and (not differing_only or f.qualifier != figure.qualifier)]
        return self.other_statements(others)

    def make_card(self, figure: Figure, label: str | None = None,
                  extra: str | None = None) -> KpiCard:
        # Built inside the holder its grid will use (add_grid): moved there from the page, a card
        # had its style sheet worked out again for it and its five labels (~0.7 ms a card).
        if self._card_holder is None:
            self._card_holder = QWidget(self.body)
        card = KpiCard(figure, self.hub, self._card_holder, lang=self.lang, label=label, extra=extra)
        self.cards.append(card)
        return card

    def add_cards(self, cards: list[KpiCard], columns: int = 4, parent_layout=None) -> FlowLayout:
        return self.add_grid(cards, columns, parent_layout, min_width=CARD_MIN_WIDTH)

    def add_grid(self, widgets: list[QWidget], columns: int, parent_layout=None, spacing: int = 12,
                 min_width: int | None = None) -> FlowLayout:
        """``widgets`` in a responsive grid: up to ``columns`` equal columns, as many as fit at
        ``min_width`` (or the widgets' own minimum width), never fewer than one, never clipped."""
        staged = self._card_holder
        if staged is not None and widgets and all(w.parentWidget() is staged for w in widgets):
            self._card_holder = None  # the cards' own holder becomes the grid's
            holder, flow = flow_container(self.body, spacing=spacing, max_columns=columns, box=staged)
        else:
            holder, flow = flow_container(self.body, spacing=spacing, max_columns=columns)
        for widget in widgets:
            if widget.parentWidget() is not holder:
                widget.setParent(holder)
            if min_width is not None:
                widget.setMinimumWidth(min_width)
                set_cell_width(widget, px(min_width))  # columns wider at a larger text size
            flow.addWidget(widget)
        if any(isinstance(w, KpiCard) for w in widgets):
            share_value_size(flow)  # one value size for the grid's cards
        (parent_layout or self.layout_).addWidget(holder)
        return flow

    def make_chart(self, chart_id: str, staged: bool = False, spec=None):
        from etown_desktop.core.charts import build_chart
        from etown_desktop.ui.charts.chart_view import ChartView

        spec = spec if spec is not None else build_chart(self.repo, chart_id)
        view = ChartView(spec, self.hub, self.body, lang=self.lang, staged=staged)
        view.setMinimumHeight(max(px(CHART_MIN_HEIGHT), view.sizeHint().height()))
        self.charts.append(view)
        return view

    def add_charts(self, *chart_ids: str, stretches: tuple[int, ...] | None = None) -> list:
        """Charts side by side where the width allows (each at least CHART_MIN_WIDTH), else stacked.

        In a step-by-step build the frames are laid out now (at a chart's minimum height) and each
        chart is drawn into its frame by a later step; the returned list is then empty."""
        if self._defer:
            from etown_desktop.core.charts import build_chart

            frames = [self.panel("chartFrame", (8, 8, 8, 8)) for _ in chart_ids]
            for cid, (frame, lay) in zip(chart_ids, frames):
                # A placeholder of the chart's own size: nothing below moves when it arrives.
                spec = build_chart(self.repo, cid)
                holder = chart_placeholder(spec)
                lay.addSpacerItem(holder)
                self.pending_steps.append(lambda cid=cid, spec=spec, lay=lay, holder=holder:
                                          self._fill_frame(cid, spec, lay, holder))
            views = []
            frames = [frame for frame, _ in frames]
        else:
            views = [self.make_chart(cid) for cid in chart_ids]
            frames = [self.framed(view) for view in views]
        if len(frames) == 1:
            self.layout_.addWidget(frames[0])
        else:
            self.add_grid(frames, len(frames), spacing=14, min_width=CHART_MIN_WIDTH)
        return views

    def deferred(self, fill) -> None:
        """Run ``fill()`` now, or in a step-by-step build in a later step of its own, in page
        order with the charts (a part of the page that reads the database, e.g. a cluster box)."""
        if self._defer:
            self.pending_steps.append(fill)
        else:
            fill()

    def _fill_frame(self, chart_id: str, spec, lay: QVBoxLayout, holder) -> None:
        view = self.make_chart(chart_id, staged=True, spec=spec)
        lay.removeItem(holder)
        lay.addWidget(view)
        # pending steps run in page order: this chart's panels come next
        self.pending_steps[0:0] = [view.draw_next_panel for _ in view.pending_panels]

    def run_pending_step(self) -> bool:
        """Draw the next deferred chart (or panel of a chart); True while more remain."""
        if self.pending_steps:
            self.pending_steps.pop(0)()
        return bool(self.pending_steps)

    def finish_pending(self) -> None:
        """Draw every deferred chart now (a caller that needs the complete page)."""
        while self.run_pending_step():
            pass

    def panel(self, object_name: str, margins: tuple[int, int, int, int],
              extra_css: str = "") -> tuple[QFrame, QVBoxLayout]:
        """A rounded, bordered panel on the page background, and its vertical layout."""
        c = colors()
        frame = QFrame(self.body)
        frame.setObjectName(object_name)
        frame.setStyleSheet(f"QFrame#{object_name} {{ background: {c.base}; border: 1px solid {c.border};"
                            f"{extra_css} border-radius: 8px; }}")
        lay = QVBoxLayout(frame)
        lay.setContentsMargins(*margins)
        return frame, lay

    def framed(self, widget: QWidget) -> QFrame:
        frame, lay = self.panel("chartFrame", (8, 8, 8, 8))
        lay.addWidget(widget)
        return frame

    def chart(self, chart_id: str):
        """The ChartView of ``chart_id`` on this page (tests, exports)."""
        return next(v for v in self.charts if v.spec.id == chart_id)

    def card_for(self, figure_id: str) -> KpiCard:
        return next(c for c in self.cards if c.figure.id == figure_id)


def chart_placeholder(spec):
    """Stands in a staged page's chart frame for a chart not drawn yet: a spacer (no widget to
    make and style) as high as the chart will be at least — the height it asks for
    (:func:`~etown_desktop.ui.charts.chart_view.chart_size_hint`), never below the least height
    :meth:`TabPage.make_chart` gives it."""
    from PySide6.QtWidgets import QSizePolicy, QSpacerItem

    from etown_desktop.ui.charts.chart_view import chart_size_hint

    hint = chart_size_hint(spec)
    return QSpacerItem(0, max(px(CHART_MIN_HEIGHT), hint.height()),
                       QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
