"""Start-up work moved or spared (issue 22) without changing what the user gets: chart axis titles
parsed only when they change, and the source panel built with the database (after the first paint)."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScroller, QWidget

from etown_desktop.ui.charts import chart_view  # noqa: F401  (installs the axis title update)


def _grabbed(area) -> bool:
    viewport = area.viewport()
    return (QScroller.hasScroller(viewport)
            and viewport.testAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents))


def test_an_axis_title_follows_every_change_and_is_parsed_once(qtbot, monkeypatch):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    axis = widget.getPlotItem().getAxis("bottom")
    axis.setLabel("Output", **{"font-size": "11pt"})
    assert axis.label.toPlainText().strip() == "Output"
    parsed = []
    real = axis.label.setHtml
    monkeypatch.setattr(axis.label, "setHtml", lambda html: (parsed.append(html), real(html)))
    for top in range(1, 30):  # range changes keep the same title: nothing to parse again
        widget.getPlotItem().setXRange(0, top)
    assert parsed == []
    axis.setPen(pg.mkPen("r"))  # the title's colour: parsed once
    axis.setPen(pg.mkPen("r"))
    assert len(parsed) == 1 and "#ff0000" in parsed[0]
    axis.setLabel("Output (RMB bn)")
    assert axis.label.toPlainText().strip() == "Output (RMB bn)"
    assert len(parsed) == 2
    axis.label.setPlainText("changed elsewhere")  # another writer: the next update restores the title
    axis.setPen(pg.mkPen("b"))
    assert axis.label.toPlainText().strip() == "Output (RMB bn)"


def test_a_new_plot_parses_each_axis_title_once(qtbot, monkeypatch):
    from PySide6.QtWidgets import QGraphicsTextItem

    parsed = []
    real = QGraphicsTextItem.setHtml
    monkeypatch.setattr(QGraphicsTextItem, "setHtml", lambda item, html: (parsed.append(html), real(item, html)))
    widget = pg.PlotWidget()  # pyqtgraph itself set the four titles 33 times
    qtbot.addWidget(widget)
    plot = widget.getPlotItem()
    assert len(parsed) <= 9  # each axis title before and after its colour is set, the plot title
    assert [plot.getAxis(n).isVisible() for n in ("left", "bottom", "top", "right")] == [True, True, False, False]


@pytest.mark.parametrize("lang", ["en"])
def test_the_source_panel_viewports_are_ready_once_the_window_is_painted(open_main_window, lang):
    window = open_main_window((1366, 768))
    panel = window.provenance_panel
    for area in (panel.browser, panel.source_quote.quote):
        assert area.viewport().accessibleName() == area.accessibleName() != ""
        assert _grabbed(area)


def test_the_source_panel_is_built_with_the_database_not_before(qtbot, repo):
    """The dock is on the first screen; its panel (text browser, quote view, touch scrolling) comes
    with the database, which a real start opens after the first paint, and then shows a clicked
    figure."""
    from etown_desktop.ui.main_window import MainWindow
    from etown_desktop.ui.provenance_panel import ProvenancePanel

    window = MainWindow(None, auto_build=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window._painted)
    assert window.provenance_dock._panel is None
    assert not isinstance(window.provenance_dock.widget(), ProvenancePanel)
    window.set_repository(repo)
    panel = window.provenance_dock.widget()
    assert isinstance(panel, ProvenancePanel) and panel is window.provenance_panel and panel.repo is repo
    qtbot.waitUntil(panel.isVisible)
    assert "Where does this number come from?" in panel.plain_text()
    figure = repo.figures()[0]
    window.hub.show_figure(figure.id)
    assert panel.current_figure_id == figure.id and figure.label("en")[:30] in panel.plain_text()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080), (800, 600)])
def test_the_source_panel_comes_without_moving_the_dock_or_the_tabs(qtbot, repo, size):
    """Until its panel comes, the dock holds a room that asks for the panel's size: the first
    paint's layout is the one the user keeps (no jump of the tab area when the panel arrives)."""
    from etown_desktop.ui.main_window import MainWindow

    window = MainWindow(None, auto_build=False)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window._painted)
    before = (window.provenance_dock.geometry(), window.tabs.geometry())
    window.set_repository(repo)
    qtbot.waitUntil(window.provenance_panel.isVisible)
    qtbot.wait(50)
    assert (window.provenance_dock.geometry(), window.tabs.geometry()) == before


def test_asking_for_the_source_panel_before_the_paint_builds_it_with_the_database(qtbot, repo):
    from etown_desktop.ui.main_window import MainWindow

    window = MainWindow(None, auto_build=False)
    qtbot.addWidget(window)
    window.set_repository(repo)  # before the panel exists
    panel = window.provenance_panel
    assert panel.repo is repo and window.provenance_dock.widget() is panel
    assert window.provenance_panel is panel  # built once


def test_cards_are_built_in_their_grid_and_never_moved(qtbot, repo, hub, monkeypatch):
    from etown_desktop.ui.tabs.clusters_tab import ClustersTab
    from etown_desktop.ui.tabs.overview_tab import OverviewTab
    from etown_desktop.ui.widgets.flow_layout import FlowLayout
    from etown_desktop.ui.widgets.kpi_card import KpiCard

    moved = []
    real = KpiCard.setParent
    monkeypatch.setattr(KpiCard, "setParent", lambda card, *a: (moved.append(card), real(card, *a)))
    for cls in (OverviewTab, ClustersTab):
        page = cls(repo, hub)
        qtbot.addWidget(page)
        page.finish_pending() if hasattr(page, "finish_pending") else None
        assert page.cards and moved == []
        for card in page.cards:  # each card sits in the flow layout of its own holder
            layout = card.parentWidget().layout()
            assert isinstance(layout, FlowLayout) and layout.indexOf(card) >= 0
        strays = [w for w in page.body.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                  if w.layout() is None and not w.children() and type(w) is QWidget]
        assert strays == []


def test_a_plain_start_pauses_the_collector_and_resume_brings_it_back(monkeypatch):
    import gc

    from etown_desktop.app import bootstrap, cli, startup_gc

    seen = []
    monkeypatch.setattr(bootstrap, "run_gui", lambda: seen.append(gc.isenabled()) or 0)
    try:
        assert cli.main([]) == 0
        assert seen == [False] and startup_gc.is_paused()
    finally:
        startup_gc.resume()
    assert gc.isenabled() and not startup_gc.is_paused()
    gc.disable()  # switched off by someone else: a start leaves it to them
    try:
        startup_gc.pause()
        startup_gc.resume()
        assert not gc.isenabled()
    finally:
        gc.enable()
