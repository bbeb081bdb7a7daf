"""Start the desktop app: Qt application, logging, error hook, fonts, language, then the window.

The window is shown first; its tabs are built after the first paint (see MainWindow).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from etown_desktop import __version__

if TYPE_CHECKING:
    from etown_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

LOG_FILE = "etown-desktop.log"


def log_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / "logs"


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log to a rotating file in the user's log folder (and warnings to stderr)."""
    root = logging.getLogger()
    root.setLevel(level)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.WARNING)
    stderr.setFormatter(fmt)
    root.addHandler(stderr)
    try:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_FILE
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                                       encoding="utf-8")
    except OSError as exc:
        log.warning("Cannot write the log file (%s); logging to the console only.", exc)
        return None
    handler.setFormatter(fmt)
    root.addHandler(handler)
    return path


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with high-DPI defaults and the names QSettings/QStandardPaths use."""
    from etown_desktop.ui.settings import APPLICATION, ORGANIZATION

    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("E-Town Investor Desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("etown-desktop")
    return app


def prepare_ui(app: QApplication, lang: str | None, defer_fonts: bool = False) -> str:
    """Theme, translator and CJK font. Returns the language in use.

    With ``defer_fonts`` an English UI checks the CJK font after the first paint (the first
    screen shows no Chinese; the check enumerates the system fonts, which costs startup time)."""
    from etown_desktop.ui import i18n, theme
    from etown_desktop.ui.fonts import ensure_cjk_font
    from etown_desktop.ui.settings import AppSettings

    theme.apply_theme(app)
    lang = i18n.normalize(lang or AppSettings().language or "en")
    i18n.install_translator(lang, app)
    if lang == "zh" or not defer_fonts:
        ensure_cjk_font()
    return lang


def run_gui(lang: str | None = None,
            on_window: Callable[[MainWindow], None] | None = None) -> int:
    """Run the app until the window closes. ``on_window`` lets a benchmark or test helper
    connect to the window's signals (firstPainted, allTabsReady) before it is shown."""
    app = create_application()
    log_path = setup_logging()
    from etown_desktop.ui.qt_workarounds import guard_refcount_bug

    guard_refcount_bug()
    from etown_desktop.ui.excepthook import install_excepthook

    install_excepthook()
    log.info("Starting E-Town Investor Desktop %s (log: %s, platform: %s)", __version__, log_path,
             QGuiApplication.platformName())
    lang = prepare_ui(app, lang, defer_fonts=True)

    from etown_desktop.core.errors import EtownError
    from etown_desktop.core.repository import Repository

    try:
        repo = Repository()
    except EtownError as exc:
        log.error("Cannot open the fact database: %s", exc)
        QMessageBox.critical(None, app.translate("bootstrap", "E-Town Investor Desktop"),
                             app.translate("bootstrap", "The fact database cannot be opened.") +
                             "\n\n" + str(exc))
        return 1
    from etown_desktop.ui.main_window import MainWindow

    window = MainWindow(repo)
    from etown_desktop.ui.export.export_actions import install_exports

    install_exports(window, repo)
    if lang != "zh":
        from etown_desktop.ui.fonts import ensure_cjk_font

        # Queued: after the first paint has finished, before the tabs are built.
        window.firstPainted.connect(ensure_cjk_font, Qt.ConnectionType.QueuedConnection)
    if on_window is not None:
        on_window(window)
    if window.settings.geometry is None:
        window.showMaximized()  # first start: use the whole projector
    else:
        window.show()
    code = app.exec()
    repo.close()
    log.info("Exited with code %s", code)
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_gui(os.environ.get("ETOWN_DESKTOP_LANG")))
