"""WCAG 2.2 contrast: relative luminance and contrast ratio of two sRGB colours (1.4.3, 1.4.11).

https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio — (L1 + 0.05) / (L2 + 0.05), L1 the lighter.
"""

from __future__ import annotations

from dataclasses import dataclass

TEXT_MIN = 4.5  # 1.4.3, normal text
LARGE_TEXT_MIN = 3.0  # 1.4.3, large text (18 pt, or 14 pt bold)
NON_TEXT_MIN = 3.0  # 1.4.11, bars, focus rings, field borders


def _channel(c8: int) -> float:
    c = c8 / 255.0
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def parse_hex(colour: str) -> tuple[int, int, int]:
    """'#0b5cad' or '#fff' -> (11, 92, 173)."""
    h = colour.strip().lstrip("#")
    if len(h) == 3:
        h = "".join(ch * 2 for ch in h)
    if len(h) != 6:
        raise ValueError(f"Not an #rrggbb colour: {colour!r}")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def relative_luminance(colour: str) -> float:
    r, g, b = (_channel(c) for c in parse_hex(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


@dataclass(frozen=True)
class ColourPair:
    """A foreground painted on a background, and the ratio WCAG asks of it."""

    what: str  # "muted text on the window", for the report
    foreground: str
    background: str
    minimum: float = TEXT_MIN

    @property
    def ratio(self) -> float:
        return contrast_ratio(self.foreground, self.background)

    @property
    def passes(self) -> bool:
        return self.ratio >= self.minimum
