"""The interface language a first start should use, read from the system locale (Qt-free).

POSIX order: ``LANGUAGE`` (a colon-separated preference list), then ``LC_ALL``, ``LC_MESSAGES``,
``LANG``; elsewhere (Windows, macOS apps started from the Finder) the C library's locale.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping

LANGUAGES = ("en", "zh")


def _from_tag(tag: str | None) -> str | None:
    """'zh_CN.UTF-8' → 'zh', 'en_GB' → 'en', 'C'/'POSIX'/'' → None (no preference stated)."""
    if not tag:
        return None
    base = tag.split(".")[0].split("@")[0].replace("-", "_").lower()
    if base in ("c", "posix", ""):
        return None
    return "zh" if base.startswith("zh") else "en"


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """'zh' when the system asks for Chinese, otherwise 'en'."""
    env = os.environ if environ is None else environ
    for part in env.get("LANGUAGE", "").split(":"):
        found = _from_tag(part)
        if found:
            return found
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        found = _from_tag(env.get(name))
        if found:
            return found
    if environ is None:
        try:
            found = _from_tag(locale.getlocale()[0])
        except ValueError:
            found = None
        if found:
            return found
    return "en"
