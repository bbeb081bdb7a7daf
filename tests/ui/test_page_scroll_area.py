"""A tab's page prefers the most a scroll area asks for without laying its content out
(ui/screens/page_scroll_area): showing one tab lays out no hidden one."""

from __future__ import annotations

import collections

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QVBoxLayout, QWidget

from etown_desktop.ui.screens.page_scroll_area import PageScrollArea
from etown_desktop.ui.widgets import flow_layout


class _Content(QWidget):
    """A page body that counts the asks for its size hint."""

    def __init__(self) -> None:
        super().__init__()
        self.asked = 0
        lay = QVBoxLayout(self)
        for i in range(60):
            label = QLabel(f"A line of the page that wraps on a narrow window, number {i}.")
            label.setWordWrap(True)
            label.setMinimumWidth(900)  # as a tab's cards and charts: wider than 36 lines of text
            lay.addWidget(label)

    def sizeHint(self) -> QSize:  # noqa: N802
        self.asked += 1
        return super().sizeHint()


def test_a_page_prefers_what_a_qt_scroll_area_prefers_without_asking_its_content(qtbot):
    page, qt_page = PageScrollArea(), QScrollArea()
    for area in (page, qt_page):
        qtbot.addWidget(area)
        area.setWidgetResizable(True)
        area.setWidget(_Content())
    for area in (page, qt_page):
        area.widget().asked = 0
        area.widget().updateGeometry()  # the content changed: Qt's own answer is worked out anew
        QApplication.processEvents()
        area.widget().asked = 0
    assert page.sizeHint() == qt_page.sizeHint()  # wider than 36 lines, taller than 24: Qt's cap
    assert qt_page.widget().asked == 1 and page.widget().asked == 0


def _page_of(window, widget) -> int | None:
    while widget is not None:
        index = window.tabs.indexOf(widget)
        if index >= 0:
            return index
        widget = widget.parentWidget()
    return None


def test_a_tabs_preferred_size_lays_none_of_its_page_out(open_main_window, monkeypatch):
    """The tab widget asks every page, hidden ones too, for its preferred size whenever its own is
    asked anew (a switch of tabs, a page that grew): no page is laid out for that."""
    window = open_main_window((1366, 768))
    laid_out = collections.Counter()
    real = flow_layout.FlowLayout._do_layout

    def counting(self, rect, test_only):
        laid_out[_page_of(window, self.parentWidget())] += 1
        return real(self, rect, test_only)

    monkeypatch.setattr(flow_layout.FlowLayout, "_do_layout", counting)
    pages = [area for i in range(window.tabs.count())
             for area in window.tabs.widget(i).findChildren(PageScrollArea)]
    for page in pages:
        page.widget().updateGeometry()  # the page's content changed (e.g. a chart drawn late)
    QApplication.processEvents()
    laid_out.clear()
    for page in pages:
        page.sizeHint()
    assert sum(laid_out.values()) == 0, laid_out
    window.tabs.setCurrentIndex(window.tabs.count() - 2)
    QApplication.processEvents()
    assert laid_out  # (the counting sees a page laid out when it is shown)


def test_the_tab_widget_prefers_the_size_it_preferred_with_qts_pages(open_main_window):
    """The tabs' preferred size is the largest page's: with Qt's own answers, the same."""
    window = open_main_window((1366, 768))
    pages = [area for i in range(window.tabs.count())
             for area in window.tabs.widget(i).findChildren(PageScrollArea)]
    assert len(pages) == window.tabs.count()  # every tab scrolls in one
    ours = [page.sizeHint() for page in pages]
    qts = [QScrollArea.sizeHint(page) for page in pages]
    assert max(s.width() for s in ours) == max(s.width() for s in qts)
    assert max(s.height() for s in ours) == max(s.height() for s in qts)
