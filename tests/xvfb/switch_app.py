"""Helper run by test_live_switch_real.py: start the real app; once every tab is ready print
``READY <window id>``; then write to the JSON file named on the command line, every 100 ms, what a
person sees of a live text-size switch: the size in use, the tab shown, its page (a new one after a
switch), its cards shown and the size of their values, the wait cursor, where the focus is.
A ``.shot`` twin asks for a grab of the X screen; a ``.stop`` twin ends the app (state_loop.py)."""

from __future__ import annotations

import itertools
import sys

from PySide6.QtWidgets import QApplication

from state_loop import run_main_window


_SERIALS = itertools.count(1)


def _serial(page) -> int:
    """A number for each page object, never given twice (``id()`` is: a rebuilt page's wrapper can
    take the address of the one it replaces, and a rebuilt page then looked like the old one)."""
    if page is None:
        return 0
    serial = getattr(page, "_switch_serial", None)
    if serial is None:
        serial = page._switch_serial = next(_SERIALS)
    return serial


def snapshot(window) -> dict:
    from etown_desktop.ui.text_size.state import percent
    from etown_desktop.ui.widgets.kpi_card import KpiCard

    page = window.tabs.currentWidget()
    cards = [c for c in page.findChildren(KpiCard) if c.isVisible()] if page is not None else []
    focus = QApplication.focusWidget()
    return {"percent": percent(),
            "tab": window.current_tab_name(),
            "page": _serial(window.tab_widget(window.current_tab_name())),
            "cards": len(cards),
            "value_pt": round(cards[0].value_label.font().pointSizeF(), 1) if cards else 0,
            "wait_cursor": QApplication.overrideCursor() is not None,
            "focus_class": type(focus).__name__ if focus is not None else None,
            "source_figure": window.provenance_panel.current_figure_id}


def _start_on_the_tab_bar(window) -> None:
    window.select_tab("overview")
    window.tabs.tabBar().setFocus()


def main(out: str) -> int:
    return run_main_window(out, snapshot, on_ready=_start_on_the_tab_bar, give_up_ms=120_000)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
