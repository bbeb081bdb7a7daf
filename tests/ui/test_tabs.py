"""Each fact tab builds with the real database and shows the database's figures."""

from __future__ import annotations

import importlib

import pytest
from settle import settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from etown_desktop.core.formatting import format_value
from etown_desktop.ui.models.company_table_model import CompanyTableModel, fortune500_text
from etown_desktop.ui.tabs import TAB_REGISTRY

MY_TABS = ("overview", "clusters", "foreign-investment", "fortune500", "reforms", "targets")
FIGURE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def build(qtbot, repo, hub, name):
    _, module, cls = next(t for t in TAB_REGISTRY if t[0] == name)
    tab_class = getattr(importlib.import_module(module), cls)
    tab = tab_class(repo, hub)
    qtbot.addWidget(tab)
    tab.resize(1600, 1000)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab_class.title()
    return tab


@pytest.mark.parametrize("name", MY_TABS)
def test_tab_builds_and_every_card_shows_its_figure(qtbot, repo, hub, name):
    tab = build(qtbot, repo, hub, name)
    assert tab.cards or tab.charts
    for card in tab.cards:
        fig = repo.figure(card.figure.id)
        assert card.value_label.text() == format_value(fig, "en", style="words")
        assert card.source_label.text().startswith(fig.source.ref)
    for chart in tab.charts:
        assert chart.spec.figure_ids or chart.spec.kind == "matrix"


def test_overview_cards_are_the_headlines(qtbot, repo, hub):
    from etown_desktop.ui.tabs.overview_tab import KPI_METRICS

    tab = build(qtbot, repo, hub, "overview")
    for metric in ("industrial_output", "gdp", "hightech_industry_share", "utilized_fdi"):
        assert metric in KPI_METRICS
        fig = repo.headline(metric)
        assert tab.card_for(fig.id).value_label.text() == format_value(fig, "en", style="words")
    assert tab.chart("overview.output_trend").spec.figure_ids == tuple(
        f.id for f in repo.series("industrial_output"))


def test_card_click_shows_its_source(qtbot, repo, hub):
    tab = build(qtbot, repo, hub, "overview")
    card = tab.cards[0]
    with qtbot.waitSignal(hub.figureActivated, timeout=1000) as blocker:
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert blocker.args == [card.figure.id]
    assert card.figure.source.ref in card.toolTip()


def test_clusters_tab_lists_clusters_and_showcase_companies(qtbot, repo, hub):
    tab = build(qtbot, repo, hub, "clusters")
    main = repo.clusters("etown_hundred_billion")
    assert set(tab.cluster_boxes) == {c.id for c in main}
    for cluster in main:
        text = " ".join(w.text() for w in tab.cluster_boxes[cluster.id].findChildren(QLabel))
        for company in repo.companies(cluster.id):
            assert company.name_en in text
    named = repo.clusters("etown_2025_plan")
    planned = int(repo.headline("plan2025_clusters").value)
    assert len(tab.plan_chips) == planned
    assert [c.text() for c in tab.plan_chips[:len(named)]] == [c.name_en for c in named]
    assert all("not named" in c.text() for c in tab.plan_chips[len(named):])
    assert {v.spec.id for v in tab.charts} >= {"clusters.bluepaper_2020", "clusters.zone_matrix"}


def test_fortune500_tab_shows_both_sources_and_filters(qtbot, repo, hub):
    tab = build(qtbot, repo, hub, "fortune500")
    shown = {c.figure.id for c in tab.cards}
    assert {f.id for f in repo.figures(metric="fortune500_projects")} <= shown
    assert tab.proxy.rowCount() == len(repo.companies())
    tab.filter_edit.setText("germany")
    germans = [c for c in repo.companies() if "germany" in c.country_en.lower()]
    assert tab.proxy.rowCount() == len(germans) > 0
    tab.filter_edit.setText("")
    first = tab.proxy.index(0, 0)
    tab.table.setCurrentIndex(first)
    company = repo.company(first.data(Qt.ItemDataRole.UserRole + 3))
    assert company.name_en in tab.detail.text()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_fortune500_table_readable_beside_the_source_panel(qtbot, repo, hub, lang, monkeypatch):
    """At 1600x1000 with the source panel open the tab is about 1300 px wide: every column shows
    in full (nothing cut at the right, short columns at their content width, long names wrapped)."""
    from PySide6.QtCore import QRect

    from etown_desktop.ui.tabs import tab_page

    if hasattr(tab_page, "current_language"):
        monkeypatch.setattr(tab_page, "current_language", lambda: lang)
    tab = build(qtbot, repo, hub, "fortune500")
    tab.resize(1300, 900)
    qtbot.waitUntil(lambda: tab.table.viewport().width() < 1100, timeout=2000)
    settle(tab)
    table, header = tab.table, tab.table.horizontalHeader()
    sizes = [header.sectionSize(c) for c in range(header.count())]
    assert sum(sizes) <= table.viewport().width() + 1, sizes
    for col in range(1, header.count()):
        assert sizes[col] >= max(table.sizeHintForColumn(col), header.sectionSizeHint(col)) - 1, col
    fm = table.fontMetrics()
    for row in range(tab.proxy.rowCount()):
        name = tab.proxy.index(row, 0).data()
        need = fm.boundingRect(QRect(0, 0, sizes[0] - 8, 10000), Qt.TextFlag.TextWordWrap, name).height()
        assert need <= table.rowHeight(row), name


def test_company_model_columns_and_figure_role(repo):
    model = CompanyTableModel(repo, "en")
    assert model.rowCount() == len(repo.companies())
    for row, company in enumerate(repo.companies()):
        assert model.index(row, 0).data() == company.name_en
        flag = model.index(row, 4).data()
        assert flag == fortune500_text(company)
        if company.fortune500 is None:
            assert flag == "not stated"
        figs = repo.company_figures(company.id)
        assert model.index(row, 0).data(FIGURE_ID_ROLE) == (figs[0].id if figs else None)


def test_reforms_tab_shows_each_reform(qtbot, repo, hub):
    tab = build(qtbot, repo, hub, "reforms")
    reforms = repo.reforms()
    assert set(tab.reform_boxes) == {r.id for r in reforms}
    for r in reforms:
        box = tab.reform_boxes[r.id]
        badges = [w for w in box.findChildren(QLabel) if w.objectName() == "firstBadge"]
        assert bool(badges) == r.first_in_beijing
        for source_id, _ in r.mentions:
            assert repo.source(source_id).ref in tab.mentions_text(r)
    assert tab.chart("reforms.work_permit")


def test_targets_tab_marks_related_figures(qtbot, repo, hub):
    tab = build(qtbot, repo, hub, "targets")
    model = tab.targets_table.model()
    targets = repo.targets("etown_2025")
    assert model.rowCount() == len(targets)
    for row, t in enumerate(targets):
        assert model.index(row, 1).data() == format_value(t.target, "en")
        latest = model.index(row, 2).data()
        if t.actual is None:
            assert latest == "not stated"
        else:
            assert latest == format_value(t.actual, "en")
            if t.actual_relation == "related":
                assert "different measure" in model.index(row, 3).data()
        assert model.index(row, 0).data(FIGURE_ID_ROLE) == t.target.id
    assert tab.bluepaper_table.model().rowCount() == len(repo.targets("beijing_2020"))
