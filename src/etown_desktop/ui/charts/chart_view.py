"""ChartView: one ChartSpec on screen — title, chart, note and a one-line source under it.

Hovering a bar shows its value and source in a tooltip and the provenance panel; clicking a bar
does the same and emits :attr:`ChartView.figureClicked`. On a focused plot the arrow keys move
from bar to bar (outlined, its provenance shown) and Enter clicks it (:mod:`bar_keys`). ``.spec``, ``.plot`` (the first
pyqtgraph PlotItem), ``.plots``, ``.plot_widgets`` and ``.hits`` stay public for exports and tests.
"""

from __future__ import annotations

import html
import logging

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QAccessible, QCursor
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from etown_desktop.core.accessibility.spoken import spoken_chart, spoken_series
from etown_desktop.core.charts import ChartSpec
from etown_desktop.ui.accessibility.names import name_widget
from etown_desktop.ui.accessibility.roles import set_role
from etown_desktop.ui.accessibility import INTERACTIVE_PROPERTY
from etown_desktop.ui.charts import chart_drawing as draw
from etown_desktop.ui.charts.axis import install as install_axis_titles
from etown_desktop.ui.charts.bar_keys import BarKeys
from etown_desktop.ui.charts.chart_drawing import BarHit
from etown_desktop.ui.charts.plot_options import install as install_plot_options
from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.provenance_hub import ProvenanceHub
from etown_desktop.ui.text_size.fonts import sized_font
from etown_desktop.ui.text_size.state import factor, pt, px
from etown_desktop.ui.theme import colors
from etown_desktop.ui.widgets.flow_layout import flow_container
from etown_desktop.ui.widgets.text_label import text_label

log = logging.getLogger(__name__)

install_axis_titles()  # an axis title is parsed again only when it changes (ui/charts/axis.py)
install_plot_options()  # no hidden options form of ~35 widgets in every plot (ui/charts/plot_options.py)

TITLE_PT = 17
NOTE_PT = 11
PANEL_COLUMNS = 3


PANEL_MIN_PX = 300  # a small chart's least width at 100 % text (its labels and names side by side)


