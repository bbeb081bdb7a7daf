"""``etown-desktop present``, ``kiosk``, ``stats`` and ``list stories``: the event modes.

    etown-desktop present [--story ID] [--lang en|zh] [--interval S] [--screen N]
    etown-desktop kiosk [--story ID] [--idle S] [--lang en|zh] [--screen N]
    etown-desktop kiosk --set-pin            (reads the PIN from standard input)
    etown-desktop stats [--since DATE] -o FILE.csv|xlsx|pdf
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from datetime import date
from pathlib import Path

from etown_desktop.app import event_screenshot

log = logging.getLogger(__name__)

EXIT_NOT_SET_UP = 3
FIRST_PAINT_GRACE_MS = 300


def add_parsers(sub: argparse._SubParsersAction) -> None:
    pres = sub.add_parser("present", help="present a story full screen (presenter view on a second screen)")
    pres.add_argument("--story", help="story id (default: the zone story; see list stories)")
    pres.add_argument("--lang", dest="event_lang", choices=["en", "zh"], help="language of the slides")
    pres.add_argument("--interval", type=float, help="advance every S seconds, looping at the end")
    pres.add_argument("--screen", type=int, help="audience screen number (0 = first)")
    event_screenshot.add_arguments(pres, "--presenter-view")

    kiosk = sub.add_parser("kiosk", help="run the locked booth kiosk (needs a staff PIN: --set-pin)")
    kiosk.add_argument("--story", help="story id (default: the zone story)")
    kiosk.add_argument("--idle", type=float, default=90.0,
                       help="seconds without input before the attract loop (default 90)")
    kiosk.add_argument("--lang", dest="event_lang", choices=["en", "zh"],
                       help="default language (the attract loop returns to it)")
    kiosk.add_argument("--screen", type=int, help="screen number (0 = first)")
    kiosk.add_argument("--set-pin", action="store_true", help="read a new staff PIN from standard input")
    kiosk.add_argument("--no-supervisor", action="store_true", help=argparse.SUPPRESS)
    kiosk.add_argument("--crash-message", action="store_true", help=argparse.SUPPRESS)
    event_screenshot.add_arguments(kiosk, "--pin-pad")

    stats = sub.add_parser("stats", help="booth statistics from this computer's visit log")
    stats.add_argument("--since", type=date.fromisoformat, help="only events since DATE (YYYY-MM-DD)")
    stats.add_argument("-o", "--output", type=Path, required=True, help="FILE.csv, .xlsx or .pdf")


def list_stories() -> int:
    from etown_desktop.core.repository import Repository
    from etown_desktop.core.stories.store import load_stories

    repo = Repository()
    try:
        for s in load_stories(repo.path):
            print(f"{s.id}\t{len(s.slides)} slides\t{s.title_en}")
    finally:
        repo.close()
    return 0


def run(args: argparse.Namespace) -> int:
    from etown_desktop.core.errors import EtownError

    if getattr(args, "event_lang", None) is None and getattr(args, "lang", None):
        args.event_lang = args.lang  # `etown-desktop --lang zh present` as `present --lang zh`
    try:
        if args.command == "stats":
            return _stats(args)
        if getattr(args, "screenshot", None) is not None:
            return event_screenshot.run_screenshot(args)
        if args.command == "kiosk":
            if args.set_pin:
                return _set_pin()
            if args.crash_message:
                return _crash_message()
            if not args.no_supervisor:
                return _supervised(args)
            return _kiosk(args)
        return _present(args)
    except EtownError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_NOT_SET_UP if args.command == "kiosk" else 1


# -- stats --------------------------------------------------------------------------------------
def _stats(args: argparse.Namespace) -> int:
    from etown_desktop.core.errors import EtownError
    from etown_desktop.core.visits.stats import read_stats
    from etown_desktop.core.visits.visit_log import default_log_path

    stats = read_stats(default_log_path(), args.since)
    if args.output.suffix.lower() == ".pdf":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        _app = QGuiApplication.instance() or QGuiApplication(["etown-desktop"])  # noqa: F841
        if getattr(args, "lang", None):
            from etown_desktop.ui import i18n

            i18n.install_translator(args.lang)  # `etown-desktop --lang zh stats -o report.pdf`
    from etown_desktop.ui.visits.booth_report_dialog import report_context, save_report

    context: tuple[str, dict[str, str]] = ("", {})
    if args.output.suffix.lower() == ".pdf":
        from etown_desktop.core.repository import Repository

        try:
            context = report_context(Repository())
        except EtownError as exc:  # the report still names the figures by id
            log.warning("No fact database for the report's labels: %s", exc)
    path = save_report(stats, args.output, *context)
    from etown_desktop.core.formatting import count_noun

    print(f"Wrote {path} ({count_noun(stats.visits, 'visit')})")
    return 0


# -- kiosk --------------------------------------------------------------------------------------
def _set_pin() -> int:
    from etown_desktop.core.kiosk.pin import save_pin

    if sys.stdin.isatty():
        import getpass

        pin = getpass.getpass("New staff PIN (4-12 digits): ")
    else:
        pin = sys.stdin.readline()
    path = save_pin(pin.strip())
    print(f"Staff PIN saved (salted scrypt hash) in {path}")
    return 0


def _supervised(args: argparse.Namespace) -> int:
    from etown_desktop.app.kiosk_supervisor import kiosk_command, supervise
    from etown_desktop.core.kiosk.pin import load_pin_hash

    load_pin_hash()  # refuse at once (with how to set one) rather than in a restarted child
    passthrough = ["--idle", str(args.idle)]
    for flag, value in (("--story", args.story), ("--lang", args.event_lang), ("--screen", args.screen)):
        if value is not None:
            passthrough += [flag, str(value)]
    from PySide6.QtCore import QCoreApplication

    from etown_desktop.app.bootstrap import setup_log_file
    from etown_desktop.ui.settings import APPLICATION, ORGANIZATION

    # The same log file as the kiosk itself (the folder is named after the application).
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    setup_log_file()

    def crash_loop(_crashes) -> None:
        import subprocess

        subprocess.call(kiosk_command(["--crash-message"]))

    return supervise(kiosk_command(passthrough), on_crash_loop=crash_loop)


def _gui(lang: str | None):
    """Application, theme and language; the log file and the CJK font check of an English show
    wait until the first slide has been painted (as for the main window)."""
    from PySide6.QtCore import QTimer

    from etown_desktop.app.bootstrap import create_application, prepare_ui, setup_early_logging, setup_log_file

    app = create_application()
    buffer = setup_early_logging()
    lang = prepare_ui(app, lang, defer_fonts=True)

    def after_first_paint() -> None:
        setup_log_file(buffer)
        if lang != "zh":
            from etown_desktop.ui.fonts import ensure_cjk_font

            ensure_cjk_font()

    QTimer.singleShot(FIRST_PAINT_GRACE_MS, after_first_paint)
    from etown_desktop.core.repository import Repository

    return app, lang, Repository()


def _kiosk(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QTimer

    from etown_desktop.core.errors import EtownError
    from etown_desktop.core.kiosk.pin import load_pin_hash
    from etown_desktop.core.stories.store import find_story, load_stories

    pin_hash = load_pin_hash()
    app, lang, repo = _gui(args.event_lang)
    story = find_story(load_stories(repo.path), args.story)
    from etown_desktop.core.visits.visit_log import VisitLog
    from etown_desktop.ui.kiosk.kiosk_session import KioskSession

    session = KioskSession(repo, story, pin_hash, lang, args.idle, screen_index=args.screen)
    session.finished.connect(app.quit)
    session.start()

    def open_visit_log() -> None:
        try:
            session.attach_visit_log(VisitLog(mode="kiosk"))
        except EtownError as exc:  # the booth keeps running; the counts are lost, and logged
            log.error("No visit log: %s", exc)

    QTimer.singleShot(FIRST_PAINT_GRACE_MS, open_visit_log)
    return app.exec()


def _crash_message() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLabel

    from etown_desktop.app.bootstrap import create_application, prepare_ui

    app = create_application()
    prepare_ui(app, None)
    label = QLabel(QApplication.translate(
        "KioskSupervisor", "The booth kiosk stopped after crashing three times within a minute.\n"
        "Please call a staff member. The details are in the log file."))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet("font-size: 36px; padding: 80px;")
    label.showFullScreen()
    return app.exec()


# -- present ------------------------------------------------------------------------------------
def _present(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QTimer

    from etown_desktop.core.stories.store import find_story, load_stories

    app, lang, repo = _gui(args.event_lang)
    story = find_story(load_stories(repo.path), args.story)
    from etown_desktop.ui.presentation.presentation import Presentation

    presentation = Presentation(repo, story, lang, args.interval, args.screen)
    presentation.finished.connect(app.quit)
    presentation.start()
    QTimer.singleShot(FIRST_PAINT_GRACE_MS, presentation.attach_visit_log)
    return app.exec()
