"""Ctrl+B "Add to brief": the keyboard's way to what a right-click menu offers. It adds what has
the focus — the focused bar of a chart (else the whole chart), a figure card, the selected rows of
a table — and says what happened (a screen reader hears it too)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from etown_desktop.ui.accessibility.announce import announce
from etown_desktop.ui.lean_start import set_shortcut

log = logging.getLogger(__name__)


def focused_refs(focus: QWidget | None) -> list[str]:
    """Brief item references for what ``focus`` shows (empty: nothing that can go in a brief)."""
    from etown_desktop.ui.charts.chart_view import ChartView
    from etown_desktop.ui.widgets.table_view import TableView

    widget = focus
    while widget is not None:
        figure = getattr(widget, "figure", None)  # a KPI card, a profile card
        if figure is not None and getattr(figure, "id", None):
            return [figure.id]
        if isinstance(widget, TableView) and widget.objectName() != "chartTable":
            from etown_desktop.ui.brief.brief_actions import selection_refs

            return selection_refs(widget)
        if isinstance(widget, ChartView):
            plot = focus if focus in widget.plot_widgets else None
            hit = widget.bar_keys.current(plot) if plot is not None else None
            if hit is not None and hit.figure_id:
                return [hit.figure_id]
            return [f"chart:{widget.spec.id}"]
        widget = widget.parentWidget()
    return []


def add_focused(window) -> list[str]:
    """Add the focused item(s) to the window's brief; returns the references added."""
    from etown_desktop.ui.meeting import brief_controller

    refs = focused_refs(QApplication.focusWidget())
    if not refs:
        announce(window, QCoreApplication.translate(
            "BriefKey", "Nothing to add here: move to a card, a chart bar or a table row first."))
        return []
    controller = brief_controller(window)
    messages: list[str] = []
    controller.message.connect(messages.append)
    added: list[str] = []
    try:
        from etown_desktop.ui.brief.requests import request_add

        for ref in refs:
            before = len(controller.brief.items)
            request_add(ref)  # the brief and its dock both listen (the dock opens on the first add)
            if len(controller.brief.items) > before:
                added.append(ref)
    finally:
        controller.message.disconnect(messages.append)
    if messages:
        window.statusBar().showMessage(messages[-1], 6000)
        announce(window, messages[-1])
    return added


def install(window) -> QAction:
    action = QAction(QCoreApplication.translate("BriefKey", "A&dd to brief"), window)
    set_shortcut(action, "Ctrl+B")
    action.setToolTip(QCoreApplication.translate(
        "BriefKey", "Add the focused card, chart bar or table rows to the meeting brief"))
    action.triggered.connect(lambda: add_focused(window))
    window.addAction(action)
    window.add_to_brief_action = action
    return action
