"""The one live-language mechanism every window, dock, dialog and panel takes part in.

Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget (Qt's own widgets
retranslate themselves there). Once ours and Qt's translators are in place, ui/i18n calls
:func:`retranslate_application`, which puts each top-level window, shown or hidden, into the new
language in two steps (no application-wide event filter: that would cost every event a call
into Python):

1. Every interface text of the window's widget tree that was set with ``tr()`` — window and dock
   titles, tab texts and tooltips, actions and menus, buttons, labels, group boxes, combo items,
   placeholders, tooltips, accessible names — is put into the new language from its source text
   (found in the translation catalogue; data text is left alone).
2. Then every object of the tree that has a ``retranslate_ui()`` method is asked to redo what
   step 1 cannot: texts formatted with numbers or data, pages that are rebuilt.

So a new panel is retranslated without any code of its own as long as its texts are plain
``tr()`` strings; a panel with formatted text adds ``retranslate_ui``. The application's display
name (the "— E-Town Investor Desktop" Qt appends to every window title) follows too.
tests/ui/test_language_switch.py walks the live widget tree of every window in both directions.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QWidget

from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.language.catalogue import origin
from etown_desktop.ui.menus.mnemonics import NUMBER_PREFIX

log = logging.getLogger(__name__)

ORIGIN_PREFIX = "etownOrigin."  # dynamic property: "context\x1fsource\x1ftext we last set"
LANGUAGE_PROPERTY = "etownLanguage"  # the language a window was last put into
OWN_RETRANSLATION = "etownOwnRetranslation"  # a widget whose subtree its owner retranslates
VERBATIM = "etownVerbatim"  # a text shown as it is in every language (the language names)
APP_NAME_SOURCE = ("bootstrap", "E-Town Investor Desktop")

# Texts Qt's own widgets set once at creation and do not redo on a language change:
# object name -> (context, accessible name, accessible description).
_QT_OWN = {
    "qt_dockwidget_floatbutton": ("QDockWidget", "Float", "Undocks and re-attaches the dock widget"),
    "qt_dockwidget_closebutton": ("QDockWidget", "Close", "Closes the dock widget"),
    "ScrollLeftButton": ("QTabBar", "Scroll Left", ""),
    "ScrollRightButton": ("QTabBar", "Scroll Right", ""),
}
_LONE_AMPERSAND = re.compile(r"(?<!&)&(?=\s|$)")


def escape_title(text: str) -> str:
    """"Plans & targets" -> "Plans && targets" where a text takes a mnemonic (tabs, menus,
    buttons): an "&" before a space is part of a title, not a shortcut letter."""
    return _LONE_AMPERSAND.sub("&&", text)


def _contexts(obj: QObject) -> list[str]:
    """Translation contexts that may have set a text of ``obj``: its class and its owners'."""
    names: list[str] = []
    while obj is not None:
        names.append(type(obj).__name__)
        names.append(obj.metaObject().className())
        obj = obj.parent()
    return names


def retranslated(obj: QObject, field: str, text: str, mnemonic: bool = False) -> str | None:
    """``text`` (shown in ``obj``'s ``field``) in the language now installed, or None when it
    is not one of ours. The origin found is remembered on ``obj`` for as long as the field
    still shows the text we put there (a text the owner changed since is looked up afresh)."""
    if not text:
        return None
    prefix = ""
    if mnemonic:  # a numbered menu entry ("&1 Overview", ui/menus/mnemonics.py) keeps its number
        found_prefix = NUMBER_PREFIX.match(text)
        if found_prefix:
            prefix, text = found_prefix.group(0), text[found_prefix.end():]
    key = ORIGIN_PREFIX + field
    stored = obj.property(key)
    found: tuple[str, str] | None = None
    if isinstance(stored, str) and stored.count("\x1f") == 2:
        ctx, source, shown = stored.split("\x1f")
        if shown == text:
            found = (ctx, source)
    if found is None:
        plain = text.replace("&&", "&") if mnemonic else text
        found = origin(plain, _contexts(obj))
        if found is None:
            return None
    new = QCoreApplication.translate(found[0], found[1])
    if mnemonic:
        new = escape_title(new)
    obj.setProperty(key, "\x1f".join((found[0], found[1], new)))
    return prefix + new


def _apply(obj: QObject, field: str, getter: Callable[[], str], setter: Callable[[str], None],
           mnemonic: bool = False) -> None:
    if obj.property(VERBATIM):
        return
    text = getter()
    new = retranslated(obj, field, text, mnemonic)
    if new is not None and new != text:
        setter(new)


