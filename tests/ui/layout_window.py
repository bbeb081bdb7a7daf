"""The main window the layout tests measure: the app's own look (Fusion, base font, stylesheet —
its sizes are what must fit), one language, every tab built, at 1366x768; afterwards the look,
the language and the text size are put back as they were."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication


@contextmanager
def layout_window(qapp, repo, lang: str, folder: Path, text_percent: int = 100) -> Iterator:
    """A MainWindow in ``lang`` with every tab built; at ``text_percent`` text set live from
    View → Text size (the pages are rebuilt at that size), and 100 % again when it closes.

    The text size is global: a window at another size must not outlive its test (a module-scoped
    one at 200 % left later tests of its module at 200 % in CI's shuffled order)."""
    from PySide6.QtCore import QSettings

    from etown_desktop.ui import i18n, theme
    from etown_desktop.ui.main_window import MainWindow
    from etown_desktop.ui.settings import AppSettings
    from etown_desktop.ui.text_size import state as text_size
    from etown_desktop.ui.text_size.apply import set_text_size

    assert text_size.percent() == 100, "a window at another text size is still alive"
    saved = (qapp.style().name(), qapp.palette(), qapp.font(), qapp.styleSheet())
    theme.apply_theme(qapp, dark=False)
    i18n.install_translator(lang, qapp)
    settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    win = MainWindow(repo, settings=settings, auto_build=False)
    win.resize(1366, 768)
    win.show()
    win.build_all_tabs()
    if text_percent != 100:
        win.text_size_menu.set_size(text_percent)
        assert text_size.percent() == text_percent
    try:
        yield win
    finally:
        # Deleted now (a plain processEvents leaves a deferred deletion pending), so putting the
        # look back below restyles the widgets that are left, not this window's ~1,900 again
        # (four application-wide restyles of it took ~25 s of the test's ~65 s).
        win.close()
        win.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        if text_size.percent() != 100:
            set_text_size(100)
        i18n.install_translator("en", qapp)
        qapp.setStyleSheet(saved[3])
        qapp.setFont(saved[2])
        qapp.setPalette(saved[1])
        qapp.setStyle(saved[0])
