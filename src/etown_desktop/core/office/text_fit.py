"""Estimate how much room a text needs, to choose a font size that fits its box (Office files
carry no layout: PowerPoint and LibreOffice wrap the text themselves, so the size is chosen so
that it fits with some slack in either)."""

from __future__ import annotations

import math
import re
import unicodedata

_TOKENS = re.compile(r"[\u2e80-\u9fff\uf900-\uffef]|[^\s\u2e80-\u9fff\uf900-\uffef]+\s*|\s+")
LATIN_EM = 0.55  # average advance of a proportional Latin face (Calibri ≈ 0.49, Arial ≈ 0.55)
WIDE_EM = 1.0
SLACK = 0.9  # use 90 % of the box width: the renderer's font may be a little wider


DIGIT_EM = 0.66  # digits and capitals are wider than the average (DejaVu Sans, LibreOffice's fallback)
SPACE_EM = 0.32


def _em(ch: str) -> float:
    if unicodedata.east_asian_width(ch) in "WF":
        return WIDE_EM
    if ch.isdigit() or ch.isupper() or ch in "¥$%@&mwMW":
        return DIGIT_EM
    return SPACE_EM if ch == " " else LATIN_EM


def text_width(text: str, pt: float, bold: bool = False) -> float:
    """Width in points of ``text`` set at ``pt``."""
    return sum(_em(ch) for ch in text) * pt * (1.08 if bold else 1.0)


def line_count(text: str, pt: float, width_pt: float, bold: bool = False) -> int:
    """Lines after greedy wrapping (English at spaces, Chinese between characters)."""
    usable = max(width_pt * SLACK, pt)
    total = 0
    for para in text.split("\n"):
        lines, cur = 1, 0.0
        for tok in _TOKENS.findall(para):
            w = text_width(tok, pt, bold)
            if cur and cur + w > usable:
                lines += 1
                cur = text_width(tok.lstrip(), pt, bold)
                while cur > usable:  # a token longer than the line breaks anywhere
                    lines += 1
                    cur -= usable
            else:
                cur += w
        total += lines
    return total


def block_height(parts: list[tuple[str, float, bool]], width_pt: float, leading: float = 1.2,
                 space: float = 0.25) -> float:
    """Height in points of paragraphs (text, pt, bold) in a box ``width_pt`` wide."""
    return sum(line_count(t, pt, width_pt, bold) * pt * leading + pt * space for t, pt, bold in parts)


def fit_scale(parts: list[tuple[str, float, bool]], width_pt: float, height_pt: float,
              smallest: float = 0.5) -> float:
    """The largest factor (≤ 1, ≥ ``smallest``) by which the sizes of ``parts`` can be multiplied
    so that they fit the box."""
    scale = 1.0
    while scale > smallest:
        if block_height([(t, pt * scale, b) for t, pt, b in parts], width_pt) <= height_pt:
            return scale
        scale = math.floor(scale * 100 - 5) / 100
    return smallest
