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
    "appstreamcli": "appstream",
}


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
