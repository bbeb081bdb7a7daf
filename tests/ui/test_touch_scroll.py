"""A finger scrolls every tab (issue 21 §4): QScroller's touch gesture is grabbed on the viewport
of every scroll area of every tab (charts left out), and a mouse drag does not scroll."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsView, QScroller

from etown_desktop.ui.accessibility.touch_scroll import touch_scroll_areas


def _grabbed(area) -> bool:
    """A QScroller gesture is grabbed on the viewport, and it is the touch one: grabbing
    TouchGesture makes the viewport accept touch events (a mouse-drag grab does not, and a mouse
    drag not scrolling is tested below). grabbedGesture gives a widget with no grab a scroller
    and Qt.CustomGesture, hence hasScroller first."""
    viewport = area.viewport()
    return (QScroller.hasScroller(viewport)
            and QScroller.grabbedGesture(viewport).value > Qt.GestureType.CustomGesture.value
            and viewport.testAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents))


def test_every_tab_scroll_area_scrolls_by_touch(open_main_window):
    window = open_main_window((1366, 768))
    counted = {}
    for name in window.tab_names:
        tab = window.tab_widget(name)
        areas = touch_scroll_areas(tab)
        assert areas, f"tab {name} has no scroll area"
        assert not any(isinstance(a, QGraphicsView) for a in areas)
        missing = [a.objectName() or type(a).__name__ for a in areas if not _grabbed(a)]
        assert missing == [], (name, missing)
        counted[name] = len(areas)
    assert len(counted) == len(window.tab_names)
    # the charts keep their taps: no gesture on a plot
    overview = window.tab_widget("overview")
    assert not any(QScroller.hasScroller(w.viewport()) for c in overview.charts for w in c.plot_widgets)


def _drag(qtbot, viewport, start: QPoint, press, move, release) -> None:
    """A 300 px upward drag, paced like a hand (QScroller measures the speed between events)."""
    press(start)
    for dy in range(10, 310, 10):
        qtbot.wait(10)  # the pace of the gesture, not a synchronisation
        move(start - QPoint(0, dy))
    release(start - QPoint(0, 300))


def test_a_finger_scrolls_a_tab_and_a_mouse_drag_does_not(open_main_window, qtbot):
    window = open_main_window((1366, 768))
    window.select_tab("overview")
    area = touch_scroll_areas(window.tab_widget("overview"))[0]
    bar, viewport = area.verticalScrollBar(), area.viewport()
    assert bar.maximum() > 0  # the tab is taller than the window: there is something to scroll
    scroller = QScroller.scroller(viewport)
    start = QPoint(viewport.width() - 8, viewport.height() - 20)  # beside the charts
    bar.setValue(0)
    button, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    _drag(qtbot, viewport, start, lambda p: QTest.mousePress(viewport, button, none, p),
          lambda p: QTest.mouseMove(viewport, p), lambda p: QTest.mouseRelease(viewport, button, none, p))
    qtbot.waitUntil(lambda: scroller.state() == QScroller.State.Inactive, timeout=5000)
    assert bar.value() == 0  # a mouse drag selects or clicks, it does not scroll
    _finger_drag(qtbot, window, viewport, start)
    qtbot.waitUntil(lambda: bar.value() >= 200, timeout=5000)  # the finger's 300 px, and on
    scroller.stop()


# -- outside the tabs: dialogs, the source panel and reader, the brief, the leads list, search
# results, the kiosk and the presenter view ------------------------------------------------------
QT_OWN_DIALOGS = ("QMessageBox", "QInputDialog")  # Qt's static dialogs: out of reach (nothing scrolls)


def _missing(root) -> list[str]:
    return [f"{type(a).__name__}#{a.objectName()} in {type(root).__name__}"
            for a in touch_scroll_areas(root) if not _grabbed(a)]


def test_every_dialog_and_panel_scrolls_by_touch(qtbot, repo, tmp_path, settings_dir):
    from app_dialogs import app_dialogs, leads_session

    session = leads_session(tmp_path)
    try:
        areas, missing, kinds = 0, [], set()
        for dialog in app_dialogs(repo, tmp_path, "en", session):
            qtbot.addWidget(dialog)
            if type(dialog).__name__ in QT_OWN_DIALOGS:
                continue
            areas += len(touch_scroll_areas(dialog))
            missing += _missing(dialog)
            if touch_scroll_areas(dialog):
                kinds.add(type(dialog).__name__)
        assert missing == []
        # the source reader, search results, the leads list, import report, Show all …
        assert {"ArticleDialog", "SearchPopup", "LeadsPanel", "ImportReportDialog", "ShowAllDialog",
                "EditionsDialog", "LeadForm", "EventsDialog", "QFileDialog"} <= kinds, kinds
        assert areas >= 12, areas
    finally:
        session.close()


def test_the_docks_scroll_by_touch(open_main_window):
    window = open_main_window((1366, 768))
    window.brief_dock.show()
    docks = {"brief": window.brief_dock, "source panel": window.provenance_dock}
    for name, dock in docks.items():
        assert touch_scroll_areas(dock), name
        assert _missing(dock) == [], name


def test_the_kiosk_and_the_presenter_view_scroll_by_touch(qtbot, repo, app_settings, tmp_path):
    from etown_desktop.core.kiosk.pin import hash_pin
    from etown_desktop.core.leads.store import LeadStore
    from etown_desktop.core.stories.store import find_story, load_stories
    from etown_desktop.ui.kiosk.kiosk_session import KioskSession
    from etown_desktop.ui.presentation.presentation import Presentation
    from etown_desktop.ui.presentation.presenter_view import PresenterView

    staff = LeadStore(tmp_path / "leads.sqlite")
    staff.init_keys("booth passphrase")
    staff.add_event("Booth", kiosk_leads=True)
    staff.close()
    store = LeadStore(tmp_path / "leads.sqlite")
    story = find_story(load_stories(repo.path), "zone")
    kiosk = KioskSession(repo, story, hash_pin("2468"), "en", idle_s=90)
    qtbot.addWidget(kiosk.window)
    kiosk.start()
    try:
        # the source card's text is built once the first slide is on screen (issue 22)
        qtbot.waitUntil(lambda: kiosk.window.source_card.text_built, timeout=5000)
        kiosk.window.enable_contact_form(store)
        kiosk.window.open_contact_form()
        areas = touch_scroll_areas(kiosk.window)
        assert kiosk.window.source_card.text in areas  # a figure's source
        assert kiosk.window.contact_form.notice_scroll in areas  # the privacy notice
        assert _missing(kiosk.window) == []
    finally:
        kiosk.stop()
        store.close()
    p = Presentation(repo, story, "en")
    qtbot.addWidget(p.audience)
    p.start()
    try:
        presenter = PresenterView(repo, p.controller)
        qtbot.addWidget(presenter)
        assert presenter.provenance in touch_scroll_areas(presenter)
        assert _missing(presenter) == []
    finally:
        p.stop()


def _finger_drag(qtbot, top, viewport, start: QPoint) -> None:
    """A finger's 300 px upward drag, touch points in the window's coordinates."""
    device = QTest.createTouchDevice()

    def at(p: QPoint) -> QPoint:
        return viewport.mapTo(top, p)

    _drag(qtbot, viewport, start,
          lambda p: QTest.touchEvent(top, device).press(0, at(p), top).commit(),
          lambda p: QTest.touchEvent(top, device).move(0, at(p), top).commit(),
          lambda p: QTest.touchEvent(top, device).release(0, at(p), top).commit())


@pytest.mark.parametrize("where", ["source reader", "search results", "kiosk privacy notice"])
def test_a_finger_scrolls_outside_the_tabs(qtbot, repo, tmp_path, settings_dir, where):
    if where == "source reader":
        from etown_desktop.ui.source_reader.article_dialog import ArticleDialog

        f = repo.figure("F001")
        top = ArticleDialog(f, repo.source_paragraphs(f.source.id))
        area = top.browser
    elif where == "search results":
        from etown_desktop.core.search.query import SearchIndex
        from etown_desktop.ui.search.search_popup import SearchPopup

        top = SearchPopup(SearchIndex.from_repository(repo))
        top.edit.setText("Beijing")
        area = top.tree
    else:
        from etown_desktop.ui.kiosk.contact_form import KioskContactForm
        from etown_desktop.core.leads.store import LeadStore

        store = LeadStore(tmp_path / "leads.sqlite")
        store.init_keys("booth passphrase")
        store.add_event("Booth", kiosk_leads=True)
        top = KioskContactForm(store)
        area = top.notice_scroll
    qtbot.addWidget(top)
    top.resize(900, 420)  # small enough that the content overflows
    top.show()
    qtbot.waitExposed(top)
    bar, viewport = area.verticalScrollBar(), area.viewport()
    qtbot.waitUntil(lambda: bar.maximum() > 120, timeout=5000)  # there is something to scroll
    bar.setValue(0)
    start = QPoint(viewport.width() // 2, viewport.height() - 10)
    _finger_drag(qtbot, top, viewport, start)
    qtbot.waitUntil(lambda: bar.value() >= 120, timeout=5000)  # moved by the finger, in pixels
    QScroller.scroller(viewport).stop()
