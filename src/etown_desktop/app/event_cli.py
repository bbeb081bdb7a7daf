"""``etown-desktop present``, ``kiosk``, ``stats`` and ``list stories``: the event modes.

    etown-desktop present [--story ID] [--lang en|zh] [--interval S] [--screen N]
    etown-desktop kiosk [--story ID] [--idle S] [--still-there S] [--lang en|zh] [--screen N]
    etown-desktop kiosk --set-pin            (reads the PIN from standard input)
    etown-desktop stats [--since DATE] -o FILE.csv|xlsx|pdf
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from datetime import date
from pathlib import Path

from etown_desktop.app import event_screenshot

log = logging.getLogger(__name__)

EXIT_NOT_SET_UP = 3
# The work a show does once its first slide is on screen waits for that paint, or this long
# should no slide be painted (a screen that never shows it).
FIRST_PAINT_FALLBACK_MS = 5000


def add_parsers(sub: argparse._SubParsersAction) -> None:
    from etown_desktop.app.cli_language import add_lang_option

    pres = sub.add_parser("present", help="present a story full screen (presenter view on a second screen)")
    pres.add_argument("--story", help="story id (default: the zone story; see list stories)")
    add_lang_option(pres, "language of the slides and of the messages")
    pres.add_argument("--interval", type=float, help="advance every S seconds, looping at the end")
    pres.add_argument("--screen", type=int, help="audience screen number (0 = first)")
    event_screenshot.add_arguments(pres, "--presenter-view")

    kiosk = sub.add_parser("kiosk", help="run the locked booth kiosk (needs a staff PIN: --set-pin)")
    kiosk.add_argument("--story", help="story id (default: the zone story)")
    kiosk.add_argument("--idle", type=float, default=90.0,
                       help="seconds without input before the attract loop (default 90)")
    kiosk.add_argument("--still-there", type=float, default=20.0, metavar="S",
                       help='seconds "Still there? Continue" counts down before the kiosk starts '
                            "over (default 20; 0 = start over at once)")
    add_lang_option(kiosk, "default language (the attract loop returns to it) and of the messages")
    kiosk.add_argument("--screen", type=int, help="screen number (0 = first)")
    kiosk.add_argument("--set-pin", action="store_true", help="read a new staff PIN from standard input")
    kiosk.add_argument("--no-supervisor", action="store_true", help=argparse.SUPPRESS)
    kiosk.add_argument("--crash-message", action="store_true", help=argparse.SUPPRESS)
    event_screenshot.add_arguments(kiosk, "--pin-pad")

    stats = sub.add_parser("stats", help="booth statistics from this computer's visit log")
    stats.add_argument("--since", metavar="DATE",
                       help="only events since DATE: YYYY-MM-DD, 'today' or 'yesterday'")
    stats.add_argument("-o", "--output", type=Path, required=True, help="FILE.csv, .xlsx or .pdf")
    add_lang_option(stats, "language of the PDF report and of the messages")


def list_stories(lang: str = "en") -> int:
    from etown_desktop.app.cli_messages import say
    from etown_desktop.core.repository import Repository
    from etown_desktop.core.stories.store import load_stories

    repo = Repository()
    try:
        for s in load_stories(repo.path):
            count = say("one_slide", lang) if len(s.slides) == 1 else say("slides", lang, n=len(s.slides))
            print(f"{s.id}\t{count}\t{s.title(lang)}")
    finally:
        repo.close()
    return 0


def parse_since(text: str | None, today: date | None = None) -> date | None:
    """``--since``: YYYY-MM-DD, 'today' or 'yesterday'; ValueError otherwise."""
    if text is None:
        return None
    word = text.strip().lower()
    today = today or date.today()
    if word in ("today", "今天"):
        return today
    if word in ("yesterday", "昨天"):
        return date.fromordinal(today.toordinal() - 1)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", word):
        raise ValueError(text)
    return date.fromisoformat(word)


def run(args: argparse.Namespace) -> int:
    from etown_desktop.app.cli_language import message_lang
    from etown_desktop.core.errors import EtownError, ExportFailed
    from etown_desktop.core.export.failure_text import failure_text

    try:
        if args.command == "stats":
            return _stats(args)
        if getattr(args, "screenshot", None) is not None:
            return event_screenshot.run_screenshot(args)
        if args.command == "kiosk":
            if args.set_pin:
                return _set_pin(message_lang(args))
            if args.crash_message:
                return _crash_message()
            if not args.no_supervisor:
                return _supervised(args)
            return _kiosk(args)
        return _present(args)
    except ExportFailed as exc:  # a report or picture that could not be written
        print(failure_text(exc, message_lang(args)), file=sys.stderr)
        return 1
    except EtownError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_NOT_SET_UP if args.command == "kiosk" else 1
    except KeyboardInterrupt:
        from etown_desktop.app.cli_messages import say

        print(say("pin_cancelled" if getattr(args, "set_pin", False) else "interrupted",
                  message_lang(args)), file=sys.stderr)
        return 130


# -- stats --------------------------------------------------------------------------------------
def _stats(args: argparse.Namespace) -> int:
    from etown_desktop.app.cli_language import message_lang
    from etown_desktop.app.cli_messages import say
    from etown_desktop.core.errors import EtownError
    from etown_desktop.core.visits.stats import read_stats
    from etown_desktop.core.visits.visit_log import default_log_path

    lang = message_lang(args)
    try:
        since = parse_since(args.since)
    except ValueError:
        print(say("bad_since", lang, value=args.since), file=sys.stderr)
        return 2
    stats = read_stats(default_log_path(), since)
    if args.output.suffix.lower() == ".pdf":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        _app = QGuiApplication.instance() or QGuiApplication(["etown-desktop"])  # noqa: F841
        from etown_desktop.ui import i18n

        i18n.install_translator(lang)  # `stats --lang zh -o report.pdf` (or `--lang zh stats …`)
    from etown_desktop.ui.visits.booth_report_dialog import report_context, save_report

    context: tuple = ("", {}, {})
    from etown_desktop.core.repository import Repository

    try:  # the report names the slides and figures by their titles in the database
        repo = Repository()
        try:
            context = report_context(repo, lang)
        finally:
            repo.close()
    except EtownError as exc:  # the report still names the figures by id
        log.warning("No fact database for the report's labels: %s", exc)
    path = save_report(stats, args.output, *context)
    key = "stats_wrote_one" if stats.visits == 1 else "stats_wrote"
    print(say(key, lang, path=path, visits=stats.visits))
    return 0


# -- kiosk --------------------------------------------------------------------------------------
def _set_pin(lang: str = "en", stdin=None, ask=None) -> int:
    """Read the PIN: twice, compared, at a terminal; one line from a pipe (scripts)."""
    from etown_desktop.app.cli_messages import say
    from etown_desktop.core.kiosk.pin import save_pin

    stdin = stdin if stdin is not None else sys.stdin
    if stdin.isatty():
        if ask is None:
            import getpass

            ask = getpass.getpass
        pin = ask(say("pin_prompt", lang)).strip()
        again = ask(say("pin_again", lang)).strip()
        if pin != again:
            print(say("pin_mismatch", lang), file=sys.stderr)
            return 1
    else:
        pin = stdin.readline().strip()
    path = save_pin(pin)
    print(say("pin_saved", lang, path=path))
    return 0


def _supervised(args: argparse.Namespace) -> int:
    from etown_desktop.app.kiosk_supervisor import kiosk_command, supervise
    from etown_desktop.core.kiosk.pin import load_pin_hash

    load_pin_hash()  # refuse at once (with how to set one) rather than in a restarted child
    passthrough = ["--idle", str(args.idle), "--still-there", str(args.still_there)]
    for flag, value in (("--story", args.story), ("--lang", getattr(args, "lang", None)), ("--screen", args.screen)):
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
    """Application, theme, language and database; and the jobs that wait until the first slide
    has been painted (:func:`_after_first_paint`): the cyclic collector back on, the app icon,
    the log file and the CJK font check of an English show (as for the main window)."""
    from etown_desktop.app.bootstrap import (
        create_application,
        prepare_ui,
        set_app_icon,
        setup_early_logging,
        setup_log_file,
    )

    # The app icon (a full-screen show's task-bar entry) is set once the slide is on screen:
    # reading its seven PNG sizes and PySide6's QIcon enums cost ~13 M instructions (issue 22).
    app = create_application(icon=False)
    buffer = setup_early_logging()
    lang = prepare_ui(app, lang, defer_fonts=True)
    from etown_desktop.ui.fonts import apply_app_font

    # The first slide's language button says "EN | 中文": the bundled font ends the font chain
    # from the start (registering it costs ~1 ms); the system's CJK family joins after the paint.
    apply_app_font(look_up_system=False)

    from etown_desktop.core import lazy_record
    from etown_desktop.ui.accessibility.roles import defer_factory, install_factory

    defer_factory()  # the slide's roles: the factory once it is painted (ui/accessibility/roles)
    lazy_record.hold()  # the slide's records: dataclasses when first used as such (core/lazy_record)

    def after_first_paint() -> None:
        from etown_desktop.app.startup_gc import hand_to_event_loop

        hand_to_event_loop()  # paused by _present / _kiosk for the start (app/startup_gc.py)
        set_app_icon(app)
        install_factory()
        lazy_record.release()
        setup_log_file(buffer)
        if lang != "zh":
            from etown_desktop.ui.fonts import ensure_cjk_font

            ensure_cjk_font()

    from etown_desktop.core.repository import Repository

    return app, lang, Repository(), [after_first_paint]


def _after_first_paint(deck, jobs: list) -> None:
    """Run ``jobs``, each in its own event-loop turn and in order, once the first slide of
    ``deck`` has been painted (a timer started before the show was built could end before that
    paint on a slow or busy machine, and delay it), or after FIRST_PAINT_FALLBACK_MS."""
    from PySide6.QtCore import QTimer

    from etown_desktop.ui.lean_start import queued

    started: list[bool] = []

    def run() -> None:
        if started:
            return
        started.append(True)
        for job in jobs:
            QTimer.singleShot(0, job)

    deck.firstPainted.connect(queued(run))  # queued, without the ``Qt`` namespace (ui/lean_start)
    QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, run)


def _kiosk(args: argparse.Namespace) -> int:
    from etown_desktop.app.startup_gc import pause

    pause()  # the cyclic collector waits until the first slide is painted (app/startup_gc.py)
    from etown_desktop.ui.feature_scan import skip_feature_scan

    skip_feature_scan()  # before the show's own modules are imported (ui/feature_scan.py)
    from etown_desktop.core.errors import EtownError
    from etown_desktop.core.kiosk.pin import load_pin_hash
    from etown_desktop.core.stories.store import find_story, load_stories

    pin_hash = load_pin_hash()
    app, lang, repo, jobs = _gui(getattr(args, "lang", None))
    story = find_story(load_stories(repo.path), args.story)
    from etown_desktop.ui.kiosk.kiosk_session import KioskSession

    session = KioskSession(repo, story, pin_hash, lang, args.idle, screen_index=args.screen,
                           still_there_s=args.still_there)
    session.finished.connect(app.quit)
    app.aboutToQuit.connect(session.close_visit_log)  # however the kiosk ends: log closed
    session.start()

    def open_visit_log() -> None:
        from etown_desktop.core.visits.visit_log import VisitLog

        try:
            session.attach_visit_log(VisitLog(mode="kiosk"))
        except EtownError as exc:  # the booth keeps running; the counts are lost, and logged
            log.error("No visit log: %s", exc)

    _after_first_paint(session.deck, [*jobs, open_visit_log, lambda: _kiosk_leads(session)])
    return app.exec()


def _kiosk_leads(session) -> None:
    """"Leave your contact" when the current event allows it. The lead store is opened without
    the passphrase: this process seals leads with the public key and can never read one."""
    from etown_desktop.core.errors import EtownError
    from etown_desktop.core.leads.store import LeadStore

    try:
        store = LeadStore()
        event = store.current_event()
        if store.initialised and event is not None and event.kiosk_leads:
            session.window.enable_contact_form(store)
            log.info("kiosk: visitors may leave their contact (event %s)", event.name)
    except EtownError as exc:  # the booth keeps running without the form
        log.error("No lead store for the kiosk: %s", exc)


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
    from etown_desktop.app.startup_gc import pause

    pause()  # the cyclic collector waits until the first slide is painted (app/startup_gc.py)
    from etown_desktop.ui.feature_scan import skip_feature_scan

    skip_feature_scan()  # before the show's own modules are imported (ui/feature_scan.py)
    from etown_desktop.core.stories.store import find_story, load_stories

    app, lang, repo, jobs = _gui(getattr(args, "lang", None))
    story = find_story(load_stories(repo.path), args.story)
    from etown_desktop.ui.presentation.presentation import Presentation

    presentation = Presentation(repo, story, lang, args.interval, args.screen)
    presentation.finished.connect(app.quit)
    presentation.start()
    _after_first_paint(presentation.deck, [*jobs, presentation.attach_visit_log])
    return app.exec()
