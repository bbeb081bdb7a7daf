"""One ``--lang`` convention for the command line, and the language of its messages.

Every command takes ``--lang`` after its name (``etown-desktop list stories --lang zh``), and the
global option before it (``etown-desktop --lang zh list stories``) means the same; given in both
places, the one after the command wins. Both write ``args.lang``: the option after the command
has no default (``argparse.SUPPRESS``), so when it is not given the global value stays.
"""

from __future__ import annotations

import argparse

LANGS = ("en", "zh")


def add_lang_option(parser: argparse.ArgumentParser, help_text: str,
                    choices: tuple[str, ...] = LANGS) -> None:
    """``--lang`` on a subcommand, written to ``args.lang`` only when given."""
    parser.add_argument("--lang", dest="lang", choices=list(choices), default=argparse.SUPPRESS,
                        help=help_text)


def chosen_lang(args: argparse.Namespace) -> str | None:
    """The ``--lang`` given before or after the command, or None."""
    return getattr(args, "lang", None)


def content_lang(args: argparse.Namespace, default: str = "en") -> str:
    """The language of what a command writes or lists: ``--lang`` or ``default``."""
    return chosen_lang(args) or default


def message_lang(args: argparse.Namespace | None = None) -> str:
    """The language of the command's own messages: ``--lang`` (``both`` counts as English),
    otherwise the system language."""
    lang = chosen_lang(args) if args is not None else None
    if lang in LANGS:
        return lang
    from etown_desktop.core.system_language import system_language

    return "zh" if system_language() == "zh" else "en"


def add_lang_to_leaves(parser: argparse.ArgumentParser, help_text: str) -> None:
    """``--lang`` (:func:`add_lang_option`) on every command below ``parser`` that has none yet,
    so a command group added later cannot miss the convention."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        if not any("--lang" in a.option_strings for a in parser._actions):
            add_lang_option(parser, help_text)
        return
    for child in subs[0].choices.values():
        add_lang_to_leaves(child, help_text)
