"""The application icon (window title bar, task bar, dialogs), from the PNG sizes in resources/icons.

The PNGs, the Windows .ico and the macOS .icns are generated from ``etown-desktop.svg`` by
``tools/make_icons.py``; PNGs need no image plugin, so the icon shows in every build.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QIcon

from etown_desktop.core.errors import EtownError

log = logging.getLogger(__name__)

ICON_NAME = "etown-desktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The app icon with every bundled size (empty when the files are missing: Qt's default)."""
    from etown_desktop.core.resources import resource_path

    icon = QIcon()
    for size in ICON_SIZES:
        try:
            path = resource_path("icons", f"{ICON_NAME}-{size}.png")
        except EtownError as exc:
            log.warning("App icon missing: %s", exc)
            continue
        icon.addFile(str(path))
    return icon
