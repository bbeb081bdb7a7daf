"""Switch the interface language of the running app and remember the choice.

Installing the translator makes Qt send ``QEvent.LanguageChange`` to every widget; each window
retranslates itself there (the main window rebuilds its pages, slides re-resolve their data)."""

from __future__ import annotations

import logging

from etown_desktop.ui import i18n

log = logging.getLogger(__name__)


def switch_language(lang: str, remember: bool = True) -> str:
    """Make ``lang`` ("en" or "zh") the interface language now; returns it."""
    lang = i18n.normalize(lang)
    if lang == "zh":
        from etown_desktop.ui.fonts import ensure_cjk_font

        ensure_cjk_font()
    if lang != i18n.current_language():
        i18n.install_translator(lang)
        log.info("Interface language: %s", lang)
    if remember:
        from etown_desktop.ui.settings import AppSettings

        settings = AppSettings()
        settings.language = lang
        settings.sync()
    return lang


def toggle_language(remember: bool = True) -> str:
    """English <-> Chinese (the presenter's L key, the kiosk's EN | 中文 button)."""
    return switch_language("en" if i18n.current_language() == "zh" else "zh", remember)
