"""Helper run by test_slide_startup.py: start ``present`` or ``kiosk`` through the real entry point
(offscreen) and print, as one JSON line, what was built and loaded when the first slide was
painted, and what the show had once the work after that paint was done.

Usage: slide_probe.py present|kiosk"""

from __future__ import annotations

import argparse
import gc
import json
import sys

from enum_recorder import ENUMS_BUILT  # before PySide6: records the enums it builds

from PySide6.QtCore import QTimer  # noqa: E402  (not Qt: the first slide must not need it)
from PySide6.QtWidgets import QApplication, QPushButton  # noqa: E402

from etown_desktop.app.cli import main as cli_main  # noqa: E402
from etown_desktop.core import lazy_record, records  # noqa: E402
from etown_desktop.core.kiosk.pin import save_pin  # noqa: E402
from etown_desktop.ui.presentation import slide_deck  # noqa: E402

# Modules the first slide does not wait for.
DEFERRED = ("logging.handlers", "etown_desktop.core.leads", "etown_desktop.ui.kiosk.pin_pad", "etown_desktop.ui.kiosk.contact_form",
            "etown_desktop.ui.presentation.presenter_view", "platformdirs",
            # the kiosk's "Still there?" prompt and its visit log: built and opened once it is painted
            "etown_desktop.ui.kiosk.still_there", "etown_desktop.core.visits")

FILTERED: dict[str, int] = {}  # events handed to the show's input filters, by filter

# Command-line parsers built (a show's command line is read without one: app/event_args.py).
PARSERS: list[str] = []
_parser_init = argparse.ArgumentParser.__init__


def _count_parser(self, *args, **kwargs):
    PARSERS.append(kwargs.get("prog") or "")
    _parser_init(self, *args, **kwargs)


argparse.ArgumentParser.__init__ = _count_parser


def _value(x) -> int:
    return x.value if hasattr(x, "value") else int(x)


