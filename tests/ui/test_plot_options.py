"""A chart's pyqtgraph plot keeps its "Plot Options" form as state only (ui/charts/plot_options.py):
the plot draws exactly as with pyqtgraph's own form, without its ~35 hidden widgets."""

from __future__ import annotations

import weakref

import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from etown_desktop.ui.charts import plot_options


@pytest.fixture
def both_forms(qapp):
    """Make plots with pyqtgraph's own form (``real``), with the state form and menu (``state``),
    or with the state form in Qt's menu (``state, Qt menu``: where PlotItem's source is not there
    to check, as in a frozen bundle)."""
    assert plot_options.install()
    template = plot_options.installed()
    module = plot_options._plot_item_module()
    widgets = module.QtWidgets
    assert isinstance(widgets, plot_options.OptionsWidgets)

    def make(kind: str) -> pg.PlotWidget:
        module.ui_template = template.template if kind == "real" else template
        if kind == "state, Qt menu":
            module.QtWidgets = widgets.real
        try:
            return pg.PlotWidget(enableMenu=False)
        finally:
            module.ui_template, module.QtWidgets = template, widgets

    yield make
    module.ui_template, module.QtWidgets = template, widgets


def _observed(plot: pg.PlotItem, curve) -> dict:
    """What a plot's form decides, as the plot and its curve show it."""
    return {
        "alpha": plot.alphaState(), "downsample": plot.downsampleMode(), "points": plot.pointMode(),
        "clip": plot.clipToViewMode(),
        "grid": (plot.getAxis("bottom").grid, plot.getAxis("left").grid),
        "curve": {k: curve.opts[k] for k in ("alphaHint", "alphaMode", "downsample", "autoDownsample",
                                            "downsampleMethod", "clipToView", "logMode", "fftMode",
                                            "derivativeMode", "phasemapMode", "subtractMeanMode")},
        "visible": curve.isVisible(),
        "radios": [getattr(plot.ctrl, n).isChecked() for n in ("subsampleRadio", "meanRadio", "peakRadio")],
    }


def _drive(widget: pg.PlotWidget) -> list[dict]:
    """Every way the app or pyqtgraph's own code changes the form's state, one after another."""
    plot = widget.getPlotItem()
    curve = plot.plot([1, 2, 3, 4], [3, 1, 2, 5])
    seen = [_observed(plot, curve)]
    steps = [
        lambda: plot.showGrid(x=True, y=False, alpha=0.4),
        lambda: plot.setDownsampling(ds=4, auto=False, mode="mean"),
        lambda: plot.setDownsampling(ds=False),
        lambda: plot.setDownsampling(auto=True, mode="subsample"),
        lambda: plot.setDownsampling(ds=10_000_000),  # past the spin box's maximum: kept in range
        lambda: plot.setClipToView(True),
        lambda: plot.setLogMode(True, False),
        lambda: plot.ctrl.fftCheck.setChecked(True),
        lambda: plot.ctrl.fftCheck.setChecked(False),
        lambda: plot.ctrl.alphaSlider.setValue(400),
        lambda: plot.ctrl.autoAlphaCheck.setChecked(True),
        lambda: plot.ctrl.alphaGroup.setChecked(False),
        lambda: plot.setDownsampling(mode="peak"),  # radio buttons: checking one unchecks the others
        lambda: plot.ctrl.peakRadio.setChecked(False),  # an exclusive radio button stays checked
        lambda: plot.ctrl.pointsGroup.setChecked(False),
        lambda: plot.ctrl.maxTracesCheck.setChecked(True),
        lambda: plot.plot([1, 2], [2, 1]),  # a second curve past "max traces" 0: the first hides
    ]
    for step in steps:
        step()
        seen.append(_observed(plot, curve))
    return seen


@pytest.mark.parametrize("kind", ["state", "state, Qt menu"])
def test_a_plot_with_the_state_form_behaves_as_with_pyqtgraphs_form(both_forms, kind):
    real, state = both_forms("real"), both_forms(kind)
    assert type(state.getPlotItem().ctrl).__name__ == "StateForm"
    assert type(real.getPlotItem().ctrl).__name__ == "Ui_Form"
    assert type(state.getPlotItem().ctrl.alphaGroup).__name__ == (
        "GroupState" if kind == "state" else "GroupWidget")
    assert _drive(state) == _drive(real)


