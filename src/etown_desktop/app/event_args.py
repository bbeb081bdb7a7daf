"""``etown-desktop present …`` and ``kiosk …`` read without building the command-line parser.

Building even the event commands' parsers (three subparsers, ~30 options, a gettext look-up on
disk for each help text) costs ~35 M instructions before a show's first slide (issue 22). A
command line made only of these commands' own options, each written out in full and with a
value that converts, is read here into the namespace argparse would give; anything else —
``--help``, an abbreviation, an unknown or doubtful word, a value that does not convert or is
not a choice — returns None, and the full parser reads it (with its help and its errors).
``tests/ui/test_cli_event_parser.py`` checks the namespaces against argparse's."""

from __future__ import annotations

import argparse
from pathlib import Path

LANGS = ("en", "zh")

# option -> (destination, conversion; None for a flag)
_SCREENSHOT = {"--screenshot": ("screenshot", Path), "--slide": ("slide", int), "--size": ("size", str)}
_OPTIONS: dict[str, dict[str, tuple[str, object]]] = {
    "present": {"--story": ("story", str), "--lang": ("lang", str), "--interval": ("interval", float),
                "--screen": ("screen", int), **_SCREENSHOT, "--presenter-view": ("presenter_view", None)},
    "kiosk": {"--story": ("story", str), "--idle": ("idle", float), "--still-there": ("still_there", float),
              "--lang": ("lang", str), "--screen": ("screen", int), "--set-pin": ("set_pin", None),
              "--no-supervisor": ("no_supervisor", None), "--crash-message": ("crash_message", None),
              **_SCREENSHOT, "--pin-pad": ("pin_pad", None)},
}
# What argparse puts in the namespace when an option is not given (``--lang`` after the command
# has no default: the global one, None, stays).
_DEFAULTS: dict[str, dict[str, object]] = {
    "present": {"story": None, "interval": None, "screen": None, "screenshot": None, "slide": 1,
                "size": "1920x1080", "presenter_view": False},
    "kiosk": {"story": None, "idle": 90.0, "still_there": 20.0, "screen": None, "set_pin": False,
              "no_supervisor": False, "crash_message": False, "screenshot": None, "slide": 1,
              "size": "1920x1080", "pin_pad": False},
}


def parse_event_args(words: list[str]) -> argparse.Namespace | None:
    """The namespace of ``present …`` or ``kiosk …`` (the command first), or None when the full
    parser must read ``words``."""
    if not words or words[0] not in _OPTIONS:
        return None
    command, options = words[0], _OPTIONS[words[0]]
    values: dict[str, object] = {"version": None, "lang": None, "reset_settings": False,
                                 "command": command, **_DEFAULTS[command]}
    rest = iter(words[1:])
    for word in rest:
        name, sep, value = word.partition("=")
        known = options.get(name)
        if known is None:
            return None  # --help, an abbreviation, a misspelling, a stray word: argparse says
        dest, convert = known
        if convert is None:
            if sep:
                return None  # "--pin-pad=x": argparse's error
            values[dest] = True
            continue
        if not sep:
            value = next(rest, None)
            if value is None or value.startswith("-"):
                return None  # missing, or a word argparse may read as an option
        if dest == "lang" and value not in LANGS:
            return None
        try:
            values[dest] = convert(value)
        except ValueError:
            return None
    return argparse.Namespace(**values)
