"""The bundled CJK subset font: registered once, used by exports always and by the window only
when no installed family covers Simplified Chinese."""

from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtGui import QFontDatabase

from etown_desktop.core.errors import EtownError
from etown_desktop.core.resources import resource_path

log = logging.getLogger(__name__)

BUNDLED_FONT = ("fonts", "NotoSansSC-Subset.otf")


def installed_cjk_families() -> list[str]:
    return list(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


@lru_cache(maxsize=1)
def bundled_family() -> str | None:
    """Register the bundled subset font (once per process); its family, or None if it is missing
    or cannot be loaded."""
    try:
        path = resource_path(*BUNDLED_FONT)
    except EtownError as exc:
        log.warning("Bundled font missing: %s", exc)
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("Could not load the bundled font %s", path)
        return None
    log.info("Registered bundled font %s from %s", families[0], path.name)
    return families[0]


def ensure_cjk_font() -> str | None:
    """Return a family that covers Simplified Chinese, registering the bundled one if none is installed.

    Returns None (and logs a warning) when the system has none and no bundled font can be loaded:
    Chinese text would then show as boxes, which is better than failing to start.
    """
    families = installed_cjk_families()
    if families:
        log.debug("CJK font available: %s", families[0])
        return families[0]
    family = bundled_family()
    if family is None:
        log.warning("No installed font covers Simplified Chinese and no bundled font could be loaded.")
    return family
