"""Ctrl+K in the main window: open the search popup; a chosen result opens its tab (or profile),
shows its source in the provenance panel and flashes the card, chart, row or box that shows it."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from etown_desktop.core.search.index import SearchEntry
from etown_desktop.core.search.query import SearchIndex
from etown_desktop.ui.search.highlight import flash
from etown_desktop.ui.search.locate import figure_row, label_with_text, select_row, widget_for_figure

if TYPE_CHECKING:
    from etown_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

FIGURE_TABS = ("overview", "clusters", "foreign-investment", "fortune500", "reforms", "targets",
               "profiles")


class SearchController(QObject):
    def __init__(self, window: MainWindow, action: QAction) -> None:
        super().__init__(window)
        self.window = window
        self._index: SearchIndex | None = None
        self.popup = None
        self.last_target: QWidget | None = None  # what the last jump highlighted (tests)
        self.action = action

    @property
    def index(self) -> SearchIndex:
        if self._index is None:
            self._index = SearchIndex.from_repository(self.window.repo)
        return self._index

    def open(self) -> None:
        if self.window.repo is None:
            return
        if self.popup is None:
            from etown_desktop.ui.search.search_popup import SearchPopup

            self.popup = SearchPopup(self.index, self.window)
            self.popup.activated.connect(self.jump)
        self.popup.open_search(QApplication.focusWidget())

    # -- jump ------------------------------------------------------------------------------------
    def jump(self, entry: SearchEntry) -> QWidget | None:
        w = self.window
        target: QWidget | None = None
        if entry.kind == "profile":
            tab = self._show("profiles")
            tab.show_profile(entry.ref_id)
            target = tab.view
        elif entry.figure_id:
            w.hub.show_figure(entry.figure_id)
            target = self._figure(entry)
        else:
            tab = self._show(entry.tab)
            texts = (entry.title_en, entry.title_zh)
            if entry.kind == "reform":
                target = getattr(tab, "reform_boxes", {}).get(entry.ref_id)
            elif entry.kind == "company":
                from etown_desktop.ui.models.company_table_model import COMPANY_ROLE

                view = select_row(tab, COMPANY_ROLE, entry.ref_id)
                target = view
            elif entry.kind == "source":
                texts = tuple(t.split(" ", 1)[-1] for t in texts)
                target = next((c for c in getattr(tab, "source_cards", [])
                               if getattr(c, "source", None) is not None and c.source.id == entry.ref_id),
                              None)
            if target is None:
                target = label_with_text(tab, texts)
        if target is not None:
            flash(target)
            from etown_desktop.ui.accessibility.pane_cycle import focus_first

            w.activateWindow()  # the popup has just closed: the focus comes back to the window …
            focus_first(target)  # … on the result, where a keyboard user goes on (Tab, arrows, Ctrl+B)
        self.last_target = target
        return target

    def _show(self, name: str) -> QWidget:
        self.window.select_tab(name)
        return self.window.build_tab(name)

    def _figure(self, entry: SearchEntry) -> QWidget | None:
        fid = entry.figure_id
        order = [entry.tab] + [t for t in FIGURE_TABS if t != entry.tab]
        for name in order:
            tab = self.window.build_tab(name)
            if tab is None:
                continue
            found = widget_for_figure(tab, fid)
            if found is not None:
                self.window.select_tab(name)
                return found
        tab = self._show("sources")
        if figure_row(tab, fid) is not None:
            return getattr(tab, "figure_table", None)
        return None