def _widget_state(deck, window, sessions) -> dict:
    """The window flags, cursors, focus policies and attributes the show set without the ``Qt``
    namespace before its first slide (ui/lean_start), as ints."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from etown_desktop.ui.presentation.slide_widget import FigureCard, _Text

    slide = deck.currentWidget()
    card = slide.findChildren(FigureCard)[0]
    text = slide.findChildren(_Text)[0]
    attr = Qt.WidgetAttribute
    state = {
        "window_flags": _value(window.windowFlags()),
        "window_cursor": _value(window.cursor().shape()),
        "window_focus": _value(window.focusPolicy()),
        "card_cursor": _value(card.cursor().shape()),
        "card_focus": _value(card.focusPolicy()),
        "text_mouse_transparent": text.testAttribute(attr.WA_TransparentForMouseEvents),
        "text_interaction": _value(text.textInteractionFlags()),
        "slide_styled": slide.testAttribute(attr.WA_StyledBackground),
    }
    from PySide6.QtGui import QAccessible

    # The roles set with the factory installed after the first paint (ui/accessibility/roles).
    state["card_role"] = _value(QAccessible.queryAccessibleInterface(card).role())
    if sessions:
        still = sessions[0].still_there
        button = still.continue_button
        state["still_there"] = {
            "styled": still.testAttribute(attr.WA_StyledBackground),
            "touch": still.testAttribute(attr.WA_AcceptTouchEvents),
            "focus": _value(still.focusPolicy()),
            "button_focus": _value(button.focusPolicy()),
            "button_alignment": _value(button.parentWidget().layout().itemAt(
                button.parentWidget().layout().indexOf(button)).alignment()),
            "title_alignment": _value(still.findChildren(QLabel)[0].alignment()),
        }
        state["backdrop_styled"] = window.backdrop.testAttribute(attr.WA_StyledBackground)
        state["bar_focus"] = _value(window.next_button.focusPolicy())
    return state


def main() -> int:
    mode = sys.argv[1]
    report: dict[str, object] = {}
    decks: list = []
    init = slide_deck.SlideDeck.__init__

    def deck_init(self, *args, **kwargs):
        init(self, *args, **kwargs)
        decks.append(self)
        self.firstPainted.connect(first_paint)

    def first_paint() -> None:
        deck = decks[0]
        window = deck.window()
        report["first_paint"] = {
            "enums": list(ENUMS_BUILT),
            "loaded": [m for m in DEFERRED if m in sys.modules],
            "parsers_built": len(PARSERS),
            # records the slide made, made dataclasses (compiled) before it was painted
            "records_made": [c.__name__ for c in (records.Figure, records.Unit, records.Source,
                                                  records.Metadata) if c not in lazy_record._PENDING],
            "gc_enabled": gc.isenabled(),
            "source_text_built": getattr(getattr(window, "source_card", None), "text_built", None),
            "still_there_built": sessions[0]._still_there is not None if sessions else None,
            "input_filters_on_app": _filters_on_app(),
            "events_filtered": sum(FILTERED.values()),
            "slide_visible": deck.currentWidget().isVisible(),
        }
        QTimer.singleShot(2000, later)

    def later() -> None:
        from PySide6.QtCore import Qt  # after the enums were recorded
        from PySide6.QtTest import QTest

        deck = decks[0]
        window = deck.window()
        handlers = [type(h).__name__ for h in __import__("logging").getLogger().handlers]
        # A widget made after the first paint is watched too (the filters are application-wide
        # by now): a click on it is input for the kiosk's idle watcher.
        button = QPushButton("late", window)
        button.setGeometry(200, 200, 120, 60)
        button.show()
        seen: list[bool] = []
        idle = sessions[0].idle if sessions else None
        if idle is not None:
            idle.inputSeen.connect(lambda: seen.append(True))
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        from etown_desktop.ui import event_loop_gc

        report["later"] = {
            "gc_enabled": gc.isenabled(),
            "gc_on_event_loop": event_loop_gc.is_running(),
            "handlers": handlers,
            "source_text_built": getattr(getattr(window, "source_card", None), "text_built", None),
            "late_click_seen": bool(seen) if idle is not None else None,
            "still_there_built": sessions[0]._still_there is not None if sessions else None,
            "input_filters_on_app": _filters_on_app(),
            "window_icon_sizes": [s.width() for s in QApplication.windowIcon().availableSizes()],
            "widgets": _widget_state(deck, window, sessions),
        }
        print("REPORT " + json.dumps(report), flush=True)
        QApplication.instance().exit(0)

    filters: list = []  # the show's InputFilters
    from etown_desktop.ui.presentation import input_filters

    filters_init = input_filters.InputFilters.__init__

    def init_filters(self, *args, **kwargs):
        filters_init(self, *args, **kwargs)
        filters.append(self)

    input_filters.InputFilters.__init__ = init_filters
    # Events handed to the show's input filters (the swipe filter, the kiosk's idle watcher)
    from etown_desktop.ui.kiosk import idle_watcher
    from etown_desktop.ui.presentation import swipe_filter

    for cls in (swipe_filter.SwipeFilter, idle_watcher.IdleWatcher):
        def counting(self, obj, event, _real=cls.eventFilter, _name=cls.__name__):
            FILTERED[_name] = FILTERED.get(_name, 0) + 1
            return _real(self, obj, event)

        cls.eventFilter = counting

    def _filters_on_app() -> bool | None:
        return filters[0].app_wide if filters else None

    slide_deck.SlideDeck.__init__ = deck_init
    from etown_desktop.ui.presentation import slide_widget

    scale_texts = slide_widget.SlideWidget._scale_texts
    scaled: list[list[int]] = []

    def count_scaling(self, size):
        if not decks or not decks[0].first_painted:
            scaled.append([size.width(), size.height()])
        scale_texts(self, size)

    slide_widget.SlideWidget._scale_texts = count_scaling
    report["scaled_before_paint"] = scaled
    sessions: list = []
    if mode == "kiosk":
        from etown_desktop.ui.kiosk import kiosk_session

        session_init = kiosk_session.KioskSession.__init__

        def init_session(self, *args, **kwargs):
            session_init(self, *args, **kwargs)
            sessions.append(self)

        kiosk_session.KioskSession.__init__ = init_session
    QTimer.singleShot(30_000, lambda: QApplication.exit(4))  # never hang the test
    if mode == "kiosk":
        save_pin("2468")
        return cli_main(["kiosk", "--no-supervisor"])
    return cli_main(["present"])


if __name__ == "__main__":
    sys.exit(main())
