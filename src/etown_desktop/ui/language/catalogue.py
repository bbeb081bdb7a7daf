"""Which (context, source text) a translated string came from, read from the bundled .ts file.

Widgets set their text once with tr(); to put the same text into another language later we need
its source and context. English text is its own source; Chinese text is looked up here. A text
that several contexts share is resolved to the context of the widget (or one of its owners)
that set it, where one of them matches."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import lru_cache

from etown_desktop.core.errors import EtownError

log = logging.getLogger(__name__)

Origin = tuple[str, str]


@lru_cache(maxsize=1)
def _catalogue() -> dict[str, list[Origin]]:
    """Shown text (English source or Chinese translation) -> its (context, source) candidates,
    sources before translations."""
    import xml.etree.ElementTree as ET  # here: ~3 ms, only when the language is switched

    from etown_desktop.core.resources import resource_path

    by_source: dict[str, list[Origin]] = {}
    by_translation: dict[str, list[Origin]] = {}
    try:
        root = ET.parse(resource_path("translations", "etown_zh.ts")).getroot()
    except (EtownError, ET.ParseError, OSError) as exc:
        log.warning("No translation catalogue (%s); menus keep their language.", exc)
        return {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            if msg.get("numerus") == "yes":
                continue  # plural forms are formatted with a count: their owners retranslate them
            source = msg.findtext("source") or ""
            translation = msg.findtext("translation") or ""
            by_source.setdefault(source, []).append((name, source))
            if translation:
                by_translation.setdefault(translation, []).append((name, source))
    merged = dict(by_translation)
    for text, found in by_source.items():
        merged[text] = found + merged.get(text, [])
    return merged


def origin(text: str, contexts: Iterable[str] = ()) -> Origin | None:
    """(context, source) of ``text`` shown in either language, or None when it is not one of
    ours; among several, the first whose context is in ``contexts`` (nearest owner first)."""
    found = _catalogue().get(text)
    if not found:
        return None
    if len(found) > 1:
        names = {ctx for ctx, _ in found}
        for ctx in contexts:
            if ctx in names:
                return next(o for o in found if o[0] == ctx)
    return found[0]
