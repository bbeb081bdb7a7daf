"""pyqtgraph's "Plot Options" form, kept as state only.

Every pyqtgraph ``PlotItem`` builds, when it is made, the form of its right-click "Plot Options"
menu (``plotConfigTemplate``: check boxes, radio buttons, spin boxes, sliders and a list in six
groups) and the menu itself. The app never shows that menu (``enableMenu=False``: its own export
menu replaces it), but a PlotItem reads the form's state as it draws: log scale, alpha,
downsampling, points. The ~20 plots of a start made ~900 hidden widgets for it.

:func:`install` makes PlotItem build a state form instead: each control of pyqtgraph's own form
becomes an object that keeps the control's state (checked, value and range, items) and emits the
same signal when it changes, as the widget would. The starting state is read from one real form,
built once, so the state form starts exactly as pyqtgraph's. A pyqtgraph whose form holds a
control this module does not know is left as it is.

The menu the form would sit in (a ``QMenu`` with six submenus, a ``QWidgetAction`` per group, in a
holder ``QWidget``) is state too (:class:`OptionsWidgets`): its titles, actions and their
visibility, all pyqtgraph asks of it. That holds only while PlotItem's module makes each of those
three once (``MENU_MADE``, checked in its source); otherwise the menu stays Qt's and the six groups
stay (empty) widgets. A plot made 51 widgets with pyqtgraph's form and menu and 7 without, in ~0.7x
the time (``bench/bench_plot_options.py``).
"""

from __future__ import annotations

import importlib
import inspect
import logging
import weakref
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

# What the real form is made of: the controls PlotItem reads (kept as state), the six groups it
# puts in its menu (state, or empty widgets while the menu is Qt's) and what only lays the form
# out (left out).
CHECKS = ("QCheckBox", "QRadioButton")
VALUES = ("QSpinBox", "QDoubleSpinBox", "QSlider")
LISTS = ("QListWidget",)
GROUPS = ("QGroupBox", "QFrame")
LAYOUT_ONLY = ("QGridLayout", "QHBoxLayout", "QVBoxLayout", "QLabel")


class StateSignal:
    """A signal of a state control: ``connect``, ``disconnect``, ``emit``. As with a Qt signal, a
    slot taking fewer arguments than the signal gives gets the first ones, and a bound method is
    held weakly (the connection does not keep its PlotItem alive)."""

    def __init__(self) -> None:
        self._slots: list[tuple[Callable[[], Callable | None], int | None]] = []

    def connect(self, slot: Callable) -> None:
        if hasattr(slot, "__self__") and hasattr(slot, "__func__"):
            ref = weakref.WeakMethod(slot)
        else:
            ref = (lambda s=slot: s)
        self._slots.append((ref, _positional_count(slot)))

    def disconnect(self, slot: Callable | None = None) -> None:
        self._slots = [] if slot is None else [(ref, n) for ref, n in self._slots if ref() != slot]

    def emit(self, *args) -> None:
        for ref, count in list(self._slots):
            slot = ref()
            if slot is not None:
                slot(*(args if count is None else args[:count]))


def _positional_count(slot: Callable) -> int | None:
    """How many positional arguments ``slot`` takes (None: any number, or unknown)."""
    try:
        parameters = inspect.signature(slot).parameters.values()
    except (TypeError, ValueError):
        return None
    if any(p.kind is p.VAR_POSITIONAL for p in parameters):
        return None
    return sum(p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) for p in parameters)


class CheckState:
    """A check box, a radio button or a checkable group: ``isChecked``, ``setChecked``,
    ``toggled``. Radio buttons of one group are exclusive, as Qt's are (``_exclusive``)."""

    def __init__(self, checked: bool, checkable: bool = True) -> None:
        self._checked = checked
        self._checkable = checkable
        self._exclusive: list[CheckState] | None = None
        self.toggled = StateSignal()

    def isCheckable(self) -> bool:  # noqa: N802 - Qt's names: PlotItem calls them
        return self._checkable

    def isChecked(self) -> bool:  # noqa: N802
        return self._checked

    def setChecked(self, checked: bool) -> None:  # noqa: N802
        checked = bool(checked) and self._checkable
        if self._exclusive is not None and not checked and self._checked:
            return  # an exclusive radio button is unchecked only by checking another
        if checked == self._checked:
            return
        self._checked = checked
        if checked and self._exclusive is not None:
            for other in self._exclusive:
                if other is not self and other._checked:
                    other._checked = False
                    other.toggled.emit(False)
        self.toggled.emit(checked)


class ValueState:
    """A spin box or a slider: ``value``, ``setValue`` (kept in its range), ``minimum``,
    ``maximum``, ``valueChanged``."""

    def __init__(self, value: float, minimum: float, maximum: float, whole: bool) -> None:
        self._value, self._min, self._max, self._whole = value, minimum, maximum, whole
        self.valueChanged = StateSignal()

    def value(self) -> float:
        return self._value

    def minimum(self) -> float:
        return self._min

    def maximum(self) -> float:
        return self._max

    def setValue(self, value: float) -> None:  # noqa: N802
        value = min(max(int(value) if self._whole else float(value), self._min), self._max)
        if value != self._value:
            self._value = value
            self.valueChanged.emit(value)


