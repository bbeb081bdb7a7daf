"""Which (context, source text) a translated string came from, read from the bundled .ts file.

Widgets set their text once with tr(); to put the same text into another language later we need
its source and context. English text is its own source; Chinese text is looked up here."""

from __future__ import annotations

import logging
from functools import lru_cache

from etown_desktop.core.errors import EtownError

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _catalogue() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """(by source text, by Chinese text) -> (context, source)."""
    import xml.etree.ElementTree as ET  # here: ~3 ms, only when the language is switched

    from etown_desktop.core.resources import resource_path

    by_source: dict[str, tuple[str, str]] = {}
    by_translation: dict[str, tuple[str, str]] = {}
    try:
        root = ET.parse(resource_path("translations", "etown_zh.ts")).getroot()
    except (EtownError, ET.ParseError, OSError) as exc:
        log.warning("No translation catalogue (%s); menus keep their language.", exc)
        return by_source, by_translation
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            translation = msg.findtext("translation") or ""
            by_source.setdefault(source, (name, source))
            if translation:
                by_translation.setdefault(translation, (name, source))
    return by_source, by_translation


def origin(text: str, lang: str) -> tuple[str, str] | None:
    """(context, source) of ``text`` shown in ``lang``, or None when it is not one of ours."""
    by_source, by_translation = _catalogue()
    if lang == "zh":
        return by_translation.get(text) or by_source.get(text)
    return by_source.get(text)
