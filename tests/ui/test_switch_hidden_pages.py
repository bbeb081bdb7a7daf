"""A live colour-scheme or text-size switch with every tab built: the built tab pages, which the
switch rebuilds anyway, are dropped before the application's stylesheet changes, so Qt restyles
only the window's chrome (restyling ~1,900 widgets took most of a 1.6–2 s switch). The page on
screen is built again at once, the others when shown: in the new colours or at the new size,
scrolled and selected as the user left them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from etown_desktop.core.appearance.schemes import SCHEMES
from etown_desktop.ui import i18n, theme
from etown_desktop.ui.charts.chart_view import ChartView
from etown_desktop.ui.text_size.apply import set_text_size
from settle import pump


@pytest.fixture
def window(open_main_window, settings_dir, qapp):
    theme.apply_theme(qapp, name="light")
    yield open_main_window((1366, 768), timeout=15_000)
    set_text_size(100)
    i18n.install_translator("en")


class _Restyled(QObject):
    """Counts the widgets that get a StyleChange (the application's stylesheet restyling them):
    all of them, and those on the given tab pages."""

    def __init__(self, pages: list[QWidget]) -> None:
        super().__init__()
        self.pages = pages
        self.total = self.on_pages = 0

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.StyleChange and isinstance(obj, QWidget):
            self.total += 1
            if _page_of(obj, self.pages) is not None:
                self.on_pages += 1
        return False


def _page_of(widget: QWidget, pages: list[QWidget]) -> QWidget | None:
    while widget is not None:
        if any(widget is p for p in pages):
            return widget
        widget = widget.parentWidget()
    return None


def _scrolled_area(page: QWidget) -> QScrollArea | None:
    """The page's scroll area with room to scroll (the one a user scrolls down)."""
    for area in [page, *page.findChildren(QScrollArea)]:
        if isinstance(area, QScrollArea) and area.verticalScrollBar().maximum() > 100:
            return area
    return None


def _a_scrolling_chart_tab(window) -> tuple[str, int]:
    """A tab (not the current one) with charts that scrolls at 1366x768: its name, and the
    index of its scroll area among the page's scroll areas (the same after a rebuild)."""
    for name in window.tab_names:
        page = window.tab_widget(name)
        if name == window.current_tab_name() or page is None or not page.findChildren(ChartView):
            continue
        window.select_tab(name)
        pump(3, deletes=True)
        area = _scrolled_area(page)
        if area is not None:
            return name, [page, *page.findChildren(QScrollArea)].index(area)
    raise AssertionError("no tab with charts scrolls")


def _area(window, name: str, index: int) -> QScrollArea:
    page = window.tab_widget(name)
    return [page, *page.findChildren(QScrollArea)][index]


def _choose(window, choice: str) -> None:
    window.findChild(QAction, f"appearance_{choice}").trigger()
    pump(3, deletes=True)


def _chart_backgrounds(page: QWidget) -> set[str]:
    return {pw.backgroundBrush().color().name()
            for view in page.findChildren(ChartView) for pw in view.plot_widgets}


def test_a_scheme_switch_restyles_no_tab_page_and_builds_the_shown_one_anew(window, qapp):
    shown = window.current_tab_name()
    built = [n for n in window.tab_names if window.tab_widget(n) is not None]
    assert len(built) == len(window.tab_names)  # every tab built
    assert _chart_backgrounds(window.tab_widget(shown)) == {SCHEMES["light"].colors.base}
    counter = _Restyled([window.tab_widget(n) for n in built])
    qapp.installEventFilter(counter)
    try:
        window.findChild(QAction, "appearance_dark").trigger()
    finally:
        qapp.removeEventFilter(counter)
    assert counter.total > 20  # the window's chrome (tab bar, docks, menus) restyled
    assert counter.on_pages == 0  # no tab page: each is built anew in the new colours
    page = window.tab_widget(shown)
    assert page is not None  # the page on screen, built at once
    assert _chart_backgrounds(page) == {SCHEMES["dark"].colors.base}
    assert all(window.tab_widget(n) is None for n in built if n != shown)
    pump(3, deletes=True)
    assert page.isVisible()
    for name in built:  # each comes back when shown
        window.select_tab(name)
        assert window.tab_widget(name) is not None


def test_a_hidden_tab_shown_after_a_scheme_switch_has_the_new_colours_and_its_scroll(window):
    name, index = _a_scrolling_chart_tab(window)
    area = _area(window, name, index)
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum() // 2)
    scrolled = area.verticalScrollBar().value()
    assert scrolled > 0
    window.select_tab(window.tab_names[0] if name != window.tab_names[0] else window.tab_names[1])
    pump(3, deletes=True)
    _choose(window, "high_contrast")
    assert window.tab_widget(name) is None  # dropped, not restyled
    window.select_tab(name)
    pump(3, deletes=True)
    page = window.tab_widget(name)
    assert _chart_backgrounds(page) == {SCHEMES["high_contrast"].colors.base}
    assert _area(window, name, index).verticalScrollBar().value() == scrolled
    # the page on screen: rebuilt at once by the next switch, scrolled where it was
    area = _area(window, name, index)
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum() // 3)
    scrolled = area.verticalScrollBar().value()
    _choose(window, "light")
    assert window.tab_widget(name) is not page
    assert _chart_backgrounds(window.tab_widget(name)) == {SCHEMES["light"].colors.base}
    assert _area(window, name, index).verticalScrollBar().value() == scrolled


def test_a_hidden_table_shown_after_a_text_size_switch_keeps_its_selection(window):
    page = window.tab_widget("sources")
    view = page.figure_table
    window.select_tab("sources")
    pump(3, deletes=True)
    assert view.model().rowCount() > 3
    view.selectRow(2)
    window.select_tab("overview")
    pump(3, deletes=True)
    window.findChild(QAction, "textSize_150").trigger()
    pump(3, deletes=True)
    assert window.tab_widget("sources") is None  # dropped, not resized
    window.select_tab("sources")
    pump(3, deletes=True)
    page = window.tab_widget("sources")
    assert sorted({i.row() for i in page.figure_table.selectionModel().selectedIndexes()}) == [2]
    base = QApplication.font().pointSizeF()
    assert page.figure_table.font().pointSizeF() == pytest.approx(base)  # at the new size
    assert base == pytest.approx(theme.BASE_POINT_SIZE * 1.5)


def test_a_search_after_a_switch_shows_its_result_on_a_tab_scrolled_elsewhere(window, qtbot):
    from PySide6.QtCore import QPoint

    window.select_tab("foreign-investment")
    pump(3, deletes=True)
    page = window.tab_widget("foreign-investment")
    page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())
    window.select_tab("overview")
    pump(3, deletes=True)
    _choose(window, "dark")
    window.search_action.trigger()
    popup = window.search_controller.popup
    popup.edit.insert("1,043")
    pump(3)
    entry = popup.results()[0]
    popup.hide()
    target = window.search_controller.jump(entry)
    pump(3, deletes=True)  # the page's view state is restored once laid out: not over the result
    assert window.current_tab_name() == "foreign-investment"
    page = window.tab_widget("foreign-investment")
    assert page.isAncestorOf(target)
    y = target.mapTo(page.viewport(), QPoint(0, 0)).y()
    assert 0 <= y < page.viewport().height()


