"""Live language switch of the main window, with no per-tab code.

On ``QEvent.LanguageChange`` the window's own texts (menus, actions, title, tab titles, the dock
title, status line, provenance panel) are put into the new language from their source texts, and
the tab pages are rebuilt: the current one at once (its scroll position and selection restored),
the others when first shown again."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from etown_desktop.core.errors import EtownError
from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.language.catalogue import origin

if TYPE_CHECKING:
    from etown_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

ORIGIN_PROPERTY = "etownTextOrigin"


def translate_text(obj: QObject, text: str, old_lang: str) -> str:
    """``text`` of ``obj`` in the language now installed (unchanged when it is not ours)."""
    stored = obj.property(ORIGIN_PROPERTY) if obj is not None else None
    found = tuple(stored.split("\x1f", 1)) if isinstance(stored, str) else origin(text, old_lang)
    if not found or len(found) != 2:
        return text
    if obj is not None:
        obj.setProperty(ORIGIN_PROPERTY, "\x1f".join(found))
    return QCoreApplication.translate(found[0], found[1])


class WindowRetranslator(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.lang = current_language()
        self.stale: set[str] = set()
        self.pending = False
        self.tab_texts: dict[int, tuple[str, str] | None] = {}
        window.installEventFilter(self)
        window.tabs.currentChanged.connect(self._tab_shown)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.window:
            kind = event.type()
            if kind == QEvent.Type.LanguageChange:
                if self.window.isVisible():
                    self.retranslate()
                else:  # a hidden (or closed) window catches up when it is shown again
                    self.pending = True
            elif kind == QEvent.Type.Show and self.pending:
                self.pending = False
                self.retranslate()
        return False

    def retranslate(self) -> None:
        new = current_language()
        if new == self.lang:
            return
        old, self.lang = self.lang, new
        w = self.window
        for action in self._actions():
            text = action.text()
            if not text:
                continue
            if "&&" in text:  # an escaped "&" (a title such as "Plans & targets"), not a mnemonic
                action.setText(translate_text(action, text.replace("&&", "&"), old).replace("&", "&&"))
            else:
                action.setText(translate_text(action, text, old))
        w.setWindowTitle(translate_text(w, w.windowTitle(), old))
        dock = w.provenance_dock
        dock.setWindowTitle(translate_text(dock, dock.windowTitle(), old))
        for i in range(w.tabs.count()):
            page = w.tabs.widget(i)
            text = w.tabs.tabText(i).replace("&&", "&")
            w.tabs.setTabText(i, translate_text(page, text, old).replace("&", "&&"))
        self._retranslate_chrome_widgets(old)
        if w.repo is not None:
            w._update_status_bar()
        panel = w.provenance_panel
        try:
            if panel.current_figure_id:
                panel.show_figure(panel.current_figure_id)
            else:
                panel._show_empty()
        except EtownError as exc:  # the database went away: keep the old text, say why in the log
            log.warning("Source panel not retranslated: %s", exc)
        self.stale = {n for n in w.tab_names if w.tab_widget(n) is not None}
        self._rebuild(w.current_tab_name())

    def _retranslate_chrome_widgets(self, old: str) -> None:
        """Buttons, labels and search boxes outside the tab pages (docks, tool bars, panels):
        each text that is one of ours is put into the new language; data text is left alone."""
        tabs = self.window.tabs
        for widget in self.window.findChildren(QWidget):
            if widget is tabs or tabs.isAncestorOf(widget):
                continue  # the pages are rebuilt
            if isinstance(widget, (QAbstractButton, QLabel)) and widget.text():
                widget.setText(translate_text(widget, widget.text(), old))
            elif isinstance(widget, QLineEdit) and widget.placeholderText():
                widget.setPlaceholderText(translate_text(widget, widget.placeholderText(), old))

    def _actions(self) -> list[QAction]:
        seen: dict[int, QAction] = {}

        def walk(actions) -> None:
            for a in actions:
                if id(a) in seen:
                    continue
                seen[id(a)] = a
                menu = a.menu()
                if isinstance(menu, QMenu):
                    walk(menu.actions())

        walk(self.window.menuBar().actions())
        walk(self.window.actions())
        return list(seen.values())

    def _tab_shown(self, index: int) -> None:
        if 0 <= index < len(self.window.tab_names):
            name = self.window.tab_names[index]
            if name in self.stale:
                self._rebuild(name)

    def _rebuild(self, name: str) -> None:
        if name not in self.stale:
            return
        self.stale.discard(name)
        old = self.window.tab_widget(name)
        state = _view_state(old) if old is not None else None
        new = self.window.rebuild_tab(name)
        if new is not None and state is not None:
            _restore_state(new, state)
            QTimer.singleShot(0, new, lambda: _restore_state(new, state))


def _scroll_areas(widget: QWidget) -> list[QAbstractScrollArea]:
    own = [widget] if isinstance(widget, QAbstractScrollArea) else []
    return own + widget.findChildren(QAbstractScrollArea)


def _view_state(widget: QWidget) -> tuple[list[tuple[int, int]], list[list[int]]]:
    scroll = [(a.horizontalScrollBar().value(), a.verticalScrollBar().value())
              for a in _scroll_areas(widget)]
    selected = []
    for view in widget.findChildren(QAbstractItemView):
        model = view.selectionModel()
        selected.append(sorted({i.row() for i in model.selectedIndexes()}) if model else [])
    return scroll, selected


def _restore_state(widget: QWidget, state: tuple[list[tuple[int, int]], list[list[int]]]) -> None:
    scroll, selected = state
    for area, (h, v) in zip(_scroll_areas(widget), scroll):
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
