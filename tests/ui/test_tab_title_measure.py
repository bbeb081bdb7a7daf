"""Issue 22: fitting the tab titles measures each tab's text once per fit (a tab's width is a text
layout; a narrow window's fit asked for ~280 of them before the first paint), with the same
outcome: the titles that show fit the bar."""

from __future__ import annotations

from PySide6.QtWidgets import QTabBar

from etown_desktop.ui.main_window import MainWindow


def test_a_fit_measures_each_tab_text_once_and_the_shown_tabs_fit(qtbot, repo, app_settings,
                                                                  monkeypatch):
    window = MainWindow(repo, settings=app_settings, auto_build=False)
    qtbot.addWidget(window)
    window.resize(760, 540)  # narrow: short titles, and tabs in the "More" menu
    window.show()
    qtbot.waitExposed(window)
    fitter = window.tab_fitter
    calls: list[int] = []
    real = QTabBar.tabSizeHint
    monkeypatch.setattr(QTabBar, "tabSizeHint", lambda bar, i: (calls.append(i), real(bar, i))[1])
    fitter._fitted = None  # fit again from the full titles
    full = fitter.full_titles()
    fitter._set(full)
    calls.clear()
    fitter.update()
    count = window.tabs.count()
    assert fitter.short and fitter.hidden  # the narrow window's fit did shorten and overflow
    assert len(calls) <= 2 * count  # each tab's full and short text at most once
    bar = window.tabs.tabBar()
    shown = [i for i in range(count) if i not in fitter.hidden]
    room = window.tabs.width() - 6 - fitter.more.sizeHint().width() - 4
    assert sum(real(bar, i).width() for i in shown) <= room
