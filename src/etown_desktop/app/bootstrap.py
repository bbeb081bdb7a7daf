"""Start the desktop app: Qt application, logging, error hook, theme, language, then the window.

Only what the first screen needs runs before the window is painted. Everything else waits for
the first paint (``MainWindow.firstPainted``): the rotating log file (records logged before it
exists are buffered in memory and written to it then), the CJK font check of an English UI, and
the export actions. The tabs themselves are built after the first paint too (see MainWindow).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from etown_desktop import __version__
from etown_desktop.ui.feature_scan import skip_feature_scan

skip_feature_scan()  # before the app's modules are imported (PySide6 would read each one's source)

if TYPE_CHECKING:
    from etown_desktop.core.repository import Repository
    from etown_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

LOG_FILE = "etown-desktop.log"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
EARLY_LOG_CAPACITY = 10_000  # records kept in memory until the log file is open


def log_folder() -> Path:
    """``logs`` in the user's data folder (core/user_folders.py)."""
    from etown_desktop.core.user_folders import log_dir

    return log_dir()


def move_old_folders(settings: bool = True) -> None:
    """Once, at start: the files of earlier versions' folders into the one config and data
    folder (core/user_folders_move.py), and their settings into the settings file."""
    from etown_desktop.core.user_folders import move_old_folders as move_files

    move_files()
    if settings:
        from etown_desktop.ui.settings import move_old_settings

        move_old_settings()


class EarlyLogBuffer(logging.Handler):
    """Keeps the records logged before the log file is open (what logging.handlers.MemoryHandler
    does, without importing logging.handlers, which costs startup time)."""

    def __init__(self, capacity: int = EARLY_LOG_CAPACITY) -> None:
        super().__init__()
        self.capacity = capacity
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < self.capacity:
            self.records.append(record)

    def replay(self, target: logging.Handler) -> None:
        for record in self.records:
            if record.levelno >= target.level:
                target.handle(record)
        self.records.clear()


def setup_early_logging(level: int = logging.INFO) -> EarlyLogBuffer:
    """Warnings to stderr at once; every record buffered in memory until :func:`setup_log_file`."""
    root = logging.getLogger()
    root.setLevel(level)
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.WARNING)
    stderr.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(stderr)
    buffer = EarlyLogBuffer()
    root.addHandler(buffer)
    return buffer


def setup_log_file(buffer: EarlyLogBuffer | None = None) -> Path | None:
    """Log to a rotating file in the user's log folder; the buffered early records go first."""
    import logging.handlers

    root = logging.getLogger()
    handler: logging.Handler | None = None
    path: Path | None = None
    try:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_FILE
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                                       encoding="utf-8")
    except OSError as exc:
        log.warning("Cannot write the log file (%s); logging to the console only.", exc)
        path = None
    if handler is not None:
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        if buffer is not None:
            buffer.replay(handler)
        root.addHandler(handler)
    if buffer is not None:
        root.removeHandler(buffer)
        buffer.records.clear()
    return path


def _excepthook(exc_type, exc, tb) -> None:
    """The app's excepthook; the dialog module is imported when an error actually happens."""
    from etown_desktop.ui.excepthook import handle_exception

    handle_exception(exc_type, exc, tb)


