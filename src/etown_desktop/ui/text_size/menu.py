"""View → Text size: 100 % … 200 % (one checked), Larger (Ctrl+Plus, also Ctrl+=), Smaller
(Ctrl+Minus), Default size (Ctrl+0); and the main window's part of a live change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup

from etown_desktop.core.accessibility import text_size as rules
from etown_desktop.ui.language.retranslation import VERBATIM
from etown_desktop.ui.lean_start import set_shortcut
from etown_desktop.ui.text_size import state

if TYPE_CHECKING:
    from etown_desktop.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("TextSizeMenu", text)


class TextSizeMenu(QObject):
    """The menu, its shortcuts, and the main window's ``apply_text_size`` (pages rebuilt)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("textSizeMenu")
        self.window = window
        self.menu = window.view_menu.addMenu(QCoreApplication.translate("TextSizeMenu", "&Text size"))
        self.menu.setObjectName("textSizeMenu")
        self.group = QActionGroup(self.menu)
        self.group.setExclusive(True)
        self.step_actions: dict[int, QAction] = {}
        for i, percent in enumerate(rules.STEPS):  # "&1 100%": each entry its own mnemonic
            action = QAction(f"&{i + 1} {percent}%", self.menu)
            action.setObjectName(f"textSize_{percent}")
            action.setProperty(VERBATIM, True)  # a number reads the same in every language
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, p=percent: self.set_size(p))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.step_actions[percent] = action
        self.menu.addSeparator()
        self.larger_action = self._action(
            QT_TRANSLATE_NOOP("TextSizeMenu", "&Larger text"), "textSizeLarger", self.larger,
            "Ctrl++")
        self.smaller_action = self._action(
            QT_TRANSLATE_NOOP("TextSizeMenu", "&Smaller text"), "textSizeSmaller", self.smaller,
            "Ctrl+-")
        self.reset_action = self._action(
            QT_TRANSLATE_NOOP("TextSizeMenu", "&Default text size"), "textSizeReset", self.reset,
            "Ctrl+0")
        # Ctrl+= is Ctrl+Plus without Shift: a second key for Larger, on an action of the window
        # (a shortcut set by name is one key, ui/lean_start).
        self.larger_equals_action = QAction(self.window)
        self.larger_equals_action.setObjectName("textSizeLargerEquals")
        set_shortcut(self.larger_equals_action, "Ctrl+=")
        self.larger_equals_action.triggered.connect(self.larger)
        self.window.addAction(self.larger_equals_action)
        self.menu.aboutToShow.connect(self.sync_checks)
        self.sync_checks()

    def _action(self, text: str, name: str, slot, key: str) -> QAction:
        action = QAction(_tr(text), self.menu)
        action.setObjectName(name)
        set_shortcut(action, key)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        self.window.addAction(action)  # the keys work in full screen and with the menu bar hidden
        return action

    # -- the user's choice -----------------------------------------------------------------------
    def set_size(self, percent: int) -> int:
        from etown_desktop.ui.text_size.apply import set_text_size  # at the first change only

        new = set_text_size(percent, self.window.settings)
        self.sync_checks()
        return new

    def larger(self) -> int:
        return self.set_size(rules.larger(state.percent()))

    def smaller(self) -> int:
        return self.set_size(rules.smaller(state.percent()))

    def reset(self) -> int:
        return self.set_size(rules.DEFAULT)

    def sync_checks(self) -> None:
        current = state.percent()
        for percent, action in self.step_actions.items():
            action.setChecked(percent == current)
        self.larger_action.setEnabled(current < rules.STEPS[-1])
        self.smaller_action.setEnabled(current > rules.STEPS[0])

    # -- the main window at the new size ---------------------------------------------------------
    def apply_text_size(self) -> None:
        """Called by ui/text_size/apply after the application font changed: the built pages are
        rebuilt at the new size (the one shown now, the others when next shown), the tab titles,
        status line and source panel fitted again."""
        self.sync_checks()
        # One redraw with the language switch (window_retranslator): tab titles, status line,
        # source panel, and the built pages rebuilt (the one shown now, the others when next shown).
        from etown_desktop.ui.language.window_retranslator import retranslator_of

        retranslator = retranslator_of(self.window)
        if retranslator is not None:
            retranslator.redraw()


def install(window: MainWindow) -> TextSizeMenu:
    window.text_size_menu = TextSizeMenu(window)
    return window.text_size_menu
