"""Before the window opens: is there a display to open it on, and the system library Qt needs?

Without this, Qt's xcb plugin aborts with "could not load the Qt platform plugin … Reinstalling the
application may fix this" — advice that does not help. One clear line instead, then exit code 1.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

NO_DISPLAY = ("No display found: the desktop app needs a graphical session. Set DISPLAY (or "
              "WAYLAND_DISPLAY), or use the command-line exports (etown-desktop --help).")
MISSING_LIBRARY = ("The system library {lib} that Qt needs to open a window is not installed. "
                   "Install it (Debian/Ubuntu: sudo apt install {package}), or use the command-line "
                   "exports (etown-desktop --help).")
# Libraries Qt's xcb plugin loads that a minimal desktop may lack (the README lists them all).
XCB_LIBRARIES = (("libxcb-cursor.so.0", "libxcb-cursor0"), ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
                 ("libxcb-icccm.so.4", "libxcb-icccm4"), ("libxcb-keysyms.so.1", "libxcb-keysyms1"))


def loadable(soname: str) -> bool:
    """Whether the dynamic loader finds ``soname`` (a dlopen: well under a millisecond)."""
    import ctypes  # only on X11, where it is needed

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def display_problem(environ: Mapping[str, str] | None = None, platform: str | None = None,
                    loads=loadable) -> str | None:
    """Why the window cannot open here (one sentence), or None when it can."""
    env = os.environ if environ is None else environ
    platform = platform or sys.platform
    if not platform.startswith("linux"):
        return None  # Windows and macOS always have a display for a desktop app
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0]
    if qpa and qpa not in ("xcb", "wayland", "wayland-egl"):
        return None  # offscreen, vnc, eglfs …: the user chose a platform that needs no X server
    if qpa.startswith("wayland") or (not qpa and env.get("WAYLAND_DISPLAY")):
        return None if env.get("WAYLAND_DISPLAY") else NO_DISPLAY
    if not env.get("DISPLAY"):
        return NO_DISPLAY
    for soname, package in XCB_LIBRARIES:
        if not loads(soname):
            return MISSING_LIBRARY.format(lib=soname, package=package)
    return None