class ListState:
    """The list of curve parameters (``avgParamList``): its items, kept in a Python list."""

    def __init__(self) -> None:
        self._items: list = []
        self.itemClicked = StateSignal()

    def count(self) -> int:
        return len(self._items)

    def item(self, row: int):
        return self._items[row] if 0 <= row < len(self._items) else None

    def addItem(self, item) -> None:  # noqa: N802
        self._items.append(item)

    def clear(self) -> None:
        self._items.clear()

    def findItems(self, text: str, flags=Qt.MatchFlag.MatchExactly) -> list:  # noqa: N802
        if flags != Qt.MatchFlag.MatchExactly:
            raise NotImplementedError("the state form finds items by their exact text only")
        return [item for item in self._items if item.text() == text]


class GroupWidget(QWidget):
    """One of the six groups PlotItem puts in its (never shown) menu: an empty widget, checkable
    when pyqtgraph's group is (a ``QGroupBox``), with that group's state."""

    def __init__(self, parent: QWidget, checked: bool, checkable: bool) -> None:
        super().__init__(parent)
        self._state = CheckState(checked, checkable)
        self.toggled = self._state.toggled
        self.isCheckable = self._state.isCheckable
        self.isChecked = self._state.isChecked
        self.setChecked = self._state.setChecked


class GroupState(CheckState):
    """A group of the form when the menu is state too (:class:`OptionsWidgets`): no widget at all.
    pyqtgraph's WidgetGroup looks for controls among a group's children: it has none."""

    def children(self) -> list:
        return []


class StateHolder:
    """What pyqtgraph's PlotItem makes its options form in (a ``QWidget()`` it never shows)."""

    def children(self) -> list:
        return []


class StateAction:
    """An action of the options menu (a ``QWidgetAction``, or a submenu's action): its text, its
    visibility (``PlotItem.setContextMenuActionVisible``) and the group it would show."""

    def __init__(self, parent=None) -> None:
        self._text = ""
        self._visible = True
        self._widget = None

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802
        self._text = text

    def isVisible(self) -> bool:  # noqa: N802
        return self._visible

    def setVisible(self, visible: bool) -> None:  # noqa: N802
        self._visible = bool(visible)

    def setDefaultWidget(self, widget) -> None:  # noqa: N802
        self._widget = widget


class StateMenu:
    """pyqtgraph's "Plot Options" menu (and its submenus), as state: titles and actions. Never
    shown: the app's plots are made with ``enableMenu=False``, so pyqtgraph never asks for it."""

    def __init__(self, title: str = "") -> None:  # (a submenu's title is its action's text)
        self._actions: list[StateAction] = []

    def addMenu(self, title: str) -> StateMenu:  # noqa: N802
        action = StateAction()  # the submenu's own action, named by its title
        action.setText(title)
        self._actions.append(action)
        return StateMenu(title)

    def addAction(self, action: StateAction) -> StateAction:  # noqa: N802
        self._actions.append(action)
        return action

    def actions(self) -> list[StateAction]:
        return list(self._actions)

    def setParent(self, parent) -> None:  # noqa: N802
        """PlotItem.close() calls ``setParent(None)`` to let its menu go: a state menu has no parent."""


def read_form(form) -> dict[str, tuple]:
    """What a real pyqtgraph form's controls start as: name -> (kind, arguments), kind one of
    "check", "value", "list", "group". Raises ValueError on a control of another kind."""
    spec: dict[str, tuple] = {}
    for name, obj in vars(form).items():
        kind = type(obj).__name__
        if kind in CHECKS:
            spec[name] = ("check", obj.isChecked(), kind == "QRadioButton",
                          obj.parentWidget().objectName() if obj.parentWidget() else "")
        elif kind in VALUES:
            spec[name] = ("value", obj.value(), obj.minimum(), obj.maximum(), kind != "QDoubleSpinBox")
        elif kind in LISTS:
            spec[name] = ("list",)
        elif kind in GROUPS:
            checkable = kind == "QGroupBox" and obj.isCheckable()
            spec[name] = ("group", obj.isChecked() if checkable else False, checkable)
        elif kind not in LAYOUT_ONLY:
            raise ValueError(f"pyqtgraph's plot options form holds a {kind} ({name})")
    return spec


