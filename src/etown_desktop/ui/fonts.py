"""Make sure Simplified Chinese renders: register the bundled subset font only when needed."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from etown_desktop.core.errors import EtownError
from etown_desktop.core.resources import resource_path

log = logging.getLogger(__name__)

FONT_SUFFIXES = (".otf", ".ttf", ".ttc")


def installed_cjk_families() -> list[str]:
    return list(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def ensure_cjk_font() -> str | None:
    """Return a family that covers Simplified Chinese, registering the bundled one if none is installed.

    Returns None (and logs a warning) when the system has none and no bundled font can be loaded:
    Chinese text would then show as boxes, which is better than failing to start.
    """
    families = installed_cjk_families()
    if families:
        log.debug("CJK font available: %s", families[0])
        return families[0]
    try:
        folder = resource_path("fonts")
    except EtownError as exc:
        log.warning("No installed font covers Simplified Chinese and no bundled font folder: %s", exc)
        return None
    for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Could not load bundled font %s", path)
            continue
        loaded = QFontDatabase.applicationFontFamilies(font_id)
        if loaded:
            log.info("Registered bundled CJK font %s from %s", loaded[0], path.name)
            return loaded[0]
    log.warning("No installed font covers Simplified Chinese and no bundled font could be loaded.")
    return None
