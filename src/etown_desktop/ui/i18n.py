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
    Every open window then follows (ui/language/retranslation.py).
    """
    app = app or QCoreApplication.instance()
    before = _current
    found = _install(normalize(lang), app)
    if app is not None and _current != before:
        from etown_desktop.ui.language.retranslation import retranslate_application

        retranslate_application(app)
    return found


def _install(lang: str, app: QCoreApplication | None) -> bool:
    global _current
    _current = lang
    if app is not None:
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
    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    # Qt's own dialogs (QFileDialog, QMessageBox): qtbase_zh_CN.qm as PySide6 ships it
    if any(qt_tr.load(locale, "qtbase", "_", folder) for folder in qt_translation_folders()):
        app.installTranslator(qt_tr)
        _installed.append(qt_tr)
    else:
        log.warning("Qt's own Chinese translations (qtbase_zh_CN.qm) not found; Qt's dialogs stay English.")
    _loaded[(_current, id(app))] = (found, list(_installed))
    return found


def qt_translation_folders() -> list[str]:
    """Where PySide6's translations are: Qt's own answer, then the package's folders (a frozen
    bundle keeps them under PySide6/Qt/translations or PySide6/translations)."""
    from pathlib import Path

    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
               str(package / "Qt" / "translations"), str(package / "translations")]
    return list(dict.fromkeys(f for f in folders if f))
