"""A screen reader finds a name for everything a user can focus or click, in English and Chinese,
and reads a KPI card as its qualified value (issue 21 §1). Walks the live widget tree of the main
window, every tab, with ``QAccessible.queryAccessibleInterface``."""

from __future__ import annotations

import pytest
from app_dialogs import app_dialogs, leads_session
from PySide6.QtGui import QAccessible, QAction

from etown_desktop.core.accessibility.spoken import spoken_value
from etown_desktop.core.formatting import format_value
from etown_desktop.ui import i18n
from etown_desktop.ui.accessibility.tree_walk import WalkedWidget, describe, unnamed, walk
from etown_desktop.ui.charts.chart_view import ChartView
from etown_desktop.ui.widgets.kpi_card import KpiCard
from settle import pump

# The bundled data's main window, counted when this test was written: 159 widgets to walk.
MIN_WALKED = 150


# Walk totals for the closing note (ETOWN_A11Y_TALLY=FILE appends "what widgets unnamed" lines).
def _tally(what: str, walked: list[WalkedWidget]) -> None:
    import os

    if os.environ.get("ETOWN_A11Y_TALLY"):
        with open(os.environ["ETOWN_A11Y_TALLY"], "a", encoding="utf-8") as f:
            missing = "; ".join(describe(m) for m in unnamed(walked))
            f.write(f"{what}\t{len(walked)}\t{len(unnamed(walked))}\t{missing}\n")


@pytest.fixture
def window(open_main_window, settings_dir):
    yield open_main_window((1366, 768), timeout=15_000)
    i18n.install_translator("en")


def _switch(window, lang: str) -> None:
    window.findChild(QAction, f"language_{lang}").trigger()
    pump(3, deletes=True)


def _walk_every_tab(window) -> list[WalkedWidget]:
    """Each tab made current in turn (a page not shown is hidden), its widgets walked."""
    seen: dict[int, WalkedWidget] = {}
    for name in window.tab_names:
        window.select_tab(name)
        pump(3, deletes=True)
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
    pump(3, deletes=True)
    walked = _walk_every_tab(window)
    _tally(f"main window, every tab {lang}", walked)
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
        pump(3, deletes=True)
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
        pump(3, deletes=True)
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


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_line_edits_clear_button_has_a_name(window, qtbot, repo, lang):
    """Qt's clear button (shown once there is text) is an icon-only button with no name of its own;
    found silent by the AT-SPI reader (tests/xvfb/test_atspi_tree.py)."""
    from PySide6.QtWidgets import QLineEdit, QToolButton

    from etown_desktop.core.search.query import SearchIndex
    from etown_desktop.ui.search.search_popup import SearchPopup

    if lang != "en":
        _switch(window, lang)
    popup = SearchPopup(SearchIndex.from_repository(repo))
    qtbot.addWidget(popup)
    edits = [e for e in [*window.findChildren(QLineEdit), popup.edit] if e.isClearButtonEnabled()]
    assert len(edits) >= 3, [e.objectName() for e in edits]
    for edit in edits:
        edit.setText("BDA")
        buttons = [b for b in edit.findChildren(QToolButton) if b.defaultAction() is not None
                   and b.defaultAction().objectName() == "_q_qlineeditclearaction"]
        assert len(buttons) == 1, edit.objectName()
        name = QAccessible.queryAccessibleInterface(buttons[0]).text(QAccessible.Text.Name)
        assert name == ("Clear the text" if lang == "en" else "清除文字"), (edit.objectName(), name)
        edit.clear()


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
    pump(3, deletes=True)
    page = window.tab_widget("profiles")
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy() is not None}
    combos = [c for c in page.findChildren(QComboBox) if c.isVisibleTo(window)]
    assert combos and all(c in buddies for c in combos)


