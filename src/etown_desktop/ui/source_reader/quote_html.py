"""HTML of a paragraph with the figure's number highlighted (shared by the quote and the article)."""

from __future__ import annotations

import html

from etown_desktop.core.provenance import find_number
from etown_desktop.ui import theme


def highlight_colors() -> tuple[str, str]:
    """(background, text) of a highlighted number, readable in light and dark themes."""
    c = theme.colors()
    return c.highlight, c.highlight_text


def paragraph_html(text: str, value: float | None) -> str:
    """``text`` escaped, with the first place ``value`` is written marked."""
    span = find_number(text, value) if value is not None else None
    if span is None:
        return html.escape(text)
    bg, fg = highlight_colors()
    start, end = span
    return (html.escape(text[:start])
            + f"<span style='background:{bg}; color:{fg}; font-weight:700'>"
            + html.escape(text[start:end]) + "</span>" + html.escape(text[end:]))
