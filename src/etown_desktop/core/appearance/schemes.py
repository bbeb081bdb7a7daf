"""The app's colour sets: window colours, chart series, slides and kiosk, for each scheme.

Every text/background pair meets WCAG 2.2's 4.5:1 (high contrast aims at 7:1), every mark (bar,
focus ring, border) 3:1 — core/accessibility/scheme_pairs.py lists the pairs, the contrast test
computes them. Exports (PDF, PNG, SVG, PPTX) always use the light set: they are printed.
"""

# (No ``from __future__ import annotations``: typing.NamedTuple compiles each field's annotation
# given as a string, 24 compilations at start-up; these annotations are plain types.)
from typing import NamedTuple

# The user's choice (View → Appearance) and the schemes it resolves to.
SYSTEM, LIGHT_NAME, DARK_NAME, HIGH_CONTRAST_NAME = "system", "light", "dark", "high_contrast"
APPEARANCES = (SYSTEM, LIGHT_NAME, DARK_NAME, HIGH_CONTRAST_NAME)


class Colors(NamedTuple):  # immutable; a NamedTuple is cheaper to define at startup than a dataclass
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    border: str
    accent: str
    accent_text: str
    header: str
    warn: str = "#9a5800"  # a caution ("thin evidence", "data is old")
    error: str = "#b00020"  # a field's error message
    highlight: str = "#ffd666"  # a quoted passage in a source article
    highlight_text: str = "#1b2430"


LIGHT = Colors(window="#f4f6f9", base="#ffffff", alternate="#f0f4fa", text="#1b2430",
               muted="#5b6675", border="#d5dbe3", accent="#0b5cad", accent_text="#ffffff",
               header="#e8eef6")
DARK = Colors(window="#1e2228", base="#262b33", alternate="#2d333c", text="#e8ecf1",
              muted="#a3adba", border="#3d4450", accent="#62a9ee", accent_text="#0d1117",
              header="#313843", warn="#f0a040", error="#ff8a8a", highlight="#8a6d00",
              highlight_text="#ffffff")
# Black ground, white text, yellow accents and focus, strong light-grey borders.
HIGH_CONTRAST = Colors(window="#000000", base="#000000", alternate="#1a1a1a", text="#ffffff",
                       muted="#e6e6e6", border="#c8c8c8", accent="#ffff00", accent_text="#000000",
                       header="#1f1f1f", warn="#ffc04d", error="#ff9090", highlight="#ffff00",
                       highlight_text="#000000")

# Series colours of every chart; bars of estimates and Beijing-wide context also carry a hatch
# pattern and a dashed outline in every scheme, so no chart relies on colour alone.
CHART_PALETTE = ("#0b5cad", "#d47500", "#2e9d5b", "#8e44ad", "#c0392b", "#16a2b8")
CHART_PALETTE_DARK = ("#4d9be6", "#f0a040", "#4cc27f", "#b07cd8", "#e5675a", "#3cc4d8")
CHART_PALETTE_HIGH_CONTRAST = ("#ffff00", "#00ffff", "#ff80ff", "#80ff00", "#ffa64d", "#ffffff")


class SlideColors(NamedTuple):
    """Presentation slides and the kiosk: a dark design for projectors and booth screens."""

    background: str
    panel: str
    panel_pressed: str
    text: str
    muted: str
    accent: str
    border: str  # a card's edge, 3:1 on the background and on the panel (WCAG 1.4.11)


# Light and dark share the navy slides (already a dark design, made for projectors).
SLIDES = SlideColors(background="#0d2238", panel="#163352", panel_pressed="#1f4670", text="#f2f5f9",
                     muted="#b4c3d4", accent="#ffc65c", border="#5f84ad")
SLIDES_HIGH_CONTRAST = SlideColors(background="#000000", panel="#141414", panel_pressed="#333333",
                                   text="#ffffff", muted="#e6e6e6", accent="#ffff00", border="#ffffff")


class Scheme(NamedTuple):
    name: str
    colors: Colors
    chart_palette: tuple[str, ...]
    slides: SlideColors


SCHEMES: dict[str, Scheme] = {
    LIGHT_NAME: Scheme(LIGHT_NAME, LIGHT, CHART_PALETTE, SLIDES),
    DARK_NAME: Scheme(DARK_NAME, DARK, CHART_PALETTE_DARK, SLIDES),
    HIGH_CONTRAST_NAME: Scheme(HIGH_CONTRAST_NAME, HIGH_CONTRAST, CHART_PALETTE_HIGH_CONTRAST,
                               SLIDES_HIGH_CONTRAST),
}
PRINT = SCHEMES[LIGHT_NAME]  # exports


def normalize(appearance: object) -> str:
    """A stored or typed choice as one of :data:`APPEARANCES` (anything else: ``system``)."""
    value = str(appearance or "").strip().lower().replace("-", "_").replace(" ", "_")
    return value if value in APPEARANCES else SYSTEM


def resolve(appearance: str, system_dark: bool) -> Scheme:
    """The scheme a choice stands for: ``system`` follows the system's light/dark preference."""
    appearance = normalize(appearance)
    if appearance == SYSTEM:
        appearance = DARK_NAME if system_dark else LIGHT_NAME
    return SCHEMES[appearance]
