"""Accessible names and descriptions of the app's custom widgets (cards, charts, plots)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from etown_desktop.ui.accessibility import INTERACTIVE_PROPERTY

if TYPE_CHECKING:  # QAccessible and the roles module: imported by the widgets that set a role
    from PySide6.QtGui import QAccessible


def name_widget(widget: QWidget, name: str, description: str = "") -> None:
    """Name (and describe) ``widget``; a scroll area's viewport gets the same name."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    if isinstance(widget, QAbstractScrollArea):
        _name_viewport(widget, name, description)


def _name_viewport(widget: QAbstractScrollArea, name: str, description: str) -> None:
    viewport = widget.viewport()
    viewport.setAccessibleName(name)
    viewport.setAccessibleDescription(description)


def make_focusable_control(widget: QWidget, role: QAccessible.Role) -> None:
    """A custom widget a user clicks: reachable with Tab, announced with ``role``."""
    widget.setProperty("focusPolicy", "StrongFocus")  # by name: ui/lean_start
    from etown_desktop.ui.accessibility.roles import set_role

    widget.setProperty(INTERACTIVE_PROPERTY, True)
    set_role(widget, role)


class _NameTranslator(QObject):
    """Puts a chrome widget's accessible name into the new language on a live language switch."""

    def __init__(self, widget: QWidget, context: str, source: str) -> None:
        super().__init__(widget)
        self.widget, self.context, self.source = widget, context, source
        widget.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        name_widget(self.widget, QCoreApplication.translate(self.context, self.source))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.widget and event.type() == QEvent.Type.LanguageChange:
            self.apply()
        return False


def name_chrome(widget: QWidget, context: str, source: str) -> None:
    """Name a widget that outlives a language switch (window chrome, not a tab page) with
    ``QCoreApplication.translate(context, source)``, kept in the current language; mark ``source``
    with QT_TRANSLATE_NOOP(context, ...) where it is written."""
    _NameTranslator(widget, context, source)


CLEAR_BUTTON_NAME = QT_TRANSLATE_NOOP("Accessibility", "Clear the text")


def enable_clear_button(edit: QLineEdit) -> None:
    """``edit.setClearButtonEnabled(True)`` with a name for the button: Qt's clear button is an
    icon-only tool button that AT-SPI/UI Automation expose with no name at all (found by reading
    the live tree from outside the process, tests/xvfb/test_atspi_tree.py)."""
    edit.setClearButtonEnabled(True)
    from PySide6.QtWidgets import QToolButton  # resolved when used: its enums cost start-up

    for button in edit.findChildren(QToolButton):
        action = button.defaultAction()
        if action is not None and action.objectName() == "_q_qlineeditclearaction":
            name_chrome(button, "Accessibility", CLEAR_BUTTON_NAME)