def retranslate_widget(w: QWidget) -> None:
    """Step 1 for one widget: each of its texts that is one of ours, in the new language."""
    # Imported here, at a language switch: resolving these classes builds their enums in Python
    # (~80 members), and this module is imported before the first paint.
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLineEdit, QTabBar, QTableWidget

    if w.isWindow() or isinstance(w, QDockWidget):
        _apply(w, "windowTitle", w.windowTitle, w.setWindowTitle)
    if isinstance(w, QAbstractButton):
        _apply(w, "text", w.text, w.setText, mnemonic=True)
    elif isinstance(w, QLabel):
        _apply(w, "text", w.text, w.setText)
    elif isinstance(w, QLineEdit):
        _apply(w, "placeholder", w.placeholderText, w.setPlaceholderText)
    elif isinstance(w, QGroupBox):
        _apply(w, "title", w.title, w.setTitle, mnemonic=True)
    elif isinstance(w, QComboBox):
        for i in range(w.count()):
            _apply(w, f"item{i}", lambda i=i: w.itemText(i), lambda t, i=i: w.setItemText(i, t))
    elif isinstance(w, QTableWidget):
        for c in range(w.columnCount()):
            item = w.horizontalHeaderItem(c)
            if item is not None:
                _apply(w, f"header{c}", item.text, item.setText)
    elif isinstance(w, QTabBar):
        for i in range(w.count()):
            _apply(w, f"tab{i}", lambda i=i: w.tabText(i), lambda t, i=i: w.setTabText(i, t), mnemonic=True)
            _apply(w, f"tabTip{i}", lambda i=i: w.tabToolTip(i), lambda t, i=i: w.setTabToolTip(i, t))
    _apply(w, "toolTip", w.toolTip, w.setToolTip)
    _apply(w, "statusTip", w.statusTip, w.setStatusTip)
    _apply(w, "accessibleName", w.accessibleName, w.setAccessibleName)
    _apply(w, "accessibleDescription", w.accessibleDescription, w.setAccessibleDescription)
    qt_own = _QT_OWN.get(w.objectName())
    if qt_own is not None:
        ctx, name, description = qt_own
        w.setAccessibleName(QCoreApplication.translate(ctx, name))
        if description:
            w.setAccessibleDescription(QCoreApplication.translate(ctx, description))


def retranslate_action(a: QAction) -> None:
    _apply(a, "text", a.text, a.setText, mnemonic=True)
    _apply(a, "toolTip", a.toolTip, a.setToolTip)
    _apply(a, "statusTip", a.statusTip, a.setStatusTip)


def _tree(root: QWidget) -> list[QWidget]:
    """``root`` and its widgets, less child windows and the subtrees whose owner retranslates
    them itself."""
    out: list[QWidget] = []
    todo = [root]
    while todo:
        w = todo.pop()
        out.append(w)
        if w is root or not w.property(OWN_RETRANSLATION):
            # a child window (dialog, floating dock, menu) gets its own LanguageChange
            todo.extend(c for c in w.children() if isinstance(c, QWidget) and not c.isWindow())
    return out


def retranslate_window(root: QWidget) -> None:
    """Put the window ``root`` (and everything in it) into the language now installed."""
    lang = current_language()
    if root.property(LANGUAGE_PROPERTY) == lang:
        return  # one switch installs or removes two translators: the second event finds it done
    root.setProperty(LANGUAGE_PROPERTY, lang)
    widgets = _tree(root)
    actions: dict[int, QAction] = {}
    for w in widgets:
        retranslate_widget(w)
        for a in (*w.actions(), *w.findChildren(QAction)):
            actions.setdefault(id(a), a)
    todo = list(actions.values())
    while todo:  # and the actions of their menus and submenus
        menu = todo.pop().menu()
        for sub in menu.actions() if menu is not None else ():
            if id(sub) not in actions:
                actions[id(sub)] = sub
                todo.append(sub)
    for a in actions.values():
        retranslate_action(a)
    owners: list[QObject] = []
    for w in widgets:
        owners.append(w)
        owners += [o for o in w.children() if not isinstance(o, QWidget)]
    for obj in owners:
        hook = getattr(obj, "retranslate_ui", None)
        if callable(hook):
            try:
                hook()
            except Exception:  # one panel failing must not leave the rest untranslated
                log.exception("%s could not be retranslated", type(obj).__name__)


def retranslate_application(app: QCoreApplication) -> None:
    """After a language switch: every top-level window, shown or hidden, and the application's
    display name (called by ui/i18n.install_translator once all translators are in place)."""
    if not isinstance(app, QApplication) or not app.topLevelWidgets():
        return  # a command without widgets, or the start (the bootstrap names the app itself)
    _retranslate_display_name(app)
    for window in app.topLevelWidgets():
        retranslate_window(window)


def _retranslate_display_name(app: QApplication) -> None:
    name = app.applicationDisplayName()
    found = origin(name)
    if (found is not None and found[1] == APP_NAME_SOURCE[1]) or name == app.applicationName():
        app.setApplicationDisplayName(QCoreApplication.translate(*APP_NAME_SOURCE))
