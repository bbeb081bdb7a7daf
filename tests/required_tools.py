"""What the suite needs from the machine (pdftotext, rsvg-convert, Xvfb, openbox, xdotool …, and
the test extra's Python packages), in one place.

A developer's machine may lack some of them: the tests that need one are skipped, saying which and
from which Debian package. CI (``.ci/run``) installs every one and sets ``ETOWN_CI_STRICT=1``: there
a missing tool, a missing test package or an X server that will not start FAILS the test instead
of skipping it, so a run cannot pass by quietly testing less.

Skips that are not about the machine's tools stay skips (root ignores folder permissions, a
Windows-only or Linux-only case).
"""

from __future__ import annotations

import importlib
import os
import shutil
from types import ModuleType
from typing import NoReturn

import pytest

STRICT_ENV = "ETOWN_CI_STRICT"

# Debian packages, named in the skip message.
PACKAGES = {
    "pdftotext": "poppler-utils", "pdffonts": "poppler-utils", "pdfinfo": "poppler-utils",
    "pdfimages": "poppler-utils", "pdftoppm": "poppler-utils", "rsvg-convert": "librsvg2-bin",
    "Xvfb": "xvfb", "openbox": "openbox", "xdotool": "xdotool", "wmctrl": "wmctrl",
    "xwininfo": "x11-utils", "xprop": "x11-utils", "import": "imagemagick", "strace": "strace",
    "unshare": "util-linux", "desktop-file-validate": "desktop-file-utils",
    "appstreamcli": "appstream", "gdb": "gdb",
    # Issue 21: the AT-SPI test (a private D-Bus session bus, the accessibility bus, pyatspi).
    "dbus-daemon": "dbus-daemon", "dbus-send": "dbus-bin", "at-spi-bus-launcher": "at-spi2-core",
}
# Programs installed outside PATH (Debian puts daemons in /usr/libexec).
LIBEXEC_DIRS = ("/usr/libexec", "/usr/lib/at-spi2-core", "/usr/lib/at-spi2")
SYSTEM_PYTHON = "/usr/bin/python3"
# Python modules Debian ships for its own python3 only (not installable into the venv with pip).
SYSTEM_PYTHON_PACKAGES = {"pyatspi": "python3-pyatspi"}


def strict() -> bool:
    """Whether a missing tool fails the run (CI) instead of skipping (a developer's machine)."""
    return os.environ.get(STRICT_ENV, "").strip() not in ("", "0")


def unavailable(reason: str) -> NoReturn:
    """Skip the test for ``reason`` — or, under ``ETOWN_CI_STRICT=1``, fail it."""
    if strict():
        pytest.fail(f"{reason} — {STRICT_ENV} is set (CI installs every tool), so this fails "
                    f"instead of skipping", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


def require_tool(name: str) -> str:
    """The path of the program ``name``; skips (or fails under strict) when it is not installed."""
    path = shutil.which(name)
    if path is None:
        package = PACKAGES.get(name)
        unavailable(f"{name} is not installed" + (f" (Debian: {package})" if package else ""))
    return path


def require_libexec(name: str) -> str:
    """The path of a daemon Debian installs outside PATH (``/usr/libexec/at-spi-bus-launcher``);
    skips (or fails under strict) when it is not installed."""
    for folder in LIBEXEC_DIRS:
        path = os.path.join(folder, name)
        if os.access(path, os.X_OK):
            return path
    return require_tool(name)  # on PATH after all, or the skip naming its package


def require_system_python_module(name: str) -> str:
    """The system Python (``/usr/bin/python3``) that can import ``name`` (python3-pyatspi works
    with Debian's python3 only); skips (or fails under strict) when it cannot."""
    import subprocess

    package = SYSTEM_PYTHON_PACKAGES.get(name)
    hint = f" (Debian: {package})" if package else ""
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        unavailable(f"{SYSTEM_PYTHON} is not installed, needed for {name}{hint}")
    result = subprocess.run([SYSTEM_PYTHON, "-c", f"import {name}"], capture_output=True, text=True,
                            timeout=60, env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    if result.returncode != 0:
        unavailable(f"{SYSTEM_PYTHON} cannot import {name}{hint}: {result.stderr.strip()[-300:]}")
    return SYSTEM_PYTHON


def require_tools(*names: str) -> list[str]:
    return [require_tool(name) for name in names]


def require_module(name: str) -> ModuleType:
    """``pytest.importorskip`` that fails under strict: the test extra is installed in CI."""
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        unavailable(f"the Python package {name} is not installed (pip install .[test]): {exc}")


def check_markers(item: pytest.Item) -> None:
    """``@pytest.mark.requires_tools("pdftotext", …)`` on a test, its class or module."""
    for mark in item.iter_markers("requires_tools"):
        require_tools(*mark.args)