def _cursors_during_switch(window, action: str) -> list:
    """The application's override cursor while the switch builds the page on screen."""
    seen = []

    def built(_name: str) -> None:
        cursor = QApplication.overrideCursor()
        seen.append(cursor.shape() if cursor is not None else None)

    window.tabBuilt.connect(built)
    try:
        window.findChild(QAction, action).trigger()
    finally:
        window.tabBuilt.disconnect(built)
    return seen


def test_the_switch_shows_a_wait_cursor_but_not_over_a_hidden_pointer(window, qtbot):
    from PySide6.QtCore import Qt

    assert _cursors_during_switch(window, "appearance_dark") == [Qt.CursorShape.WaitCursor]
    assert QApplication.overrideCursor() is None  # and gone afterwards
    assert _cursors_during_switch(window, "textSize_125") == [Qt.CursorShape.WaitCursor]
    assert QApplication.overrideCursor() is None
    # A window that hides its pointer on purpose (the audience's slide on the projector): no cursor
    screen = QWidget()
    qtbot.addWidget(screen)
    screen.setCursor(Qt.CursorShape.BlankCursor)
    screen.show()
    assert _cursors_during_switch(window, "appearance_light") == [None]
    assert _cursors_during_switch(window, "textSize_100") == [None]
    assert QApplication.overrideCursor() is None


def test_no_wait_cursor_while_the_kiosk_is_shown(qtbot, repo, tmp_path):
    from etown_desktop.core.kiosk.pin import hash_pin
    from etown_desktop.core.stories.store import find_story, load_stories
    from etown_desktop.core.visits.visit_log import VisitLog
    from etown_desktop.ui.busy import pointer_hidden, wait_cursor
    from etown_desktop.ui.kiosk.kiosk_session import KioskSession

    app = QApplication.instance()
    story = find_story(load_stories(repo.path), "zone")
    session = KioskSession(repo, story, hash_pin("2468"), "en", idle_s=90,
                           visit_log=VisitLog(tmp_path / "visits.sqlite"))
    qtbot.addWidget(session.window)
    session.start()
    try:
        qtbot.waitExposed(session.window)
        assert pointer_hidden(app)
        with wait_cursor(app):
            assert QApplication.overrideCursor() is None
    finally:
        session.stop()