# -- the presentation, the kiosk and the meeting brief -----------------------------------------
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
            pump(3, deletes=True)
            walked = walk(p.audience)
            _tally(f"presentation slide {index} {lang}", walked)
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
        pump(3, deletes=True)
        _tally(f"presenter view {lang}", walk(presenter))
        assert walk(presenter) and not unnamed(walk(presenter))
    finally:
        p.stop()
        i18n.install_translator("en")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_kiosk_names_everything_a_visitor_touches(qtbot, repo, story, app_settings, tmp_path, lang):
    from etown_desktop.core.kiosk.pin import hash_pin
    from etown_desktop.ui.kiosk.kiosk_session import KioskSession

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from etown_desktop.core.leads.my_card import MyCard, save_card
    from etown_desktop.core.leads.store import LeadStore

    staff = LeadStore(tmp_path / "leads.sqlite")  # an event that lets visitors leave their contact
    staff.init_keys("booth passphrase")
    staff.add_event("Booth", kiosk_leads=True)
    save_card(staff, MyCard("E-Town booth", email="booth@example.cn"))
    staff.close()
    store = LeadStore(tmp_path / "leads.sqlite")
    session = KioskSession(repo, story, hash_pin("2468"), lang, idle_s=90)
    qtbot.addWidget(session.window)
    session.start()
    w = session.window
    w.enable_contact_form(store)
    try:
        pump(3, deletes=True)
        walked = walk(w)  # the attract loop
        _tally(f"kiosk attract {lang}", walked)
        assert len(walked) >= 4
        assert not unnamed(walked), [describe(m) for m in unnamed(walked)]
        QTest.mouseClick(w.next_button, Qt.MouseButton.LeftButton)  # a touch: the visit begins
        session.controller.go_to(next(i for i in range(session.deck.count) if session.deck.slide(i).cards))
        pump(3, deletes=True)
        QTest.mouseClick(session.deck.current_slide().cards[0], Qt.MouseButton.LeftButton)
        pump(3, deletes=True)
        assert w.source_card.isVisible()
        walked = walk(w)  # browsing, with a figure's source open
        _tally(f"kiosk browsing {lang}", walked)
        assert not unnamed(walked), [describe(m) for m in unnamed(walked)]
        from etown_desktop.ui.presentation.slide_widget import FigureCard

        figures = [m for m in walked if isinstance(m.widget, FigureCard)]  # read as their value first
        assert figures and all(m.name.startswith(m.widget.item.value) and m.widget.item.source_ref in m.name
                               for m in figures), [m.name for m in figures]
        QTest.mouseClick(w.contact_button, Qt.MouseButton.LeftButton)  # "Leave your contact"
        pump(3, deletes=True)
        form = w.contact_form
        assert form.isVisible()
        walked = walk(w)  # the contact form with its on-screen keyboard
        _tally(f"kiosk contact form {lang}", walked)
        assert form.submit_button in [m.widget for m in walked]
        assert not unnamed(walked), [describe(m) for m in unnamed(walked)]
        QTest.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
        pump(3, deletes=True)
        session.still_there.start(20)  # idle: "Still there? Continue"
        pump(3, deletes=True)
        walked = walk(w)
        _tally(f"kiosk still there {lang}", walked)
        assert session.still_there.continue_button in [m.widget for m in walked]
        assert not unnamed(walked), [describe(m) for m in unnamed(walked)]
        QTest.mouseClick(session.still_there.continue_button, Qt.MouseButton.LeftButton)
        assert not session.still_there.isVisible()
        QTest.keyClick(w, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        pump(3, deletes=True)
        assert w.pin_pad.isVisible()
        walked = walk(w)  # staff: the PIN pad
        _tally(f"kiosk PIN pad {lang}", walked)
        assert not unnamed(walked), [describe(m) for m in unnamed(walked)]
    finally:
        session.stop()
        store.close()
        i18n.install_translator("en")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_meeting_brief_panel_names_its_fields(window, lang):
    if lang != "en":
        _switch(window, lang)
    dock = window.brief_dock
    dock.show()
    pump(3, deletes=True)
    walked = walk(dock)
    _tally(f"brief panel {lang}", walked)
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


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_dialog_names_its_fields_buttons_and_lists(qtbot, repo, tmp_path, settings_dir, lang):
    i18n.install_translator(lang)
    session = leads_session(tmp_path)
    try:
        walked_total, kinds, missing = 0, set(), []
        for dialog in app_dialogs(repo, tmp_path, lang, session):
            qtbot.addWidget(dialog)
            dialog.show()
            pump(3, deletes=True)
            walked = walk(dialog)
            _tally(f"dialog {type(dialog).__name__} {lang}", walked)
            walked_total += len(walked)
            kinds.add(type(dialog).__name__)
            assert walked, type(dialog).__name__
            missing += [f"{type(dialog).__name__}: {describe(m)}" for m in unnamed(walked)]
            dialog.close()
        assert not missing, missing
        assert walked_total >= 80, walked_total
        assert {"ImportReportDialog", "StoryExportDialog", "LeadForm", "QFileDialog", "QInputDialog",
                "QMessageBox", "LeadsPanel", "PassphraseDialog"} <= kinds, kinds
    finally:
        session.close()
        i18n.install_translator("en")
