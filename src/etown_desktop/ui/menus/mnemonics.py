"""Mnemonics (Alt+letter in an open menu) of menu entries whose text is data, not a translated
string: the View menu's tabs and the "Export sector pack" sectors are numbered "&1 …", "&2 …",
so every entry of a menu has its own key in every language (tests/ui/test_menu_mnemonics.py).

The live language switch (ui/language/retranslation.py) keeps such a number prefix and
retranslates the rest of the text."""

from __future__ import annotations

import re
from collections.abc import Callable

NUMBER_PREFIX = re.compile(r"^&(\d) ")


def numbered(index: int, text: str) -> str:
    """``text`` (already "&"-escaped) as the ``index``-th (0-based) entry of a list: "&1 text";
    from the tenth entry on, no number (there is no key left for it)."""
    return f"&{index + 1} {text}" if 0 <= index < 9 else text


def unnumbered(text: str) -> str:
    """The entry's text without its "&N " prefix."""
    return NUMBER_PREFIX.sub("", text, count=1)


def keep_toggle_text(dock, text: Callable[[], str]) -> None:
    """A dock's toggle in the View menu keeps its own text, mnemonic included: Qt sets the toggle's
    text to the dock's title whenever the title changes (a language switch, a count in the title).
    ``text`` gives the toggle's text in the interface language (a ``tr()`` call)."""
    def apply(_title: str = "") -> None:
        # The toggle asked of the dock each time: a Python wrapper of it kept from before can be
        # invalidated by PySide6 while the toggle lives (seen after a search and a language switch).
        action = dock.toggleViewAction()
        wanted = text()
        if action.text() != wanted:
            action.setText(wanted)

    dock.windowTitleChanged.connect(apply)  # emitted after Qt has reset the toggle's text
    apply()
