"""Visual width of a text in half-width columns (a Chinese character counts twice).

Length checks that decide a font size or a line break must use this, not ``len()``: a Chinese
value such as "约310亿元/平方公里" has few characters but is as wide as a long English one.
"""

from __future__ import annotations

import unicodedata


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