def state_form_class(spec: dict[str, tuple]) -> type:
    """A ``Ui_Form`` for pyqtgraph's PlotItem whose ``setupUi`` makes the state form of ``spec``."""

    class StateForm:
        def setupUi(self, form: QWidget) -> None:  # noqa: N802 - pyqtgraph calls it so
            radios: dict[str, list[CheckState]] = {}
            for name, (kind, *args) in spec.items():
                if kind == "check":
                    checked, radio, group = args
                    state = CheckState(checked)
                    if radio:
                        state._exclusive = radios.setdefault(group, [])
                        state._exclusive.append(state)
                    setattr(self, name, state)
                elif kind == "value":
                    setattr(self, name, ValueState(*args))
                elif kind == "list":
                    setattr(self, name, ListState())
                elif isinstance(form, QWidget):
                    setattr(self, name, GroupWidget(form, *args))
                else:
                    setattr(self, name, GroupState(*args))

    return StateForm


class StateTemplate:
    """Stands for pyqtgraph's template module in its PlotItem module: ``Ui_Form`` is the state
    form, worked out from one real form the first time a plot is made (a QApplication exists
    then; the charts module may be imported before one does), or pyqtgraph's own form if that
    one holds a control this module does not know."""

    def __init__(self, template) -> None:
        self.template = template
        self._form_class: type | None = None
        self.state_only = False  # the state form is in use (known once a plot was made)

    def resolve(self) -> bool:
        """Work out the form class now (if not yet); True if it is the state form."""
        self._form()
        return self.state_only

    @property
    def Ui_Form(self) -> type:  # noqa: N802 - pyqtgraph's name
        return self._form()

    def _form(self) -> type:
        if self._form_class is None:
            holder = QWidget()  # Python's: deleted with the last reference, on return
            real = self.template.Ui_Form()
            real.setupUi(holder)
            try:
                self._form_class = state_form_class(read_form(real))
                self.state_only = True
            except ValueError as exc:
                log.warning("pyqtgraph's plot options form is built in full: %s", exc)
                self._form_class = self.template.Ui_Form
        return self._form_class


class OptionsWidgets:
    """Stands for ``QtWidgets`` in pyqtgraph's PlotItem module: its ``QWidget``, ``QMenu`` and
    ``QWidgetAction`` are the options form's holder, menu and actions as state (:class:`StateHolder`,
    :class:`StateMenu`, :class:`StateAction`) once the state form is in use; everything else, and
    all three when pyqtgraph's own form is built, are Qt's. PlotItem makes those three only for
    its options menu (``install`` checks its source for that)."""

    def __init__(self, real, template: StateTemplate, module) -> None:
        self.real = real
        self.template = template
        self.module = module

    def _state(self) -> bool:
        """The state form is the one PlotItem builds now (not pyqtgraph's own: see ``uninstall``)."""
        return self.module.ui_template is self.template and self.template.resolve()

    @property
    def QWidget(self):  # noqa: N802 - Qt's names
        return StateHolder if self._state() else self.real.QWidget

    @property
    def QMenu(self):  # noqa: N802
        return StateMenu if self._state() else self.real.QMenu

    @property
    def QWidgetAction(self):  # noqa: N802
        return StateAction if self._state() else self.real.QWidgetAction

    def __getattr__(self, name: str):
        return getattr(self.real, name)


# What PlotItem's module may make with ``QtWidgets.…(`` for the menu to be state as well: each
# once (the options form's holder, its menu, one action per group), and nothing else of them.
MENU_MADE = ("QtWidgets.QWidget(", "QtWidgets.QMenu(", "QtWidgets.QWidgetAction(")


def _menu_replaceable(module) -> bool:
    try:
        source = inspect.getsource(module)
    except (OSError, TypeError):  # no source (a frozen bundle without .py files)
        return False
    return all(source.count(made) == 1 for made in MENU_MADE)


def _plot_item_module():
    """pyqtgraph's PlotItem module (its package exports the class under the same name)."""
    return importlib.import_module("pyqtgraph.graphicsItems.PlotItem.PlotItem")


def install() -> bool:
    """Make every pyqtgraph PlotItem made from now on build the state form (once per process);
    False (pyqtgraph left as it is) if its PlotItem module has no form template where this module
    expects it."""
    plot_item_module = _plot_item_module()

    template = getattr(plot_item_module, "ui_template", None)
    if isinstance(template, StateTemplate):
        return True
    if not callable(getattr(template, "Ui_Form", None)):
        log.info("pyqtgraph's PlotItem has no form template here: its options form is built in full")
        return False
    state = StateTemplate(template)
    plot_item_module.ui_template = state
    widgets = getattr(plot_item_module, "QtWidgets", None)
    if widgets is not None and _menu_replaceable(plot_item_module):
        plot_item_module.QtWidgets = OptionsWidgets(widgets, state, plot_item_module)
    return True


def installed() -> StateTemplate | None:
    plot_item_module = _plot_item_module()

    template = getattr(plot_item_module, "ui_template", None)
    return template if isinstance(template, StateTemplate) else None


def uninstall() -> None:
    """pyqtgraph's own form and menu again (tests)."""
    template = installed()
    if template is not None:
        plot_item_module = _plot_item_module()
        plot_item_module.ui_template = template.template
        if isinstance(plot_item_module.QtWidgets, OptionsWidgets):
            plot_item_module.QtWidgets = plot_item_module.QtWidgets.real
