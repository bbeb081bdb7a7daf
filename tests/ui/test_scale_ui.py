"""The app on a generated 100× database (7,400 figures, 800 companies, 500 sources): the figures
table filters, sorts, selects, copies, exports the shown rows and shows provenance; the tabs built
from growing lists stay bounded (no widget per row)."""

from __future__ import annotations

import csv

import pytest
from required_tools import require_tools
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from etown_desktop.core.formatting import format_value
from etown_desktop.core.repository import Repository
from etown_desktop.ui.models.figure_table_model import COLUMN_KEYS
from etown_desktop.ui.widgets.kpi_card import KpiCard
from etown_desktop.ui.widgets.source_card import SourceCard


@pytest.fixture(scope="module")
def big(synthetic_db):
    r = Repository(synthetic_db(100))
    yield r
    r.close()


def build(qtbot, repo, hub, name):
    import importlib

    from etown_desktop.ui.tabs import TAB_REGISTRY

    _, module, cls = next(t for t in TAB_REGISTRY if t[0] == name)
    tab = getattr(importlib.import_module(module), cls)(repo, hub)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    return tab


def col(key: str) -> int:
    return COLUMN_KEYS.index(key)


def test_figures_table_filters_sorts_selects_and_exports_at_100x(qtbot, big, hub, tmp_path):
    from etown_desktop.core.export.tabular import export_table
    from etown_desktop.ui.export.export_actions import table_binding

    tab = build(qtbot, big, hub, "sources")
    model, table = tab.proxy, tab.figure_table
    assert model.rowCount() == big.figure_count() == 7400
    assert "7400 figures" in tab.count_label.text().replace(",", "")

    tab.search_box.setText("output 2021")
    expected = [f.id for f in big.figures() if "output" in f.label_en.lower() + (f.note_en or "").lower()
                or "output" in f.source.title_en.lower()]
    assert 0 < model.rowCount() < 7400
    shown = [model.index(r, col("id")).data() for r in range(model.rowCount())]
    assert set(shown) <= {f.id for f in big.figures()} and len(set(shown)) == len(shown)
    assert {f for f in expected if "2021" in (big.figure(f).period_en or "")} <= set(shown)
    assert f"{model.rowCount()} of 7400" in tab.count_label.text().replace(",", "")

    table.sortByColumn(col("value"), Qt.SortOrder.DescendingOrder)
    values = [model.figure(r).value for r in range(model.rowCount())]
    assert values == sorted(values, reverse=True)
    assert model.index(0, col("value")).data() == format_value(model.figure(0), "en")

    # select two rows, copy them, export "shown rows" and click for provenance
    table.selectRow(1)
    text = table.selection_as_tsv()
    assert text.split("\t")[0] == model.figure(1).id
    binding = table_binding(table, big)
    assert binding is not None
    table_id, rows, total = binding
    assert table_id == "figures" and total == 7400 and len(rows) == model.rowCount()
    out = export_table(big, "figures", tmp_path / "shown.csv", rows=rows)
    with out.open(encoding="utf-8-sig") as fh:
        ids = [r[0] for r in list(csv.reader(fh))[1:]]
    assert ids == [model.figure(r).id for r in range(model.rowCount())]

    seen = []
    hub.figureActivated.connect(seen.append)
    table.setCurrentIndex(model.index(5, col("label")))
    QApplication.processEvents()
    assert seen and seen[-1] == model.figure(5).id

    tab.search_box.setText("")
    assert model.rowCount() == 7400
    table.scrollToBottom()
    assert model.index(7399, col("id")).data()


@pytest.mark.parametrize("name", ["clusters", "fortune500", "sources"])
def test_tabs_from_growing_lists_stay_bounded_at_100x(qtbot, big, synthetic_db, hub, name):
    mid = Repository(synthetic_db(10))
    try:
        at10 = build(qtbot, mid, hub, name)
        at100 = build(qtbot, big, hub, name)
        # 10x more data, not one widget more: featured cards, "and N more", tables for the rest
        assert len(at100.findChildren(QWidget)) == len(at10.findChildren(QWidget)) < 400
        assert len(at100.findChildren(KpiCard)) == len(at10.findChildren(KpiCard)) <= 30
        assert len(at100.findChildren(SourceCard)) <= 5
        at100.resize(1366, 768)
        at100.show()
        qtbot.waitExposed(at100)
        assert at100.widget().minimumSizeHint().width() <= 1366
    finally:
        mid.close()


def test_show_all_opens_a_table_of_every_company_in_the_cluster(qtbot, big, hub):
    tab = build(qtbot, big, hub, "clusters")
    cluster = big.clusters("etown_hundred_billion")[0]
    tab._show_all_companies(cluster)
    dialog = tab.show_all_dialog  # a child of the tab (closed with it)
    assert dialog.model.rowCount() == big.company_count(cluster.id) > 8
    dialog.search_box.setText("#99")
    assert 0 < dialog.model.rowCount() < big.company_count(cluster.id)


def test_factsheet_stays_one_page_at_100x(qapp, big, tmp_path):
    import shutil
    import subprocess

    from etown_desktop.ui.export.factsheet import export_factsheet

    pdf = export_factsheet(big, tmp_path / "f.pdf", "en")
    require_tools("pdfinfo", "pdftotext")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert [ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages:")] == ["1"]
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "more sources" in text
    assert "every figure is quoted as its source states it" in " ".join(text.split())  # footer on the page