def test_the_state_form_starts_as_pyqtgraphs_form(both_forms):
    widgets = both_forms("real"), both_forms("state")  # kept: their forms' widgets live with them
    real, state = (w.getPlotItem().ctrl for w in widgets)
    spec = plot_options.read_form(real)
    assert len(spec) >= 20  # every control pyqtgraph's form has
    for name, (kind, *_) in spec.items():
        a, b = getattr(real, name), getattr(state, name)
        if kind == "check":
            assert (a.isChecked(), a.isCheckable()) == (b.isChecked(), b.isCheckable()), name
        elif kind == "group":  # a QGroupBox (checkable) or a QFrame (not)
            checkable = hasattr(a, "isCheckable") and a.isCheckable()
            assert b.isCheckable() == checkable, name
            assert not checkable or a.isChecked() == b.isChecked(), name
        elif kind == "value":
            assert (a.value(), a.minimum(), a.maximum()) == (b.value(), b.minimum(), b.maximum()), name
        else:
            assert a.count() == b.count() == 0, name


def test_a_plot_makes_no_hidden_form_widgets(both_forms):
    def widgets_made(kind: str) -> int:
        before = len(QApplication.allWidgets())
        widget = both_forms(kind)
        made = len(QApplication.allWidgets()) - before
        widget.deleteLater()
        return made

    real, state, qt_menu = widgets_made("real"), widgets_made("state"), widgets_made("state, Qt menu")
    # pyqtgraph's form and menu: ~45 widgets; with both as state the plot's own view is left
    assert real - state >= 40 and state <= 10, (real, state)
    # with the form as state in Qt's menu: the menus and six empty groups are left too
    assert real - qt_menu >= 25 and qt_menu > state, (real, qt_menu, state)


def test_the_options_menu_as_state_answers_as_pyqtgraphs(both_forms):
    widgets = both_forms("real"), both_forms("state")  # kept: their plots live with them
    real, state = (w.getPlotItem() for w in widgets)
    assert type(state.ctrlMenu).__name__ == "StateMenu" and type(real.ctrlMenu).__name__ == "QMenu"
    titles = [a.text() for a in real.ctrlMenu.actions()]
    assert titles == [a.text() for a in state.ctrlMenu.actions()] and len(titles) == 6
    for plot in (real, state):
        plot.setContextMenuActionVisible("Grid", False)  # pyqtgraph's own call, by the English name
        assert [a.isVisible() for a in plot.ctrlMenu.actions()] == [t != "Grid" for t in titles]
        assert plot.getContextMenus(None) is None  # enableMenu=False: never asked for
    state.close()  # pyqtgraph's close lets the menu go too
    assert state.ctrlMenu is None


def test_a_plot_module_that_makes_the_menu_otherwise_keeps_qts_menu(tmp_path, monkeypatch):
    import importlib

    source = "def build(self):\n    QtWidgets.QWidget()\n    QtWidgets.QMenu('a')\n    QtWidgets.QWidgetAction(self)\n"
    (tmp_path / "once_each.py").write_text(source)
    (tmp_path / "twice.py").write_text(source + "    QtWidgets.QMenu('b')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert plot_options._menu_replaceable(importlib.import_module("once_each"))
    assert not plot_options._menu_replaceable(importlib.import_module("twice"))


def test_a_connection_keeps_no_plot_alive_and_gives_a_slot_the_arguments_it_takes():
    class Plot:
        def __init__(self) -> None:
            self.calls: list[tuple] = []

        def update_all(self) -> None:  # pyqtgraph's slots often take none of the signal's arguments
            self.calls.append(())

        def update_one(self, on: bool) -> None:
            self.calls.append((on,))

    check, plot = plot_options.CheckState(False), Plot()
    check.toggled.connect(plot.update_all)
    check.toggled.connect(plot.update_one)
    check.setChecked(True)
    check.setChecked(True)  # no change: no signal
    assert plot.calls == [(), (True,)]
    gone = weakref.ref(plot)
    del plot
    assert gone() is None  # the connection held it weakly (a Qt connection does not keep it either)
    check.setChecked(False)  # and a signal to a slot that is gone is no error


def test_a_form_with_a_control_it_does_not_know_is_built_in_full(qapp):
    class UnknownForm:
        def setupUi(self, form: QWidget) -> None:  # noqa: N802
            self.modeCombo = QComboBox(form)

    template = plot_options.StateTemplate(type("template", (), {"Ui_Form": UnknownForm}))
    assert template.Ui_Form is UnknownForm and not template.state_only


def test_the_charts_use_the_state_form(qapp):
    import etown_desktop.ui.charts.chart_view  # noqa: F401 - installs it, as the app's charts do

    template = plot_options.installed()
    assert template is not None
    pg.PlotWidget(enableMenu=False).deleteLater()
    assert template.state_only
