"""Rough edges 1-5, 7, 8, 10-12 in the window: first start language, wheel over charts, menu
titles, window title, export folder, bilingual company filter, Chinese start, provenance panel,
clickable links, reform boxes and matrix dots, the "Which rows?" buttons."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from settle import settle
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from etown_desktop.ui import i18n
from etown_desktop.ui.main_window import MainWindow
from etown_desktop.ui.menus.mnemonics import unnumbered


@pytest.fixture
def english(qapp):
    i18n.install_translator("en", qapp)
    yield


@pytest.fixture
def chinese(qapp):
    assert i18n.install_translator("zh", qapp)
    yield
    i18n.install_translator("en", qapp)


def _window(qtbot, repo, app_settings) -> MainWindow:
    window = MainWindow(repo, settings=app_settings, auto_build=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.build_all_tabs()
    return window


# -- 1: the first start follows the system locale -----------------------------------------------
@pytest.mark.parametrize("env, stored, expected", [
    ({"LANG": "zh_CN.UTF-8"}, None, "zh"),
    ({"LANGUAGE": "zh", "LANG": "en_US.UTF-8"}, None, "zh"),
    ({"LANG": "en_GB.UTF-8"}, None, "en"),
    ({"LANG": "zh_CN.UTF-8"}, "en", "en"),  # a language once chosen wins
])
def test_first_start_follows_the_system_locale(qapp, settings_dir, monkeypatch, env, stored, expected):
    from etown_desktop.app.bootstrap import prepare_ui
    from etown_desktop.ui.settings import AppSettings

    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    if stored:
        AppSettings().language = stored
    try:
        assert prepare_ui(qapp, None) == expected
        assert i18n.current_language() == expected
        # 8: one Chinese name, the same in the window title and the exports
        from etown_desktop.core.export.texts import APP_NAME

        assert qapp.applicationDisplayName() == APP_NAME[expected]
    finally:
        i18n.install_translator("en", qapp)
        qapp.setApplicationDisplayName("E-Town Investor Desktop")


# -- 2: the wheel over a chart scrolls the page ----------------------------------------------------
def test_wheel_over_a_chart_scrolls_the_page(qtbot, repo, hub):
    from etown_desktop.ui.tabs.overview_tab import OverviewTab

    tab = OverviewTab(repo, hub)
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    qtbot.waitExposed(tab)
    bar = tab.verticalScrollBar()
    assert bar.maximum() > 0
    target = tab.charts[0].plot_widgets[0].viewport()
    before = bar.value()
    center = QPointF(target.width() / 2, target.height() / 2)
    event = QWheelEvent(center, QPointF(target.mapToGlobal(center.toPoint())), QPoint(0, 0),
                        QPoint(0, -240), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(target, event)
    assert bar.value() > before
    # the chart's own view did not move
    vb = tab.charts[0].plot.getViewBox()
    assert not vb.state["mouseEnabled"][0] and not vb.state["mouseEnabled"][1]


# -- 3, 4: menu titles and window title --------------------------------------------------------------
def test_view_menu_titles_show_their_ampersands(qtbot, repo, app_settings, english):
    window = _window(qtbot, repo, app_settings)
    single_amp = re.compile(r"(?<!&)&(?!&)")
    texts = [unnumbered(a.text()) for a in window.tab_actions]  # "&6 Plans && targets": its number is its mnemonic
    assert "Plans && targets" in texts and "Sources && all figures" in texts
    assert not any(single_amp.search(t.replace("&&", "")) for t in texts)
    assert not any(single_amp.search(window.tabs.tabText(i).replace("&&", ""))
                   for i in range(window.tabs.count()))


def test_window_title_does_not_repeat_the_app_name(qtbot, repo, app_settings, english):
    window = _window(qtbot, repo, app_settings)
    display = QApplication.applicationDisplayName()
    assert display not in window.windowTitle()  # Qt appends the display name once


# -- 5: export folder ------------------------------------------------------------------------------
def test_default_export_folder_is_documents_else_home(qtbot, repo, app_settings, monkeypatch, tmp_path):
    from PySide6.QtCore import QStandardPaths

    from etown_desktop.ui.export.export_controller import ExportController

    window = _window(qtbot, repo, app_settings)
    ctl = ExportController(repo, window, app_settings)
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda _loc: str(tmp_path / "nope")))
    assert ctl.last_folder() == Path.home()
    docs = tmp_path / "Documents"
    docs.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda _loc: str(docs)))
    assert ctl.last_folder() == docs


def test_a_failed_export_does_not_become_the_last_folder(qtbot, repo, app_settings, dialogs, tmp_path):
    from etown_desktop.core.charts import build_chart
    from etown_desktop.ui.export.export_controller import LAST_FOLDER_KEY, ExportController

    window = _window(qtbot, repo, app_settings)
    ctl = ExportController(repo, window, app_settings)
    bad = tmp_path / "a-file.txt"
    bad.write_text("x")
    dialogs.file_answer = str(bad / "chart.png")  # "inside" a file: the export fails
    assert not ctl.export_chart(build_chart(repo, "overview.output_trend"))
    assert app_settings.value(LAST_FOLDER_KEY) is None
    dialogs.file_answer = str(tmp_path / "chart.png")
    assert ctl.export_chart(build_chart(repo, "overview.output_trend"))
    assert app_settings.value(LAST_FOLDER_KEY) == str(tmp_path)


# -- 7: filters match both languages ----------------------------------------------------------------
@pytest.mark.parametrize("lang, query", [("en", "奔驰"), ("zh", "Bayer"), ("en", "拜耳"), ("zh", "Mercedes")])
def test_company_filter_matches_both_languages(qtbot, repo, hub, qapp, lang, query):
    from etown_desktop.ui.tabs.fortune500_tab import Fortune500Tab

    i18n.install_translator(lang, qapp)
    try:
        tab = Fortune500Tab(repo, hub)
        qtbot.addWidget(tab)
        tab.filter_edit.setText(query)
        assert tab.proxy.rowCount() >= 1
        assert not tab.empty_state.isVisibleTo(tab)
    finally:
        i18n.install_translator("en", qapp)


def test_empty_filter_result_says_no_matches(qtbot, repo, hub):
    from etown_desktop.ui.tabs.fortune500_tab import Fortune500Tab
    from etown_desktop.ui.tabs.sources_tab import SourcesTab

    f500 = Fortune500Tab(repo, hub)
    sources = SourcesTab(repo, hub)
    for tab in (f500, sources):
        qtbot.addWidget(tab)
        tab.resize(1200, 900)
        tab.show()
    f500.filter_edit.setText("zzqx")
    sources.search_box.setText("zzqx")
    for state in (f500.empty_state, sources.empty_state):
        assert state.isVisibleTo(state.view) and "zzqx" in state.text() and "No matches" in state.text()
    f500.filter_edit.clear()
    assert not f500.empty_state.isVisibleTo(f500)


# -- 8: a Chinese start shows no provenance before a click -------------------------------------------
def test_chinese_start_shows_no_figure_before_any_click(qtbot, repo, app_settings, chinese):
    from PySide6.QtGui import QCursor

    QCursor.setPos(QPoint(10_000, 10_000))  # the pointer is not resting on a card (hover shows one)
    window = _window(qtbot, repo, app_settings)
    for name in window.tab_names:
        window.select_tab(name)
        settle(window)
    assert window.provenance_panel.current_figure_id is None
    f500 = window.tab_widget("fortune500")
    assert f500.detail.text()  # the first company's details are shown all the same


# -- 10: provenance panel wording --------------------------------------------------------------------
def test_provenance_panel_wraps_at_words_and_names_the_article(qtbot, repo, hub):
    from PySide6.QtGui import QTextOption

    from etown_desktop.ui.provenance_panel import ProvenancePanel

    panel = ProvenancePanel(repo, hub)
    qtbot.addWidget(panel)
    assert panel.browser.wordWrapMode() == QTextOption.WrapMode.WordWrap
    fig = repo.figures()[0]
    hub.show_figure(fig.id)
    lines = panel.plain_text().splitlines()
    assert any(fig.source.title("en") in ln for ln in lines)
    with_file = [ln for ln in lines if fig.source.seed_file in ln]
    assert with_file and all(ln.startswith("Details") for ln in with_file), with_file


def test_pack_sources_txt_keeps_file_names_in_a_details_line(repo):
    from etown_desktop.ui.export.pack import sources_text

    for lang in ("en", "zh"):
        for line in sources_text(repo, lang).splitlines():
            if ".txt" in line:
                assert line.strip().startswith("("), line


# -- 11: links and boxes that look clickable do something ---------------------------------------------
def test_source_card_figure_link_filters_the_table(qtbot, repo, hub):
    from etown_desktop.ui.tabs.sources_tab import SourcesTab

    tab = SourcesTab(repo, hub)
    qtbot.addWidget(tab)
    card = tab.source_cards[1]
    count = int(card.count_label.text().split()[0])
    qtbot.mouseClick(card.count_label, Qt.MouseButton.LeftButton)
    assert tab.proxy.rowCount() == count < tab.figure_model.total_count()
    rows = {tab.proxy.figure(r).source.id for r in range(tab.proxy.rowCount())}
    assert rows == {card.source.id}
    tab.all_sources_button.click()
    assert tab.proxy.rowCount() == tab.figure_model.total_count()


def test_clicking_a_reform_box_shows_its_provenance(qtbot, repo, hub):
    from etown_desktop.ui.provenance_panel import ProvenancePanel
    from etown_desktop.ui.tabs.reforms_tab import ReformsTab

    panel = ProvenancePanel(repo, hub)
    tab = ReformsTab(repo, hub)
    for w in (panel, tab):
        qtbot.addWidget(w)
    tab.resize(1200, 900)
    tab.show()
    qtbot.waitExposed(tab)
    reform = repo.reforms()[0]
    box = tab.reform_boxes[reform.id]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(20, box.height() - 8))
    text = panel.plain_text()
    assert reform.name_en in text and repo.source(reform.source_id).title("en") in text


def test_clicking_a_matrix_dot_shows_where_it_is_stated(qtbot, repo, hub):
    from etown_desktop.core.charts import build_chart
    from etown_desktop.ui.charts.chart_view import ChartView

    received = []
    hub.statementActivated.connect(received.append)
    view = ChartView(build_chart(repo, "clusters.zone_matrix"), hub)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    settle(view)
    dots = [h for _, h in view.hits if h.point is not None]
    assert len(dots) == len(repo.cluster_zones())
    widget, pos = view.bar_scene_center(view.hits.index(next((p, h) for p, h in view.hits if h is dots[0])))
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=widget.mapFromScene(pos))
    assert received and received[0].mentions[0][0] == repo.cluster_zones()[0].source_id


# -- 12: "Which rows?" buttons say what they do ---------------------------------------------------------
def test_which_rows_buttons_say_what_they_do(qtbot, repo, app_settings):
    from etown_desktop.ui.export.export_controller import ExportController

    window = _window(qtbot, repo, app_settings)
    ctl = ExportController(repo, window, app_settings)
    box, shown, everything = ctl.which_rows_box(12, 74)
    qtbot.addWidget(box)
    assert shown.text() == "Shown rows (12)" and everything.text() == "All rows (74)"
    labels = [b.text().replace("&", "") for b in box.buttons()]
    assert "Yes" not in labels and "No" not in labels


# -- 9: the GUI writes the Excel-friendly CSV unless the plain one is chosen -------------------------
def test_gui_csv_export_defaults_to_excel_friendly(qtbot, repo, app_settings, dialogs, tmp_path, monkeypatch):
    from etown_desktop.ui.export.export_controller import ExportController
    from etown_desktop.ui.widgets import file_dialogs

    window = _window(qtbot, repo, app_settings)
    ctl = ExportController(repo, window, app_settings)
    out = tmp_path / "companies.csv"
    dialogs.file_answer = str(out)
    assert ctl.export_table("companies", None, 0)
    data = out.read_bytes()
    assert data.startswith("\ufeff".encode("utf-8")) and b"\r\n" in data
    names = [c for c in dialogs.calls if c[0] == "save_file_name"][-1][1]
    filters = names[2].split(";;")
    assert "Excel" in filters[1] and "without BOM" in filters[2]
    plain = tmp_path / "plain.csv"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(plain), filters[2]))
    assert ctl.export_table("companies", None, 0)
    assert not plain.read_bytes().startswith("\ufeff".encode("utf-8"))


# -- 8: one unit per chart on screen: the Chinese axis ticks count in the labels' 亿元 --------------------
@pytest.mark.parametrize("chart_id, axis", [("overview.output_trend", "left"),
                                            ("clusters.bluepaper_2020", "bottom")])
def test_chinese_chart_axis_speaks_the_bar_labels_unit(qtbot, repo, chart_id, axis):
    from etown_desktop.core.charts import build_chart
    from etown_desktop.ui.charts.chart_view import ChartView

    spec = build_chart(repo, chart_id)
    view = ChartView(spec, lang="zh")
    qtbot.addWidget(view)
    item = view.plot.getAxis(axis)
    assert item.labelText == "亿元" and item.scale == 10.0
    labels = [p.label_zh for s in spec.series for p in s.points if p.figure_id]
    assert labels and all("亿元" in label and "十亿" not in label for label in labels)
    english = ChartView(spec, lang="en")
    qtbot.addWidget(english)
    assert english.plot.getAxis(axis).scale == 1.0