def panel_columns(width: int | None = None) -> int:
    """Small charts side by side: three at 100–125 % text, two at 150–175 %, one at 200 %
    (their value labels need the width) — and no more than ``width`` px hold at ``PANEL_MIN_PX``
    each (a narrow window: 960x540, a laptop at 200 % display scaling)."""
    columns = max(1, min(PANEL_COLUMNS, int(PANEL_COLUMNS * 1.25 / factor())))
    if width is not None and width > 0:
        columns = max(1, min(columns, width // px(PANEL_MIN_PX)))
    return columns


def chart_size_hint(spec: ChartSpec, columns: int | None = None) -> QSize:
    """The size a :class:`ChartView` of ``spec`` asks for (known before it is drawn: a staged
    page lays out a placeholder of this size, so nothing below moves when the chart arrives)."""
    kind, n = spec.kind, max(len(s.points) for s in spec.series)
    rows = 0  # rows of category names: high enough for a name on two lines (chart_drawing)
    if kind == "hbar":
        height, rows = 150, n * draw.row_px(44)
    elif kind == "grouped_hbar":  # a legend row, and room for one value label per bar
        height, rows = 210, n * draw.row_px(36 * len(spec.series))
    elif kind == "matrix":
        height, rows = 170, n * draw.row_px(42)
    elif kind == "panels":
        panel_rows = -(-len(spec.series) // (columns or panel_columns()))
        height = 150 + panel_rows * 270
    else:
        height = 420
    # taller at a larger text size (View → Text size)
    return QSize(900, max(300, px(height) + rows))


class ChartView(QWidget):
    """Draws one :class:`ChartSpec` with pyqtgraph."""

    figureClicked = Signal(str)
    figureHovered = Signal(str)

    def __init__(self, spec: ChartSpec, hub: ProvenanceHub | None = None,
                 parent: QWidget | None = None, lang: str | None = None,
                 staged: bool = False) -> None:
        super().__init__(parent)
        self.spec = spec
        # ``staged``: a panels chart draws its panels one per call of :meth:`draw_next_panel`
        # (each plot takes 10-20 ms; the build after the first paint does one a turn).
        self.staged = staged
        self.pending_panels: list = []
        self.hub = hub
        self.lang = lang or current_language()
        self.plots: list[pg.PlotItem] = []
        self.plot_widgets: list[pg.PlotWidget] = []
        self.hits: list[tuple[pg.PlotItem, BarHit]] = []
        self._hovered: str | None = None
        self.bar_keys = BarKeys(self._show_bar, self._activate_hit,
                                horizontal=spec.kind in ("hbar", "grouped_hbar"), parent=self)
        self.setObjectName(f"chart:{spec.id}")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        self.title_label = self._label(spec.title(self.lang), TITLE_PT, bold=True)
        self.title_label.setAccessibleName(self.tr("Chart title"))
        layout.addWidget(self.title_label)
        self.legend_label = self._legend()
        if self.legend_label is not None:
            layout.addWidget(self.legend_label)
        layout.addWidget(self._build_body(), 1)
        self.note_label = self._label(spec.note(self.lang), NOTE_PT, muted=True, italic=True)
        self.note_label.setVisible(bool(spec.note(self.lang)))
        layout.addWidget(self.note_label)
        self.source_label = self._label(spec.source(self.lang), NOTE_PT - 1, muted=True)
        layout.addWidget(self.source_label)
        # a screen reader: the chart's title as its name, its values in order as its description
        set_role(self, QAccessible.Role.Chart)
        self.setProperty(INTERACTIVE_PROPERTY, True)  # its bars are clicked
        name_widget(self, spec.title(self.lang), spoken_chart(spec, self.lang))

    # -- pieces --------------------------------------------------------------------------------
    def _label(self, text: str, pt: int, bold: bool = False, muted: bool = False,
               italic: bool = False) -> QLabel:
        return text_label(text, self, pt, bold=bold, italic=italic, muted=muted)

    def _legend(self) -> QWidget | None:
        """One entry per series (its colour, its name), side by side while they fit and one under
        the other where the chart is narrow (200 % text); an entry never breaks inside."""
        if self.spec.kind not in ("grouped_hbar", "line") or len(self.spec.series) < 2:
            return None
        box, flow = flow_container(self, spacing=px(12), stretch=False)
        for i, s in enumerate(self.spec.series):
            color = draw.series_color(i).name()
            entry = QLabel(f'<span style="color:{color}; font-size:{pt(18):g}pt;">■</span>'
                           f'&nbsp;{html.escape(s.name(self.lang))}', box)
            entry.setTextFormat(Qt.TextFormat.RichText)
            sized_font(entry, NOTE_PT + 1)
            flow.addWidget(entry)
        return box

    def _new_plot(self) -> pg.PlotWidget:
        # enableMenu=False: pyqtgraph's right-click menu is never shown (style_plot, and the
        # export menu replaces it); not building it saves ~3 ms a chart.
        widget = pg.PlotWidget(parent=self, background=colors().base, enableMenu=False)
        widget.setMinimumHeight(px(160))  # taller at a larger text size: the plot keeps its room
        set_role(widget, QAccessible.Role.Chart)
        c = colors()  # a focus ring when Tab reaches the plot
        widget.setStyleSheet(f"QGraphicsView {{ border: 2px solid transparent; }}"
                             f" QGraphicsView:focus {{ border: 2px solid {c.accent}; }}")
        plot = widget.getPlotItem()
        draw.style_plot(plot)
        draw.keep_plot_in_view(widget)
        widget.scene().sigMouseMoved.connect(lambda pos, p=plot: self._on_move(p, pos))
        widget.scene().sigMouseClicked.connect(lambda ev, p=plot: self._on_click(p, ev))
        # No chart pans or zooms, so none takes the mouse wheel: it scrolls the page instead.
        widget.viewport().installEventFilter(self)
        self.plots.append(plot)
        self.plot_widgets.append(widget)
        return widget

    def _build_body(self) -> QWidget:
        spec, lang = self.spec, self.lang
        if spec.kind == "panels":
            return self._build_panels()
        widget = self._new_plot()
        name_widget(widget, spec.title(lang), spoken_chart(spec, lang))
        plot = widget.getPlotItem()
        if spec.kind == "bar":
            hits = draw.draw_bars(plot, spec.series[0], spec.axis(lang), lang,
                                  axis_scale=spec.axis_scale(lang))
        elif spec.kind in ("hbar", "grouped_hbar"):
            hits = draw.draw_hbars(plot, spec, lang)
        elif spec.kind == "line":
            hits = draw.draw_line(plot, spec, lang)
        elif spec.kind == "matrix":
            hits = draw.draw_matrix(plot, spec, lang)
        else:
            raise ValueError(f"Unknown chart kind {spec.kind!r} in {spec.id}")
        self.hits += [(plot, h) for h in hits]
        self.bar_keys.add_plot(widget, hits)
        return widget

    def _build_panels(self) -> QWidget:
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        self._panel_grid = grid
        self._panel_columns = min(panel_columns(self.width() if self.isVisible() else None),
                                  len(self.spec.series))
        self._panel_cells: list[list[QWidget]] = []  # per panel: its title, then its plot
        for i, series in enumerate(self.spec.series):
            title = self._label(series.name(self.lang), NOTE_PT + 2, bold=True)
            title.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            self._panel_cells.append([title])
            self.pending_panels.append(lambda s=series, i=i: self._add_panel(s, i))
        self._place_panels()
        if not self.staged:
            while self.draw_next_panel():
                pass
        return body

    def _place_panels(self) -> None:
        """The panels (title over plot) in rows of :attr:`_panel_columns`."""
        grid, columns = self._panel_grid, self._panel_columns
        for cells in self._panel_cells:
            for widget in cells:
                grid.removeWidget(widget)
        for r in range(grid.rowCount()):
            grid.setRowStretch(r, 0)
        for c in range(grid.columnCount()):
            grid.setColumnStretch(c, 0)
        for i, cells in enumerate(self._panel_cells):
            row, col = divmod(i, columns)
            grid.addWidget(cells[0], row * 2, col)
            grid.setRowStretch(row * 2 + 1, 1)
            if len(cells) > 1:
                grid.addWidget(cells[1], row * 2 + 1, col)
        for col in range(columns):
            grid.setColumnStretch(col, 1)
        self.updateGeometry()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.spec.kind == "panels" and getattr(self, "_panel_cells", None):
            columns = min(panel_columns(event.size().width()), len(self.spec.series))
            if columns != self._panel_columns:
                self._panel_columns = columns
                self._place_panels()

    def _add_panel(self, series, index: int) -> None:
        widget = self._new_plot()
        name_widget(widget, self.tr("{chart}: {panel}").format(chart=self.spec.title(self.lang),
                                                               panel=series.name(self.lang)),
                    spoken_series(series, self.lang))
        plot = widget.getPlotItem()
        hits = draw.draw_panel(plot, series, self.lang)
        self.hits += [(plot, h) for h in hits]
        self.bar_keys.add_plot(widget, hits)
        self._panel_cells[index].append(widget)
        row, col = divmod(index, self._panel_columns)
        self._panel_grid.addWidget(widget, row * 2 + 1, col)

    def draw_next_panel(self) -> bool:
        """Draw the next panel not drawn yet; True while more remain."""
        if self.pending_panels:
            self.pending_panels.pop(0)()
        return bool(self.pending_panels)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Wheel and self._forward_wheel(event):
            return True
        return super().eventFilter(obj, event)

    def _forward_wheel(self, event) -> bool:
        """Give a wheel event over a plot to the scrolling page around the chart."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is None:
            return False
        QCoreApplication.sendEvent(parent.verticalScrollBar(), event)
        return True

    # -- size ----------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802
        return chart_size_hint(self.spec, getattr(self, "_panel_columns", None))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = self.sizeHint()
        return QSize(480, int(hint.height() * 0.85))

    # -- provenance on hover and click -----------------------------------------------------------
    def hit_at(self, plot: pg.PlotItem, scene_pos: QPointF) -> BarHit | None:
        """The bar under a scene position of ``plot``'s scene, if any."""
        vb = plot.getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        pos = vb.mapSceneToView(scene_pos)
        for owner, hit in self.hits:
            if owner is plot and hit.rect.normalized().contains(pos):
                return hit
        return None

    def bar_scene_center(self, index: int) -> tuple[pg.PlotWidget, QPointF]:
        """Where bar ``index`` (in :attr:`hits` order) is drawn: its widget and scene position."""
        plot, hit = self.hits[index]
        widget = self.plot_widgets[self.plots.index(plot)]
        return widget, plot.getViewBox().mapViewToScene(hit.rect.center())

    def _on_move(self, plot: pg.PlotItem, scene_pos: QPointF) -> None:
        hit = self.hit_at(plot, scene_pos)
        fid = hit.figure_id if hit else None
        if fid == self._hovered:
            return
        self._hovered = fid
        if hit is None or not fid:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), f"<b>{hit.category}</b><br>{hit.label}<br><i>"
                          + self.tr("Click to see the source") + "</i>")
        self.figureHovered.emit(fid)
        if self.hub is not None:
            self.hub.show_figure(fid)

    def _on_click(self, plot: pg.PlotItem, event) -> None:
        hit = self.hit_at(plot, event.scenePos())
        if hit is not None:
            self._activate_hit(hit)

    def _show_bar(self, hit: BarHit) -> None:
        """A bar reached with the arrow keys: its provenance in the source panel, as on hover."""
        if hit.figure_id:
            self.figureHovered.emit(hit.figure_id)
            if self.hub is not None:
                self.hub.show_figure(hit.figure_id)
        elif hit.point is not None and hit.point.source_id:
            self.activate_statement(hit)

    def _activate_hit(self, hit: BarHit) -> None:
        if hit.figure_id:
            self.activate(hit.figure_id)
        elif hit.point is not None and hit.point.source_id:
            self.activate_statement(hit)

    def activate_statement(self, hit: BarHit) -> None:
        """A dot that is a statement, not a figure (district × industry): show where it is stated."""
        from etown_desktop.ui.provenance_statement import Statement

        p = hit.point
        statement = Statement(self.tr("{district}: {industry}").format(district=hit.label,
                                                                       industry=hit.category),
                              self.spec.title(self.lang), ((p.source_id, int(p.paragraph or 0)),))
        if self.hub is not None:
            self.hub.show_statement(statement)

    def activate(self, figure_id: str) -> None:
        log.debug("Chart %s: figure %s activated", self.spec.id, figure_id)
        self.figureClicked.emit(figure_id)
        if self.hub is not None:
            self.hub.show_figure(figure_id)

    @property
    def plot(self) -> pg.PlotItem:
        return self.plots[0]
