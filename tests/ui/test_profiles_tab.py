"""The Profiles tab: every profile renders in EN and ZH at laptop and full-HD sizes without
clipping or spilling sideways; compare shows two profiles side by side and swaps."""

from __future__ import annotations

import re

import pytest
from settle import settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from etown_desktop.core.profiles import PROFILES
from etown_desktop.core.profiles.definitions import profile_names
from etown_desktop.ui.profiles.compare_view import CompareView
from etown_desktop.ui.profiles.profile_view import ProfileView
from etown_desktop.ui.profiles.profiles_tab import ProfilesTab

SOURCE_PANEL = 360  # the source panel beside the tab


def problems(tab: ProfilesTab) -> list[str]:
    out = []
    viewport = tab.scroll.viewport().width()
    for label in tab.findChildren(QLabel):
        if not label.text() or not label.isVisibleTo(tab) or label.width() <= 0:
            continue
        if label.wordWrap() and label.heightForWidth(label.width()) > label.height() + 2:
            out.append(f"{label.text()[:40]!r} clipped: needs {label.heightForWidth(label.width())} px")
        right = label.mapTo(tab.scroll.viewport(), label.rect().topRight()).x()
        if right > viewport + 1:
            out.append(f"{label.text()[:40]!r} ends at {right}, viewport is {viewport} wide")
    return out


@pytest.fixture
def make_tab(qtbot, qapp, repo, hub):
    from etown_desktop.ui import i18n

    def make(lang: str, size: tuple[int, int]) -> ProfilesTab:
        i18n.install_translator(lang, qapp)
        tab = ProfilesTab(repo, hub)
        qtbot.addWidget(tab)
        tab.resize(size[0] - SOURCE_PANEL, size[1] - 120)
        tab.show()
        qtbot.waitExposed(tab)
        return tab
    yield make
    i18n.install_translator("en", qapp)


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_profile_renders_without_clipping(qtbot, make_tab, lang, size):
    tab = make_tab(lang, size)
    for pid in PROFILES:
        tab.show_profile(pid)
        settle(tab)
        assert isinstance(tab.view, ProfileView) and tab.view.profile.id == pid
        found = problems(tab)
        assert not found, f"{pid} {lang} {size}: " + "\n".join(found)
        if lang == "zh":
            assert re.search(r"[\u4e00-\u9fff]", tab.view.findChild(QLabel).text())


def test_a_thin_profile_says_so(make_tab):
    tab = make_tab("en", (1366, 768))
    tab.show_profile("new_materials")
    assert "hold little" in tab.view.thin_label.text()
    tab.show_profile("biomedicine")
    assert not hasattr(tab.view, "thin_label")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_compare_side_by_side_and_swap(qtbot, make_tab, lang):
    tab = make_tab(lang, (1366, 768))
    tab.show_profile("auto", "zone")
    assert isinstance(tab.view, CompareView)
    settle(tab)
    assert not problems(tab)
    left, right = tab.view.cells[0]
    assert left.parentWidget().x() < right.parentWidget().x()  # side by side
    assert left.parentWidget().y() == right.parentWidget().y()  # aligned on one row
    assert tab.view.left_title.text() == profile_names(tab.repo.clusters())["auto"][lang == "zh"]
    tab.swap_button.click()
    assert tab.profile_id == "zone" and tab.compare_id == "auto"
    assert tab.view.left_title.text() == profile_names(tab.repo.clusters())["zone"][lang == "zh"]


def test_section_buttons_add_to_the_brief(qtbot, make_tab):
    from PySide6.QtWidgets import QPushButton

    from etown_desktop.ui.brief.requests import brief_requests

    tab = make_tab("en", (1366, 768))
    tab.show_profile("ngit")
    button = tab.view.findChild(QPushButton, "addToBrief:profile:ngit#companies")
    with qtbot.waitSignal(brief_requests().addRequested) as blocker:
        button.click()
    assert blocker.args == ["profile:ngit#companies"]


def test_a_click_on_a_profile_figure_shows_its_source(qtbot, make_tab, hub):
    tab = make_tab("en", (1366, 768))
    tab.show_profile("biomedicine")
    card = tab.view.figure_widgets["F009"]
    with qtbot.waitSignal(hub.figureActivated) as blocker:
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert blocker.args == ["F009"]
