"""Before the window opens: is there a display to open it on, and the system library Qt needs?

Without this, Qt's xcb plugin aborts with "could not load the Qt platform plugin … Reinstalling the
application may fix this" — advice that does not help. One clear line instead, then exit code 1.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping

NO_DISPLAY = ("No display found: the desktop app needs a graphical session. Set DISPLAY (or "
              "WAYLAND_DISPLAY), or use the command-line exports (etown-desktop --help).")
MISSING_LIBRARY = ("The system library {lib} that Qt needs to open a window is not installed. "
                   "Install it (Debian/Ubuntu: sudo apt install {package}), or use the command-line "
                   "exports (etown-desktop --help).")
NO_DISPLAY_ZH = ("未找到显示器：桌面应用需要图形会话。请设置 DISPLAY（或 WAYLAND_DISPLAY），"
                 "或使用命令行导出（etown-desktop --help）。")
MISSING_LIBRARY_ZH = ("未安装 Qt 打开窗口所需的系统库 {lib}。请安装它（Debian/Ubuntu：sudo apt install "
                      "{package}），或使用命令行导出（etown-desktop --help）。")
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
                    loads=loadable, lang: str = "en") -> str | None:
    """Why the window cannot open here (one sentence, in ``lang``), or None when it can."""
    no_display, missing = (NO_DISPLAY_ZH, MISSING_LIBRARY_ZH) if lang == "zh" else (NO_DISPLAY,
                                                                                  MISSING_LIBRARY)
    env = os.environ if environ is None else environ
    platform = platform or sys.platform
    if not platform.startswith("linux"):
        return None  # Windows and macOS always have a display for a desktop app
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0]
    if qpa and qpa not in ("xcb", "wayland", "wayland-egl"):
        return None  # offscreen, vnc, eglfs …: the user chose a platform that needs no X server
    if qpa.startswith("wayland") or (not qpa and env.get("WAYLAND_DISPLAY")):
        return None if env.get("WAYLAND_DISPLAY") else no_display
    if not env.get("DISPLAY"):
        return no_display
    for soname, package in XCB_LIBRARIES:
        if not loads(soname):
            return missing.format(lib=soname, package=package)
    return None


def opens_window(args: argparse.Namespace) -> bool:
    """Whether the command in ``args`` opens a window (the app, a presentation, the kiosk or its
    crash message), as opposed to writing files offscreen or reading standard input."""
    if args.command is None:
        return True
    if args.command not in ("present", "kiosk") or getattr(args, "screenshot", None) is not None:
        return False
    return not getattr(args, "set_pin", False)


def refuse_without_display(args: argparse.Namespace, lang: str = "en") -> str | None:
    """The one line to print (then exit 1) when ``args`` would open a window and cannot."""
    return display_problem(lang=lang) if opens_window(args) else None
