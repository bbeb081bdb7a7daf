"""Interface language: the current language ("en" or "zh") and the Qt translators for it."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from etown_desktop.core.errors import EtownError

log = logging.getLogger(__name__)

LANGUAGES = ("en", "zh")
_current = "en"
_installed: list[QTranslator] = []
# Translators already loaded, per (language, application): the live switch reuses them.
_loaded: dict[tuple[str, int], tuple[bool, list[QTranslator]]] = {}


def current_language() -> str:
    return _current


def normalize(lang: str | None) -> str:
    return "zh" if lang and lang.lower().startswith("zh") else "en"


def install_translator(lang: str | None, app: QCoreApplication | None = None) -> bool:
    """Switch to ``lang``: remove earlier translators, install ours (and Qt's own) for it.

    Returns True when our translation file was found (English needs none and returns True).
    """
    global _current
    app = app or QCoreApplication.instance()
    _current = normalize(lang)
    if app is not None:
        from etown_desktop.ui.language import retranslation

        retranslation.install(app)  # every window follows the change (LanguageChange)
        for tr in _installed:
            app.removeTranslator(tr)
    _installed.clear()
    if _current == "en" or app is None:
        return True
    cached = _loaded.get((_current, id(app)))
    if cached is not None and all(shiboken6.isValid(tr) for tr in cached[1]):
        # a switch back: reuse the loaded files (loading new ones each time would pile them up)
        for tr in cached[1]:
            app.installTranslator(tr)
            _installed.append(tr)
        return cached[0]
    from etown_desktop.core.resources import resource_path

    found = False
    ours = QTranslator(app)
    try:
        path = resource_path("translations", f"etown_{_current}.qm")
        found = ours.load(str(path))
    except EtownError as exc:
        log.warning("No translation for %s: %s", _current, exc)
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("Translation file for %s could not be loaded; showing English.", _current)
    qt_tr = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_tr.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_", qt_dir):
        app.installTranslator(qt_tr)
        _installed.append(qt_tr)
    _loaded[(_current, id(app))] = (found, list(_installed))
    return found
