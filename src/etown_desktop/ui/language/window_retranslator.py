"""The main window's part of the live language switch (ui/language/retranslation.py does the
texts every window shares: menus, actions, title, docks, labels, buttons).

Its ``retranslate_ui`` puts the tab titles, the status line and the provenance panel into the new
language and rebuilds the tab pages: the current one at once (its scroll position and selection
restored), the others when first shown again. A hidden (or closed) window does this when it is
shown again. A new colour scheme or text size rebuilds them the same way, but drops them first
(:func:`pages_dropped`), so that the new stylesheet does not restyle pages about to be replaced."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from etown_desktop.core.errors import EtownError
from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.language.retranslation import OWN_RETRANSLATION
from etown_desktop.ui.menus.mnemonics import unnumbered

if TYPE_CHECKING:
    from etown_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class WindowRetranslator(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.lang = current_language()
        self.stale: set[str] = set()
        # The view state (scroll positions, selections) of the pages dropped before a restyle
        # (drop_pages), restored when each is built again on show.
        self.dropped: dict[str, tuple[list[tuple[int, int]], list[list[int]]]] = {}
        self.pending = False
        for page in window.pages.values():
            page.setProperty(OWN_RETRANSLATION, True)  # rebuilt in the new language instead
        window.installEventFilter(self)
        window.tabs.currentChanged.connect(self._tab_shown)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.window and event.type() == QEvent.Type.Show and self.pending:
            self.pending = False
            self.retranslate()
        return False

    def retranslate_ui(self) -> None:
        """Called by the application's retranslation after the window's shared texts."""
        if self.window.isVisible():
            self.retranslate()
        else:  # a hidden (or closed) window catches up when it is shown again
            self.pending = True

    def retranslate(self) -> None:
        new = current_language()
        if new == self.lang:
            return
        self.lang = new
        w = self.window
        for i, action in enumerate(w.tab_actions):  # already in the new language, "&" escaped
            w.tabs.setTabText(i, unnumbered(action.text()))
        self.redraw()

    def redraw(self) -> None:
        """Tab titles fitted again, the status line and the source panel redrawn, every built page
        rebuilt (after a new language, or a new text size: ui/text_size)."""
        w = self.window
        w.tab_fitter.update()
        if w.repo is not None:
            w._update_status_bar()
        panel = w.provenance_panel
        try:
            if panel.current_figure_id:
                panel.show_figure(panel.current_figure_id)
            else:
                panel._show_empty()
        except EtownError as exc:  # the database went away: keep the old text, say why in the log
            log.warning("Source panel not redrawn: %s", exc)
        self.rebuild_tabs()

    def rebuild_tabs(self) -> None:
        """Rebuild every built tab page: the current one now, the others when first shown again
        (after a new language, or a new colour scheme: ui/appearance)."""
        w = self.window
        self.stale = {n for n in w.tab_names if w.tab_widget(n) is not None} | set(self.dropped)
        self._rebuild(w.current_tab_name())

    def drop_pages(self) -> int:
        """Before the application's font or stylesheet is replaced (ui/appearance, ui/text_size),
        whose switch rebuilds every built page anyway: the built pages are deleted now, so that Qt
        restyles only the window's chrome (with every tab built, restyling the pages took most
        of a switch's 1.6–2 s). Each keeps its view state (scroll positions, selections): the
        shown one is built again by the switch (:meth:`rebuild_tabs`, or :meth:`show_current`),
        the others when next shown, as after a language switch. Returns how many pages."""
        w = self.window
        count = 0
        for name in w.tab_names:
            page = w.tab_widget(name)
            if page is None:
                continue
            self.dropped[name] = _view_state(page)
            w.drop_tab(name)
            self.stale.add(name)
            count += 1
        return count

    def show_current(self) -> None:
        """The shown page built again if it was dropped and the switch did not rebuild it."""
        self._rebuild(self.window.current_tab_name())

    def _tab_shown(self, index: int) -> None:
        if 0 <= index < len(self.window.tab_names):
            name = self.window.tab_names[index]
            if name in self.stale:
                self._rebuild(name)

    def _rebuild(self, name: str) -> None:
        if name not in self.stale:
            return
        self.stale.discard(name)
        if name in self.dropped:  # deleted before a restyle: built now (unless it was already,
            state = self.dropped.pop(name)  # e.g. by this tab's showing or by a search)
            new = self.window.build_tab(name)
        else:
            old = self.window.tab_widget(name)
            state = _view_state(old) if old is not None else None
            new = self.window.rebuild_tab(name)
        if new is not None and state is not None:
            _restore_state(new, state)
            # Again once laid out (a page's scroll ranges are not known yet), but not where
            # something has scrolled since (a search revealing its result on the page).
            left = _scroll_values(new)
            QTimer.singleShot(0, new, lambda: _restore_state(new, state, left))


def _scroll_areas(widget: QWidget) -> list[QAbstractScrollArea]:
    own = [widget] if isinstance(widget, QAbstractScrollArea) else []
    return own + widget.findChildren(QAbstractScrollArea)


def _scroll_value(area: QAbstractScrollArea) -> tuple[int, int]:
    return area.horizontalScrollBar().value(), area.verticalScrollBar().value()


def _scroll_values(widget: QWidget) -> list[tuple[int, int]]:
    return [_scroll_value(a) for a in _scroll_areas(widget)]


def _view_state(widget: QWidget) -> tuple[list[tuple[int, int]], list[list[int]]]:
    scroll = _scroll_values(widget)
    from PySide6.QtWidgets import QAbstractItemView  # at a switch, not at start (ui/lean_start)

    selected = []
    for view in widget.findChildren(QAbstractItemView):
        model = view.selectionModel()
        selected.append(sorted({i.row() for i in model.selectedIndexes()}) if model else [])
    return scroll, selected


def _restore_state(widget: QWidget, state: tuple[list[tuple[int, int]], list[list[int]]],
                   unless_moved_from: list[tuple[int, int]] | None = None) -> None:
    """The scroll positions and selections of ``state`` on ``widget``; with ``unless_moved_from``
    (the scroll positions left by an earlier restore) not on a scroll area moved since."""
    from PySide6.QtWidgets import QAbstractItemView

    scroll, selected = state
    for i, (area, (h, v)) in enumerate(zip(_scroll_areas(widget), scroll)):
        before = unless_moved_from[i] if unless_moved_from is not None and i < len(unless_moved_from) else None
        if before is not None and _scroll_value(area) != before:
            continue
        area.horizontalScrollBar().setValue(h)
        area.verticalScrollBar().setValue(v)
    for view, rows in zip(widget.findChildren(QAbstractItemView), selected):
        if rows and view.model() is not None and not view.selectionModel().hasSelection():
            for row in rows:
                if row < view.model().rowCount():
                    view.selectRow(row) if len(rows) == 1 else view.selectionModel().select(
                        view.model().index(row, 0),
                        view.selectionModel().SelectionFlag.Select
                        | view.selectionModel().SelectionFlag.Rows)


def retranslator_of(window: QObject) -> WindowRetranslator | None:
    """The retranslator of a main window (its event actions hold it); None for another window."""
    retranslator = getattr(getattr(window, "event_actions", None), "retranslator", None)
    return retranslator if isinstance(retranslator, WindowRetranslator) else None


@contextmanager
def pages_dropped(app: QObject) -> Iterator[None]:
    """Around a change of the application's font or stylesheet: every main window's built tab
    pages are dropped first (:meth:`WindowRetranslator.drop_pages`); the shown ones are built
    again by then (by the switch itself, else here)."""
    from PySide6.QtWidgets import QApplication

    retranslators = []
    if isinstance(app, QApplication):
        retranslators = [r for r in map(retranslator_of, app.topLevelWidgets()) if r is not None]
    for retranslator in retranslators:
        retranslator.drop_pages()
    try:
        yield
    finally:
        for retranslator in retranslators:
            retranslator.show_current()
