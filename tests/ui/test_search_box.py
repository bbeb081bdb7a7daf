"""Ctrl+K: the search popup finds aliases and numbers, Enter jumps to the right tab and
highlights the figure (card, row or box), Esc gives focus back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from etown_desktop.ui.search.highlight import Highlight


@pytest.fixture
def window(open_main_window):
    return open_main_window((1366, 768))


def search(qtbot, window, text):
    window.search_action.trigger()
    popup = window.search_controller.popup
    assert popup.isVisible()
    qtbot.waitUntil(popup.edit.hasFocus, timeout=2000)
    popup.edit.clear()
    if text.isascii():
        qtbot.keyClicks(popup.edit, text)  # one search per keystroke
    else:
        popup.edit.insert(text)  # QTest cannot type non-ASCII keys (an input method would)
    return popup


@pytest.mark.parametrize("query,tab,figure", [
    ("1,043", "foreign-investment", "F033"), ("96.7", "overview", None), ("600", "overview", None),
    ("140", "fortune500", None),
])
def test_numbers_jump_to_the_figure_on_its_tab(qtbot, window, query, tab, figure):
    popup = search(qtbot, window, query)
    first = popup.results()[0]
    assert first.kind == "figure"
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert window.current_tab_name() == tab
    target = window.search_controller.last_target
    assert target.figure.id == (figure or first.figure_id)
    assert target.findChild(Highlight) is not None  # flashed for a moment
    assert window.provenance_panel.figure_id == first.figure_id if hasattr(
        window.provenance_panel, "figure_id") else True


@pytest.mark.parametrize("alias", ["亦庄", "Yizhuang", "BDA", "E-Town", "北京经开区", "经开区",
                                   "Beijing Economic-Technological Development Area"])
def test_zone_aliases_open_the_zone_profile(qtbot, window, alias):
    popup = search(qtbot, window, alias)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    assert window.current_tab_name() == "profiles"
    assert window.tab_widget("profiles").profile_id == "zone"


@pytest.mark.parametrize("alias", ["biomedicine", "生物医药", "pharma"])
def test_sector_aliases_open_the_profile(qtbot, window, alias):
    popup = search(qtbot, window, alias)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    assert window.tab_widget("profiles").profile_id == "biomedicine"


@pytest.mark.parametrize("alias", ["Benz", "奔驰"])
def test_company_alias_selects_the_company_row(qtbot, window, alias):
    from etown_desktop.ui.models.company_table_model import COMPANY_ROLE

    popup = search(qtbot, window, alias)
    company = next(e for e in popup.results() if e.kind == "company")
    assert company.ref_id == "beijing_benz"
    window.search_controller.jump(company)
    assert window.current_tab_name() == "fortune500"
    table = window.tab_widget("fortune500").table
    assert table.currentIndex().data(COMPANY_ROLE) == "beijing_benz"


def test_down_arrow_and_click_choose_another_result(qtbot, window):
    popup = search(qtbot, window, "140")
    qtbot.keyClick(popup.edit, Qt.Key.Key_Down)
    second = popup.current_entry()
    assert second.ref_id == popup.results()[1].ref_id
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    assert window.search_controller.last_target.figure.id == second.figure_id


def test_esc_closes_and_returns_focus(qtbot, window):
    sources = window.tab_widget("sources")
    window.select_tab("sources")
    sources.search_box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sources.search_box, timeout=2000)
    popup = search(qtbot, window, "Bayer")
    qtbot.keyClick(popup.edit, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sources.search_box, timeout=2000)


def test_no_matches_says_so(qtbot, window):
    popup = search(qtbot, window, "zzzz-nothing")
    assert popup.results() == []
    assert "zzzz-nothing" in popup.status.text()