def create_application(argv: list[str] | None = None, icon: bool = True) -> QApplication:
    """The QApplication with high-DPI defaults and the names QSettings/QStandardPaths use; and
    the app icon unless ``icon`` is False (the caller sets it later: :func:`set_app_icon`)."""
    from etown_desktop.ui import theme
    from etown_desktop.ui.settings import APPLICATION, ORGANIZATION

    app = QApplication.instance()
    if app is None:  # (high-DPI rounding: Qt 6's default, PassThrough)
        args = list(argv if argv is not None else sys.argv[:1])
        app = QApplication([*args, *theme.style_arguments()])
        app.setProperty(theme.STYLE_SET_PROPERTY, True)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("E-Town Investor Desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("etown-desktop")
    if icon:
        set_app_icon(app)
    return app


def set_app_icon(app: QApplication) -> None:
    """Every window's icon (title bar, task bar); windows shown already take it too."""
    from etown_desktop.ui.app_icon import app_icon

    app.setWindowIcon(app_icon())


def prepare_ui(app: QApplication, lang: str | None, defer_fonts: bool = False) -> str:
    """Theme, translator and CJK font. Returns the language in use.

    With ``defer_fonts`` an English UI checks the CJK font after the first paint (the first
    screen shows no Chinese; the check enumerates the system fonts, which costs startup time)."""
    from etown_desktop.ui import i18n
    from etown_desktop.ui.appearance.switcher import apply_at_start
    from etown_desktop.ui.settings import AppSettings
    from etown_desktop.ui.text_size.apply import load as load_text_size

    settings = AppSettings()
    load_text_size(settings)  # View → Text size, before the theme sets the application font
    apply_at_start(app, settings.appearance)  # View → Appearance, before the first paint
    if not lang and not (lang := settings.language):
        from etown_desktop.core.system_language import system_language

        lang = system_language()  # first start, or no choice stored: follow the system locale
    lang = i18n.normalize(lang)
    i18n.install_translator(lang, app)
    # Qt appends this to every window title; in Chinese it is the app's one Chinese name.
    app.setApplicationDisplayName(app.translate("bootstrap", "E-Town Investor Desktop"))
    if lang == "zh" or not defer_fonts:
        from etown_desktop.ui.fonts import ensure_cjk_font

        ensure_cjk_font()
    return lang


def open_repository(app: QApplication, parent: QWidget | None = None) -> Repository | None:
    """The bundled fact database, or None after telling the user why it cannot be opened."""
    from etown_desktop.core.errors import EtownError
    from etown_desktop.core.repository import Repository

    try:
        return Repository()
    except EtownError as exc:
        log.error("Cannot open the fact database: %s", exc)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(parent, app.translate("bootstrap", "E-Town Investor Desktop"),
                             app.translate("bootstrap", "The fact database cannot be opened.") +
                             "\n\n" + str(exc))
        return None


def run_gui(lang: str | None = None,
            on_window: Callable[[MainWindow], None] | None = None) -> int:
    """Run the app until the window closes. ``on_window`` lets a benchmark or test helper
    connect to the window's signals (firstPainted, allTabsReady) before it is shown.

    Order: application, in-memory logging, theme and language, then the main window is shown
    with its menus, tab bar and "Loading…" pages. After its first paint: the log file, the
    database (then the tabs are built), the CJK font check and the export actions."""
    from etown_desktop.app.display_check import display_problem
    from etown_desktop.core.system_language import system_language

    problem = display_problem(lang=lang if lang in ("en", "zh") else system_language())
    if problem:
        sys.stderr.write(problem + "\n")
        return 1
    app = create_application()
    early_log = setup_early_logging()
    move_old_folders()  # before the settings are read or the log file is opened
    from etown_desktop.ui.qt_workarounds import guard_refcount_bug

    guard_refcount_bug()
    sys.excepthook = _excepthook
    log.info("Starting E-Town Investor Desktop %s (platform: %s)", __version__, app.platformName())
    asked_for = lang
    lang = prepare_ui(app, lang, defer_fonts=True)
    if asked_for is None:  # no --lang for this run: the first start asks (ui/welcome)
        from etown_desktop.ui.welcome.first_start import first_start

        lang = first_start(lang)
        app.setApplicationDisplayName(app.translate("bootstrap", "E-Town Investor Desktop"))
    from etown_desktop.ui.lean_start import queued
    from etown_desktop.ui.main_window import MainWindow

    window = MainWindow(None)
    opened: list[Repository] = []

    def after_first_paint() -> None:
        """What the first screen does not need: runs once the window has been painted."""
        path = setup_log_file(early_log)
        log.info("Log file: %s", path)
        repo = open_repository(app, window)
        if repo is None:
            app.exit(1)
            return
        opened.append(repo)
        window.set_repository(repo)  # the tabs are built from the next event loop turn on, a step a turn

        # Each a step of its own once the warm-up imports are done (numpy, ui/warmup), so the
        # window keeps repainting between them.
        def cjk_font() -> None:
            if lang != "zh":
                from etown_desktop.ui.fonts import ensure_cjk_font

                ensure_cjk_font()

        window.build_steps.add_jobs([cjk_font, lambda: install_window_exports(window, repo),
                                     lambda: install_data_menu(window), lambda: install_leads(window)])

    # Queued: after the first paint has finished.
    window.firstPainted.connect(queued(after_first_paint))
    # The cyclic collector, paused for the start (cli.main), is back once every tab is built, and
    # from then on runs between two events only (ui/event_loop_gc.py).
    from etown_desktop.app.startup_gc import FALLBACK_S, hand_to_event_loop

    window.allTabsReady.connect(hand_to_event_loop)
    QTimer.singleShot(FALLBACK_S * 1000, hand_to_event_loop)  # (no context: QMetaMethod's enums)
    if on_window is not None:
        on_window(window)
    if window.settings.geometry is None:
        window.showMaximized()  # first start: use the whole projector
    else:
        window.show()
    code = app.exec()
    for repo in opened:
        repo.close()
    log.info("Exited with code %s", code)
    return code


def install_window_exports(window: MainWindow, repo: Repository) -> None:
    """File-menu export and print entries, chart/table context menus (after the first paint)."""
    from etown_desktop.ui.export.export_actions import install_exports

    install_exports(window, repo)


def install_leads(window: MainWindow) -> None:
    """File → New lead (Ctrl+L), the Leads menu and the due/expired line in the status bar."""
    from etown_desktop.ui.leads.leads_actions import install

    install(window)


def install_data_menu(window: MainWindow) -> None:
    """Data menu (import, export, editions, data folder) and the edition in the status bar."""
    from etown_desktop.ui.editions.data_menu import install

    install(window).startup_checks()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_gui(os.environ.get("ETOWN_DESKTOP_LANG")))
