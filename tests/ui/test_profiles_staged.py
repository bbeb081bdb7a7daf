"""Issue 12: built by the main window's step-by-step build, the Profiles tab adds its summary and
sections in later short steps (the ``pending_steps`` protocol of a fact tab's charts; parts share
a step up to a time budget, set to 0 here to see each part), reading a long section a slice at a
time; finished, the page is the one built at once. Structural checks, not timings (timings:
bench/bench_profile_steps.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from etown_desktop.core.profiles.texts import SECTION_KEYS
from etown_desktop.core.repository import Repository
from etown_desktop.ui.profiles.compare_view import CompareView
from etown_desktop.ui.profiles.profile_view import ProfileView
from etown_desktop.ui.profiles.profiles_tab import ProfilesTab
from etown_desktop.ui.tabs import tab_page


@pytest.fixture
def staged(monkeypatch):
    from etown_desktop.ui.profiles import profile_view

    monkeypatch.setattr(profile_view, "STEP_BUDGET_S", 0.0)  # one part (or slice of reading) a step
    before = tab_page.DEFER_CHARTS["on"]
    tab_page.DEFER_CHARTS["on"] = True  # as MainWindow._build_tab(name, staged=True) sets it
    yield
    tab_page.DEFER_CHARTS["on"] = before


@pytest.fixture(scope="module")
def big(synthetic_db):
    r = Repository(synthetic_db(100))
    yield r
    r.close()


def page(tab: ProfilesTab) -> list:
    """What the page holds, in layout order: each part's object name, then every label's and
    button's object name and text in it."""
    lay, out = tab.view.layout(), []
    for i in range(lay.count()):
        w = lay.itemAt(i).widget()
        if w is None:
            out.append("stretch")
            continue
        out.append(w.objectName())
        for child in [w, *w.findChildren(QWidget)]:
            if isinstance(child, (QLabel, QPushButton)):
                out.append((child.objectName(), child.text()))
    return out


def _make(qtbot, repo, hub) -> ProfilesTab:
    tab = ProfilesTab(repo, hub)
    qtbot.addWidget(tab)
    return tab


@pytest.mark.parametrize("which", ["shipped", "100x"])
def test_a_staged_profiles_tab_adds_one_part_a_step_and_ends_as_the_whole_page(qtbot, repo, big, hub, which,
                                                                               monkeypatch):
    from etown_desktop.ui.profiles import profile_view

    monkeypatch.setattr(profile_view, "STEP_BUDGET_S", 0.0)  # one part (or slice of reading) a step
    db = repo if which == "shipped" else big
    whole = _make(qtbot, db, hub)
    assert not whole.pending_steps
    tab_page.DEFER_CHARTS["on"] = True
    try:
        tab = _make(qtbot, db, hub)
    finally:
        tab_page.DEFER_CHARTS["on"] = False
    assert isinstance(tab.view, ProfileView)
    assert tab.view.sections == {} and not hasattr(tab.view, "summary_label")  # the title only
    steps, before = 0, 0
    more = True
    while more:
        more = tab.run_pending_step()
        steps += 1
        added = list(tab.view.sections)
        assert added == list(SECTION_KEYS)[:len(added)]  # in page order
        assert len(added) - before <= 1  # at most one section a step (a long one may take more)
        before = len(added)
    assert list(tab.view.sections) == list(SECTION_KEYS)
    assert steps >= len(SECTION_KEYS) + 1  # the summary, then each section
    assert page(tab) == page(whole)
    assert tab.view.figure_widgets.keys() == whole.view.figure_widgets.keys()


def test_a_new_choice_while_the_page_is_being_added_is_added_the_same_way(qtbot, repo, hub, staged):
    tab = _make(qtbot, repo, hub)
    assert tab.pending_steps
    tab.run_pending_step()
    tab.show_profile("biomedicine")  # chosen before the build finished: the build still finishes it
    assert tab.pending_steps
    tab.finish_pending()
    assert not tab.pending_steps and tab.view.outline.id == "biomedicine"
    assert list(tab.view.sections) == list(SECTION_KEYS)
    tab.show_profile("ngit", "zone")  # a comparison is made at once; the build's last step is a no-op
    assert isinstance(tab.view, CompareView)
    tab.finish_pending()
    assert not tab.pending_steps


def test_show_all_of_a_staged_page_opens_the_full_list(qtbot, big, hub, staged):
    tab = _make(qtbot, big, hub)
    tab.finish_pending()
    dialog = tab.view.show_all("companies")
    total = tab.view.outline.total("companies")
    assert dialog.table.model().rowCount() == total == len(tab.view.profile.companies)
    dialog.close()


def test_the_main_windows_build_adds_the_profiles_tab_in_several_steps(qtbot, repo, app_settings):
    from etown_desktop.ui.main_window import MainWindow

    window = MainWindow(repo, settings=app_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    if not window.tabs_ready:
        with qtbot.waitSignal(window.allTabsReady, timeout=30_000):
            pass
    log = window.build_steps.log
    assert log.count("tab:profiles") == 1
    assert sum(1 for entry in log if entry.endswith(":profiles")) >= 2  # the page added after the tab
    tab = window.tab_widget("profiles")
    assert not tab.pending_steps and list(tab.view.sections) == list(SECTION_KEYS)
