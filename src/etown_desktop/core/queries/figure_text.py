"""How a figure is worded in the all-figures table: each cell's text, its sort key and the
bilingual text a row is searched by. One definition for the screen and for the database build."""

from __future__ import annotations

from typing import Any

from etown_desktop.core.formatting import (
    QUALIFIER_NAME,
    format_period,
    format_publisher,
    format_source_date,
    format_value,
    topic_name,
)
from etown_desktop.core.records import Figure, Source

FIGURE_COLUMNS = ("id", "topic", "label", "value", "unit", "qualifier", "period", "source",
                  "publisher", "date", "paragraph")
NUMERIC_SORT = {"value", "paragraph"}
LANG_FREE_SORT = {"id", "value", "date", "paragraph"}  # the same sort key in both languages


def cell_text(fig: Figure, key: str, lang: str) -> str:
    src = fig.source
    if key == "id":
        return fig.id
    if key == "topic":
        return topic_name(fig.topic, lang)
    if key == "label":
        return fig.label(lang)
    if key == "value":
        return format_value(fig, lang)
    if key == "unit":
        return fig.unit.zh if lang == "zh" else fig.unit.en
    if key == "qualifier":
        return QUALIFIER_NAME["zh" if lang == "zh" else "en"][fig.qualifier]
    if key == "period":
        return format_period(fig, lang)
    if key == "source":
        return f"{src.ref} · {src.title(lang)}"
    if key == "publisher":
        return format_publisher(src, lang)
    if key == "date":
        return format_source_date(src, lang)
    if key == "paragraph":
        return str(fig.paragraph)
    raise KeyError(key)


def sort_key(fig: Figure, key: str, lang: str) -> Any:
    """Numbers for value and paragraph, the ISO date for date, else the casefolded cell text."""
    if key == "value":
        return float(fig.value)
    if key == "paragraph":
        return int(fig.paragraph)
    if key == "date":
        return (fig.source.published or fig.source.updated or "").casefold()
    return cell_text(fig, key, lang).casefold()


def own_search_text(fig: Figure) -> str:
    """The words only this figure has: id, labels and values, both languages (casefolded).

    A word matches a figure when it occurs here, in its :func:`shared_search_text` or in its
    source's :func:`source_search_text` (words never span two parts: they contain no whitespace)."""
    bits = [fig.id, fig.label_en, fig.label_zh, format_value(fig, "en"),
            format_value(fig, "en", style="words"), format_value(fig, "zh"), str(fig.paragraph)]
    return "\n".join(b for b in bits if b).casefold()


def shared_search_text(fig: Figure) -> str:
    """The words a figure shares with many others (topic, period, note, unit), stored once."""
    bits = [fig.topic, topic_name(fig.topic, "en"), topic_name(fig.topic, "zh"), fig.period_en,
            fig.period_zh, fig.note_en, fig.note_zh, fig.unit.en, fig.unit.zh]
    return "\n".join(b for b in bits if b).casefold()


def search_text(fig: Figure) -> str:
    """Both languages, so 外资 finds a figure while the table shows English (casefolded).

    A word matches a figure when it occurs here or in its source's :func:`source_search_text`."""
    return own_search_text(fig) + "\n" + shared_search_text(fig)


def source_search_text(src: Source) -> str:
    """The part of a figure's search text that comes from its source (stored once per source)."""
    bits = [src.ref, src.title_en, src.title_zh, format_publisher(src, "en"), format_source_date(src, "en")]
    return "\n".join(b for b in bits if b).casefold()
