"""Command line: ``etown-desktop`` starts the app; subcommands run headless.

Heavy modules (Qt, pandas, pyqtgraph) are imported only by the subcommand that needs them.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from etown_desktop import __version__

log = logging.getLogger(__name__)


def _edition() -> str:
    from etown_desktop.core.errors import EtownError
    from etown_desktop.core.repository import Repository

    try:
        repo = Repository()
        try:
            return repo.metadata.edition
        finally:
            repo.close()
    except EtownError as exc:
        return f"unavailable ({exc})"


class _VersionAction(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs=0, help="print version and database edition")

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"etown-desktop {__version__} (database edition {_edition()})")
        parser.exit()


# Commands whose parsers come from event_cli alone. ``etown-desktop present|kiosk|stats …`` (the
# command first) builds only those: every command's parser (52 subparsers, 237 options, a gettext
# look-up on disk for each) costs ~100 ms of CPU, ~95 M instructions, before the first slide.
EVENT_COMMANDS = ("present", "kiosk", "stats")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command-line parser; with ``command`` one of :data:`EVENT_COMMANDS` (the first word of
    the command line), only the event commands are registered (the same options and results)."""
    from etown_desktop.app.cli_language import add_lang_option

    parser = argparse.ArgumentParser(
        prog="etown-desktop",
        description="E-Town Investor Desktop. Without a command, the desktop app starts.",
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("--lang", choices=["en", "zh"],
                        help="language for this run: the app's interface, or a command's output and "
                             "messages (every command also takes --lang after its name)")
    parser.add_argument("--reset-settings", action="store_true",
                        help="forget the saved settings (window layout, language, welcome) and start")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    if command in EVENT_COMMANDS:
        from etown_desktop.app import event_cli

        event_cli.add_parsers(sub)
        return parser

    db = sub.add_parser("db", help="build or check the fact database")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    b = db_sub.add_parser("build", help="build the database from the reviewed files in data/")
    add_lang_option(b, "language of the messages (the database holds both)")
    b.add_argument("--src", type=Path, default=Path("data"), help="folder of data files (default: data)")
    b.add_argument("-o", "--out", type=Path, default=None,
                   help="database to write (default: SRC/etown.db)")
    c = db_sub.add_parser("check", help="check a database (default: the bundled one)")
    c.add_argument("path", type=Path, nargs="?", default=None)
    add_lang_option(c, "language of the messages")

    shot = sub.add_parser("screenshot", help="render a tab of the main window to a PNG file")
    shot.add_argument("--tab", help="tab name (see --list)")
    shot.add_argument("-o", "--output", type=Path, help="PNG file to write")
    shot.add_argument("--size", default="1600x1000", help="window size WIDTHxHEIGHT")
    shot.add_argument("--list", action="store_true", help="print the tab names, one a line")
    shot.add_argument("--scale", type=float, default=1.0,
                      help="display scaling, e.g. 1.5 for 150 %% (the window is SIZE / SCALE logical px)")
    shot.add_argument("--check", action="store_true",
                      help="also check the layout (clipped text, hidden tabs, short tables); exit 1 on problems")
    add_lang_option(shot, "interface language of the window in the picture (default: en)")

    from etown_desktop.app import event_cli, export_cli

    export_cli.add_parsers(sub)
    event_cli.add_parsers(sub)
    from etown_desktop.app import search_cli

    search_cli.add_parsers(sub)
    from etown_desktop.app import data_cli

    data_cli.add_parsers(sub)
    from etown_desktop.app import leads_cli

    leads_cli.add_parsers(sub)
    return parser


def _run_db(args: argparse.Namespace) -> int:
    from etown_desktop.app.cli_language import message_lang
    from etown_desktop.app.cli_messages import say
    from etown_desktop.core.db.build import build
    from etown_desktop.core.db.check import check_database
    from etown_desktop.core.errors import EtownError
    from etown_desktop.core.resources import database_path

    if args.db_command == "build":
        out = args.out or args.src / "etown.db"
        try:
            build(args.src, out)
        except EtownError as exc:
            print(say("build_failed", message_lang(args), error=exc), file=sys.stderr)
            return 1
        print(say("built", message_lang(args), path=out))
        return 0
    try:
        path = args.path or database_path()
    except EtownError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    report = check_database(path)
    print(report.render(), file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 1


def main(argv: list[str] | None = None) -> int:
    from etown_desktop.app.blas_threads import one_blas_thread

    one_blas_thread()  # before numpy is imported (app/blas_threads.py)
    if not (sys.argv[1:] if argv is None else argv):
        # A plain start (the desktop icon): skip building the parser, ~4 ms before the first paint.
        from etown_desktop.app.startup_gc import pause

        pause()  # the cyclic collector waits until every tab is built (app/startup_gc.py)
        from etown_desktop.app.bootstrap import run_gui

        return run_gui()
    if "PySide6" in sys.modules:  # embedded or a benchmark child: Qt is there already
        from etown_desktop.ui.feature_scan import skip_feature_scan

        skip_feature_scan()
    words = sys.argv[1:] if argv is None else argv
    from etown_desktop.app.event_args import parse_event_args

    # ``present …`` / ``kiosk …``: read without building the parser (app/event_args.py); the
    # parser reads whatever that does not (help, errors, every other command).
    args = parse_event_args(list(words))
    if args is None:
        parser = build_parser(words[0] if words else None)
        args = parser.parse_args(argv)
    if args.command in ("kiosk", "present", "stats", "data") or args.reset_settings:
        # the commands that read or write the user's folders: earlier versions' files first
        from etown_desktop.core.user_folders import move_old_folders

        move_old_folders()
        if args.command in ("kiosk", "present") or args.reset_settings:  # these use Qt anyway
            from etown_desktop.ui.settings import move_old_settings  # PySide6 comes with it
            from etown_desktop.ui.feature_scan import skip_feature_scan

            # Now, not when the show starts: PySide6 reads the source of every module imported
            # after it (~8 M instructions for the command's own modules; ui/feature_scan.py).
            skip_feature_scan()
            move_old_settings()
    if args.reset_settings:
        from etown_desktop.ui.settings import AppSettings

        AppSettings().clear()
    if args.command is None:
        from etown_desktop.app.bootstrap import run_gui

        return run_gui(lang=args.lang)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from etown_desktop.app.cli_language import message_lang
    from etown_desktop.app.display_check import refuse_without_display

    # Every command that opens a window says so in one line when it cannot (as the app does),
    # instead of Qt's plugin abort.
    problem = refuse_without_display(args)  # the language is looked up only to say a problem
    if problem:
        problem = refuse_without_display(args, message_lang(args))
        sys.stderr.write(problem + "\n")
        return 1
    if args.command == "db":
        return _run_db(args)
    if args.command == "search":
        from etown_desktop.app import search_cli

        return search_cli.run(args)
    if args.command == "data":
        from etown_desktop.app import data_cli

        return data_cli.run(args)
    if args.command == "leads":
        from etown_desktop.app import leads_cli

        return leads_cli.run(args)
    if args.command == "screenshot":
        from etown_desktop.app.screenshot_cli import run_screenshot

        return run_screenshot(args)
    if args.command in ("present", "kiosk", "stats"):
        from etown_desktop.app import event_cli

        return event_cli.run(args)
    from etown_desktop.app import export_cli

    return export_cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
