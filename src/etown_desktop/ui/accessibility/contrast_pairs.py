"""Every foreground/background pair of colours the app paints, from the theme and the slides,
with the contrast WCAG asks of it (text 4.5:1; large text and non-text marks 3:1)."""

from __future__ import annotations

from etown_desktop.core.accessibility.contrast import NON_TEXT_MIN, ColourPair
from etown_desktop.ui import theme
from etown_desktop.ui.presentation import slide_style as st


def theme_pairs(name: str, c: theme.Colors, palette: tuple[str, ...]) -> list[ColourPair]:
    pairs = []
    for bg_name in ("window", "base", "alternate", "header"):
        bg = getattr(c, bg_name)
        pairs += [
            ColourPair(f"{name}: text on {bg_name}", c.text, bg),
            ColourPair(f"{name}: muted text on {bg_name}", c.muted, bg),  # status bar, meta, tabs
            ColourPair(f"{name}: accent text (links, kickers, selected tab) on {bg_name}", c.accent, bg),
            ColourPair(f"{name}: focus ring on {bg_name}", c.accent, bg, NON_TEXT_MIN),
        ]
    pairs.append(ColourPair(f"{name}: selected text on the selection", c.accent_text, c.accent))
    pairs.append(ColourPair(f"{name}: field border (muted) on base", c.muted, c.base, NON_TEXT_MIN))
    pairs.append(ColourPair(f"{name}: keyboard bar outline on base", c.text, c.base, NON_TEXT_MIN))
    for i, colour in enumerate(palette):  # chart bars and lines on the plot's background
        pairs.append(ColourPair(f"{name}: chart series {i + 1} on base", colour, c.base, NON_TEXT_MIN))
    return pairs


def slide_pairs() -> list[ColourPair]:
    pairs = []
    for bg_name, bg in (("background", st.BACKGROUND), ("panel", st.PANEL), ("pressed panel", st.PANEL_PRESSED)):
        pairs += [
            ColourPair(f"slides: text on {bg_name}", st.TEXT, bg),
            ColourPair(f"slides: muted text on {bg_name}", st.MUTED, bg),
            ColourPair(f"slides: accent value on {bg_name}", st.ACCENT, bg),
        ]
    pairs.append(ColourPair("slides: card border on background", st.BORDER, st.BACKGROUND, NON_TEXT_MIN))
    pairs.append(ColourPair("slides: card border on panel", st.BORDER, st.PANEL, NON_TEXT_MIN))
    pairs.append(ColourPair("kiosk: Continue (Still there?) on its accent button", st.BACKGROUND, st.ACCENT))
    return pairs


def all_pairs() -> list[ColourPair]:
    return (theme_pairs("light", theme.LIGHT, theme.CHART_PALETTE)
            + theme_pairs("dark", theme.DARK, theme.CHART_PALETTE_DARK) + slide_pairs())
