"""View → Appearance (issue 21 §3): System / Light / Dark / High contrast switch the palette,
the charts, the source panel, the slides and the kiosk live, are remembered across a restart, and
"System" follows the system's colour scheme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QApplication

from etown_desktop.core.appearance.schemes import SCHEMES
from etown_desktop.core.stories.store import find_story, load_stories
from etown_desktop.ui import i18n, theme
from etown_desktop.ui.appearance import switcher
from etown_desktop.ui.charts.chart_view import ChartView
from etown_desktop.ui.main_window import MainWindow
from settle import pump


@pytest.fixture
def window(open_main_window, settings_dir):
    theme.apply_theme(QApplication.instance(), name="light")
    yield open_main_window((1366, 768), timeout=15_000)
    i18n.install_translator("en")


def _choose(w: MainWindow, choice: str) -> None:
    w.findChild(QAction, f"appearance_{choice}").trigger()
    pump(3, deletes=True)


def _window_colour() -> str:
    return QApplication.instance().palette().color(QPalette.ColorRole.Window).name()


def _chart_backgrounds(w: MainWindow) -> set[str]:
    """The plot backgrounds of the charts on the current tab."""
    page = w.tab_widget(w.current_tab_name())
    return {pw.backgroundBrush().color().name()
            for view in page.findChildren(ChartView) for pw in view.plot_widgets}


def _a_tab_with_charts(w: MainWindow) -> str:
    for name in w.tab_names:
        page = w.tab_widget(name)
        if page is not None and page.findChildren(ChartView):
            return name
    raise AssertionError("no tab draws a chart")


def test_menu_lists_the_four_choices_exclusively(window):
    menu = window.appearance_menu
    names = [a.objectName() for a in menu.actions()]
    assert names == ["appearance_system", "appearance_light", "appearance_dark", "appearance_high_contrast"]
    assert all(a.isCheckable() for a in menu.actions())
    _choose(window, "dark")
    menu.aboutToShow.emit()
    assert [a.isChecked() for a in menu.actions()] == [False, False, True, False]


def test_each_appearance_changes_palette_charts_and_source_panel_live(window):
    name = _a_tab_with_charts(window)
    # another tab with charts (a switch drops the hidden pages: they are rebuilt when shown)
    other = next(n for n in window.tab_names if n != name and window.tab_widget(n) is not None
                 and window.tab_widget(n).findChildren(ChartView))
    window.select_tab(name)
    pump(3, deletes=True)
    assert _chart_backgrounds(window) == {SCHEMES["light"].colors.base}
    for choice in ("dark", "high_contrast", "light", "high_contrast"):
        _choose(window, choice)
        c = SCHEMES[choice].colors
        assert _window_colour() == c.window
        assert theme.scheme().name == choice
        assert _chart_backgrounds(window) == {c.base}, choice  # the tab on screen, redrawn at once
        html = window.provenance_panel.browser.toHtml()
        assert c.muted in html  # the source panel's text redrawn in the scheme's muted colour
        # another tab is redrawn when it is shown
        window.select_tab(other)
        pump(3, deletes=True)
        assert _chart_backgrounds(window) == {c.base}, (choice, other)
        window.select_tab(name)
        pump(3, deletes=True)


def test_high_contrast_bars_use_its_palette_and_keep_their_patterns(window):
    from etown_desktop.ui.charts import chart_drawing

    _choose(window, "high_contrast")
    assert chart_drawing.series_color(0).name() == SCHEMES["high_contrast"].chart_palette[0]
    # estimates and Beijing-wide context: a hatch pattern in every scheme, not colour alone
    assert chart_drawing._brush(chart_drawing.series_color(0), "context").style() == Qt.BrushStyle.BDiagPattern
    assert QApplication.instance().styleSheet().count(SCHEMES["high_contrast"].colors.accent) >= 3


def test_the_choice_survives_a_restart(window, repo, app_settings, qtbot):
    _choose(window, "high_contrast")
    assert app_settings.appearance == "high_contrast"
    window.close()
    # a new start: the theme of a fresh process, then a main window reading the same settings
    theme.apply_theme(QApplication.instance(), name="light")
    switcher._choice = "system"
    again = MainWindow(repo, settings=app_settings)
    qtbot.addWidget(again)
    assert theme.scheme().name == "high_contrast"
    assert _window_colour() == SCHEMES["high_contrast"].colors.window
    assert again.findChild(QAction, "appearance_high_contrast").isChecked()


def test_system_follows_the_colour_scheme_signal(window):
    # The offscreen platform cannot change the system's scheme (QStyleHints.setColorScheme is
    # ignored there), so the test calls the handler colorSchemeChanged is connected to.
    _choose(window, "system")
    switcher.on_system_scheme_changed(Qt.ColorScheme.Dark)
    pump(3, deletes=True)
    assert theme.scheme().name == "dark"
    assert _window_colour() == SCHEMES["dark"].colors.window
    switcher.on_system_scheme_changed(Qt.ColorScheme.Light)
    pump(3, deletes=True)
    assert theme.scheme().name == "light"
    _choose(window, "high_contrast")  # a fixed choice ignores the system
    switcher.on_system_scheme_changed(Qt.ColorScheme.Light)
    pump(3, deletes=True)
    assert theme.scheme().name == "high_contrast"


def test_language_switch_after_a_scheme_switch(window):
    _choose(window, "dark")
    window.findChild(QAction, "language_zh").trigger()
    pump(3, deletes=True)
    assert window.appearance_menu.title() == "外观(&A)"
    assert [a.text() for a in window.appearance_menu.actions()] == ["跟随系统(&S)", "浅色(&L)", "深色(&D)", "高对比度(&H)"]
    name = _a_tab_with_charts(window)
    window.select_tab(name)
    pump(3, deletes=True)
    assert _chart_backgrounds(window) == {SCHEMES["dark"].colors.base}
    assert theme.scheme().name == "dark"
    window.findChild(QAction, "language_en").trigger()
    pump(3, deletes=True)
    assert window.appearance_menu.title() == "&Appearance"


def test_presentation_and_kiosk_take_the_scheme(qtbot, repo, app_settings, tmp_path):
    from etown_desktop.core.kiosk.pin import hash_pin
    from etown_desktop.core.visits.visit_log import VisitLog
    from etown_desktop.ui.kiosk.kiosk_session import KioskSession
    from etown_desktop.ui.presentation.presentation import Presentation

    hc, navy = SCHEMES["high_contrast"].slides, SCHEMES["dark"].slides
    switcher.set_appearance("high_contrast", persist=False)
    story = find_story(load_stories(repo.path), "zone")
    show = Presentation(repo, story, "en")
    qtbot.addWidget(show.audience)
    show.start()
    deck = show.deck
    assert hc.background in deck.current_slide().styleSheet()
    session = KioskSession(repo, story, hash_pin("2468"), "en", idle_s=90,
                           visit_log=VisitLog(tmp_path / "visits.sqlite"))
    qtbot.addWidget(session.window)
    session.start()
    try:
        assert hc.background in session.window.styleSheet()
        assert hc.accent in session.window.source_card.styleSheet()
        switcher.set_appearance("dark", persist=False)  # live: the open kiosk and slides follow
        pump(3, deletes=True)
        assert navy.background in session.window.styleSheet()
        assert navy.panel in session.window.source_card.styleSheet()
        assert navy.background in deck.current_slide().styleSheet()
    finally:
        session.stop()
        show.stop()


def test_an_open_dialog_and_the_quoted_source_follow_a_switch(window):
    window.hub.figureActivated.emit("F001")
    pump(3, deletes=True)
    quote = window.provenance_panel.source_quote
    quote.open_article()
    dialog = quote.article_dialog
    pump(3, deletes=True)
    light = SCHEMES["light"].colors
    assert light.highlight in dialog.browser.toHtml()
    _choose(window, "high_contrast")
    hc = SCHEMES["high_contrast"].colors
    html = dialog.browser.toHtml()
    assert hc.accent in html and light.accent not in html  # the cited paragraph's bar, redrawn
    assert hc.muted in window.provenance_panel.browser.toHtml()  # the figure still shown, new colours
    assert "F001" in window.provenance_panel.plain_text()
    dialog.close()


def test_a_scheme_switch_keeps_the_fusion_style_it_has(qapp):
    """Setting the style again restyles every widget of every window (~1.7 s for a main window
    with every tab built): a switch keeps the Fusion style object it has, and sets Fusion where
    another style is in use."""
    from etown_desktop.ui import theme

    from PySide6.QtWidgets import QStyle

    made: list[str] = []
    real_set_style = type(qapp).setStyle
    before = theme.scheme().name

    def set_style(style: str | QStyle) -> None:
        made.append(style if isinstance(style, str) else style.name())
        real_set_style(style)

    try:
        qapp.setProperty(theme.STYLE_SET_PROPERTY, None)  # an application made elsewhere
        type(qapp).setStyle = staticmethod(set_style)
        theme.apply_theme(qapp, name="light")
        assert made == [theme.STYLE]  # set once …
        theme.apply_theme(qapp, name="dark")
        theme.apply_theme(qapp, name="high_contrast")
        assert made == [theme.STYLE]  # … and not again for the next schemes
    finally:
        type(qapp).setStyle = real_set_style
        theme.apply_theme(qapp, name=before)
