"""A screen reader finds a name for everything a user can focus or click, in English and Chinese,
and reads a KPI card as its qualified value (issue 21 §1). Walks the live widget tree of the main
window, every tab, with ``QAccessible.queryAccessibleInterface``."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import QApplication

from etown_desktop.core.accessibility.spoken import spoken_value
from etown_desktop.core.formatting import format_value
from etown_desktop.ui import i18n
from etown_desktop.ui.accessibility.tree_walk import WalkedWidget, describe, unnamed, walk
from etown_desktop.ui.charts.chart_view import ChartView
from etown_desktop.ui.widgets.kpi_card import KpiCard

# The bundled data's main window, counted when this test was written: 159 widgets to walk.
MIN_WALKED = 150


@pytest.fixture
def window(open_main_window, settings_dir):
    yield open_main_window((1366, 768), timeout=15_000)
    i18n.install_translator("en")


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _switch(window, lang: str) -> None:
    window.findChild(QAction, f"language_{lang}").trigger()
    _settle()


def _walk_every_tab(window) -> list[WalkedWidget]:
    """Each tab made current in turn (a page not shown is hidden), its widgets walked."""
    seen: dict[int, WalkedWidget] = {}
    for name in window.tab_names:
        window.select_tab(name)
        _settle()
        for item in walk(window):
            seen[id(item.widget)] = item
    return list(seen.values())


def _description(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_focusable_or_clickable_widget_has_a_name(window, lang):
    if lang != "en":
        _switch(window, lang)  # the live switch: pages are rebuilt, chrome names retranslated
    window.hub.show_figure("F001")  # the source panel shows its quote, buttons and links
    _settle()
    walked = _walk_every_tab(window)
    missing = unnamed(walked)
    assert len(walked) >= MIN_WALKED, len(walked)
    assert not missing, [describe(m) for m in missing]
    kinds = {type(w.widget).__name__ for w in walked}
    assert {"KpiCard", "ChartView", "PlotWidget", "TableView", "QLineEdit", "QComboBox",
            "FigureCard", "QTextBrowser", "QPushButton", "QToolButton"} <= kinds


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_kpi_cards_read_as_qualified_value_label_period_and_source(window, lang):
    if lang != "en":
        _switch(window, lang)
    cards = []
    for name in window.tab_names:
        window.select_tab(name)
        _settle()
        cards += [c for c in window.findChildren(KpiCard) if c.isVisibleTo(window)]
    assert len(cards) >= 30
    for card in cards:
        iface = QAccessible.queryAccessibleInterface(card)
        name = iface.text(QAccessible.Text.Name)
        f = card.figure
        assert name.startswith(format_value(f, lang, style="words")), name
        assert card.title_label.text() in name and card.period_label.text() in name
        assert f.source.ref in name
        assert iface.role() == QAccessible.Role.Button
    if lang == "zh":  # after the live switch the cards speak Chinese
        assert all("来源" in c.accessibleName() for c in cards)


def test_charts_are_named_by_title_and_described_by_their_values(window):
    charts = []
    for name in window.tab_names:
        window.select_tab(name)
        _settle()
        charts += [c for c in window.findChildren(ChartView) if c.isVisibleTo(window)]
    assert len(charts) >= 8
    for chart in charts:
        iface = QAccessible.queryAccessibleInterface(chart)
        assert iface.role() == QAccessible.Role.Chart
        assert iface.text(QAccessible.Text.Name) == chart.spec.title("en")
        described = _description(chart)
        for series in chart.spec.series:
            for p in series.points:
                if p.label_en and p.label_en != "●":
                    assert spoken_value(p.label_en, "en") in described, (chart.spec.id, p.label_en)
        for plot_widget in chart.plot_widgets:  # the focusable plot itself, and its viewport
            assert plot_widget.accessibleName().startswith(chart.spec.title("en"))
            assert plot_widget.viewport().accessibleName() == plot_widget.accessibleName()
            assert _description(plot_widget)


def test_chrome_names_follow_the_language_switch(window):
    browser = window.provenance_panel.browser
    assert browser.accessibleName() == "Source of the selected figure"
    _switch(window, "zh")
    assert browser.accessibleName() != "Source of the selected figure"
    assert window.tabs.accessibleName() != "Topics"
    _switch(window, "en")
    assert browser.accessibleName() == "Source of the selected figure"
    assert window.tabs.accessibleName() == "Topics"


def test_profile_pickers_have_their_labels_as_buddies(window):
    from PySide6.QtWidgets import QComboBox, QLabel

    window.select_tab("profiles")
    _settle()
    page = window.tab_widget("profiles")
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy() is not None}
    combos = [c for c in page.findChildren(QComboBox) if c.isVisibleTo(window)]
    assert combos and all(c in buddies for c in combos)


# -- the presentation, the kiosk and the meeting brief -----------------------------------------
@pytest.fixture
def story(repo):
    from etown_desktop.core.stories.store import find_story, load_stories

    return find_story(load_stories(repo.path), "zone")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_slide_of_the_presentation_names_its_figures(qtbot, repo, story, settings_dir, lang):
    from etown_desktop.ui.presentation.presentation import Presentation
    from etown_desktop.ui.presentation.presenter_view import PresenterView
    from etown_desktop.ui.presentation.slide_widget import ChartPicture, FigureCard

    i18n.install_translator(lang)
    p = Presentation(repo, story, lang)
    qtbot.addWidget(p.audience)
    p.start()
    try:
        cards = charts = 0
        for index in range(p.deck.count):
            p.deck.go_to(index)
            _settle()
            walked = walk(p.audience)
            assert not unnamed(walked), (index, [describe(m) for m in unnamed(walked)])
            for item in walked:
                if isinstance(item.widget, FigureCard):
                    cards += 1
                    assert item.name.startswith(item.widget.item.value)
                    assert item.widget.item.source_ref in item.name
                elif isinstance(item.widget, ChartPicture):
                    charts += 1
                    assert item.name == item.widget.spec.title(lang)
        assert cards >= 5 and charts >= 1
        presenter = PresenterView(repo, p.controller)
        qtbot.addWidget(presenter)
        presenter.show()
        _settle()
        assert walk(presenter) and not unnamed(walk(presenter))
    finally:
        p.stop()
        i18n.install_translator("en")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_kiosk_names_everything_a_visitor_touches(qtbot, repo, story, app_settings, lang):
    from etown_desktop.core.kiosk.pin import hash_pin
    from etown_desktop.ui.kiosk.kiosk_session import KioskSession

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    session = KioskSession(repo, story, hash_pin("2468"), lang, idle_s=90)
    qtbot.addWidget(session.window)
    session.start()
    w = session.window
    try:
        _settle()
        walked = walk(w)  # the attract loop
        assert len(walked) >= 4
        assert not unnamed(walked), [describe(m) for m in unnamed(walked)]
        QTest.mouseClick(w.next_button, Qt.MouseButton.LeftButton)  # a touch: the visit begins
        session.controller.go_to(next(i for i in range(session.deck.count) if session.deck.slide(i).cards))
        _settle()
        QTest.mouseClick(session.deck.current_slide().cards[0], Qt.MouseButton.LeftButton)
        _settle()
        assert w.source_card.isVisible()
        walked = walk(w)  # browsing, with a figure's source open
        assert not unnamed(walked), [describe(m) for m in unnamed(walked)]
        session.still_there.start(20)  # idle: "Still there? Continue"
        _settle()
        walked = walk(w)
        assert session.still_there.continue_button in [m.widget for m in walked]
        assert not unnamed(walked), [describe(m) for m in unnamed(walked)]
        QTest.mouseClick(session.still_there.continue_button, Qt.MouseButton.LeftButton)
        assert not session.still_there.isVisible()
        QTest.keyClick(w, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        _settle()
        assert w.pin_pad.isVisible()
        walked = walk(w)  # staff: the PIN pad
        assert not unnamed(walked), [describe(m) for m in unnamed(walked)]
    finally:
        session.stop()
        i18n.install_translator("en")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_meeting_brief_panel_names_its_fields(window, lang):
    if lang != "en":
        _switch(window, lang)
    dock = window.brief_dock
    dock.show()
    _settle()
    walked = walk(dock)
    assert len(walked) >= 10
    assert not unnamed(walked), [describe(m) for m in unnamed(walked)]
    names = {w.name for w in walked}
    assert ("Items in the brief" in names) == (lang == "en")


def test_a_screen_readers_press_on_a_card_shows_its_source(qtbot, repo, hub):
    """Orca's "activate" / UI Automation's Invoke is the press action: a click, not a silent button."""
    from PySide6.QtGui import QAccessibleActionInterface
    from PySide6.QtWidgets import QWidget

    holder = QWidget()
    qtbot.addWidget(holder)
    card = KpiCard(repo.figure("F001"), hub, holder)
    iface = QAccessible.queryAccessibleInterface(card)
    actions = iface.actionInterface()
    assert actions is not None
    press = QAccessibleActionInterface.pressAction()
    assert press in actions.actionNames()
    with qtbot.waitSignal(hub.figureActivated, timeout=2000) as shown:
        actions.doAction(press)
    assert shown.args == ["F001"]


def test_a_screen_readers_press_on_a_slide_figure_asks_for_its_source(qtbot, repo, story, settings_dir):
    from PySide6.QtGui import QAccessibleActionInterface

    from etown_desktop.ui.presentation.slide_deck import SlideDeck

    deck = SlideDeck(repo, story, "en")
    qtbot.addWidget(deck)
    deck.build_all()
    slide = next(deck.slide(i) for i in range(deck.count) if deck.slide(i).cards)
    card = slide.cards[0]
    actions = QAccessible.queryAccessibleInterface(card).actionInterface()
    with qtbot.waitSignal(slide.figureTapped, timeout=2000) as tapped:
        actions.doAction(QAccessibleActionInterface.pressAction())
    assert tapped.args == [card.item.figure_id]


def _dialogs(repo, tmp_path, lang):
    from etown_desktop.core.editions.store import EditionStore
    from etown_desktop.core.search.query import SearchIndex
    from etown_desktop.ui.editions.editions_dialog import EditionsDialog
    from etown_desktop.ui.excepthook import ErrorDialog
    from etown_desktop.ui.search.search_popup import SearchPopup
    from etown_desktop.ui.source_reader.article_dialog import ArticleDialog
    from etown_desktop.ui.visits.booth_report_dialog import BoothReportDialog
    from etown_desktop.ui.welcome.welcome_dialog import WelcomeDialog

    f = repo.figure("F001")
    yield WelcomeDialog(lang)
    yield ErrorDialog("ValueError: boom", "Traceback …\nValueError: boom")
    yield BoothReportDialog(None, tmp_path / "visits.sqlite")
    yield ArticleDialog(f, repo.source_paragraphs(f.source.id))
    yield SearchPopup(SearchIndex.from_repository(repo))
    yield EditionsDialog(EditionStore())


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_dialog_names_its_fields_buttons_and_lists(qtbot, repo, tmp_path, settings_dir, lang):
    i18n.install_translator(lang)
    try:
        walked_total = 0
        for dialog in _dialogs(repo, tmp_path, lang):
            qtbot.addWidget(dialog)
            dialog.show()
            _settle()
            walked = walk(dialog)
            walked_total += len(walked)
            assert walked, type(dialog).__name__
            assert not unnamed(walked), [describe(m) for m in unnamed(walked)]
            dialog.close()
        assert walked_total >= 15
    finally:
        i18n.install_translator("en")
