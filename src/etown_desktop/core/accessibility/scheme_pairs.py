"""Every foreground/background pair of colours the app paints, for every colour scheme (light,
dark, high contrast), with the contrast WCAG asks of it: text 4.5:1, large text and non-text
marks (bars, focus rings, field and card borders) 3:1. Qt-free: read from core/appearance."""

from __future__ import annotations

from etown_desktop.core.accessibility.contrast import LARGE_TEXT_MIN, NON_TEXT_MIN, ColourPair
from etown_desktop.core.appearance.schemes import HIGH_CONTRAST_NAME, SCHEMES, Colors, Scheme, SlideColors


def window_pairs(name: str, c: Colors, palette: tuple[str, ...]) -> list[ColourPair]:
    pairs = []
    for bg_name in ("window", "base", "alternate", "header"):
        bg = getattr(c, bg_name)
        pairs += [
            ColourPair(f"{name}: text on {bg_name}", c.text, bg),
            ColourPair(f"{name}: muted text on {bg_name}", c.muted, bg),  # status bar, meta, tabs
            ColourPair(f"{name}: accent text (links, kickers, selected tab) on {bg_name}", c.accent, bg),
            ColourPair(f"{name}: focus ring on {bg_name}", c.accent, bg, NON_TEXT_MIN),
            ColourPair(f"{name}: warning text on {bg_name}", c.warn, bg),
            ColourPair(f"{name}: error text on {bg_name}", c.error, bg),
        ]
    pairs.append(ColourPair(f"{name}: selected text on the selection", c.accent_text, c.accent))
    pairs.append(ColourPair(f"{name}: quoted number on its highlight", c.highlight_text, c.highlight))
    pairs.append(ColourPair(f"{name}: field border (muted) on base", c.muted, c.base, NON_TEXT_MIN))
    pairs.append(ColourPair(f"{name}: keyboard bar outline on base", c.text, c.base, NON_TEXT_MIN))
    if name == HIGH_CONTRAST_NAME:  # its strong edges; light and dark panel borders are decoration
        for bg_name in ("window", "base", "header"):
            pairs.append(ColourPair(f"{name}: panel and table border on {bg_name}", c.border,
                                    getattr(c, bg_name), NON_TEXT_MIN))
    for i, colour in enumerate(palette):  # chart bars, lines and legend squares on the plot
        pairs.append(ColourPair(f"{name}: chart series {i + 1} on base", colour, c.base, NON_TEXT_MIN))
    return pairs


def slide_pairs(name: str, s: SlideColors) -> list[ColourPair]:
    """Presentation slides and the kiosk (bar, source card, PIN pad, Still there?)."""
    pairs = []
    for bg_name, bg in (("background", s.background), ("panel", s.panel), ("pressed panel", s.panel_pressed)):
        pairs += [
            ColourPair(f"{name} slides: text on {bg_name}", s.text, bg),
            ColourPair(f"{name} slides: muted text on {bg_name}", s.muted, bg),
            ColourPair(f"{name} slides: accent value on {bg_name}", s.accent, bg),
        ]
    pairs.append(ColourPair(f"{name} slides: card border on background", s.border, s.background, NON_TEXT_MIN))
    pairs.append(ColourPair(f"{name} slides: card border on panel", s.border, s.panel, NON_TEXT_MIN))
    pairs.append(ColourPair(f"{name} kiosk: source card / PIN pad edge (accent) on background",
                            s.accent, s.background, NON_TEXT_MIN))
    pairs.append(ColourPair(f"{name} kiosk: Continue (Still there?) on its accent button",
                            s.background, s.accent, LARGE_TEXT_MIN))
    pairs.append(ColourPair(f"{name} kiosk: Continue (Still there?) as body text", s.background, s.accent))
    return pairs


def scheme_pairs(scheme: Scheme) -> list[ColourPair]:
    return window_pairs(scheme.name, scheme.colors, scheme.chart_palette) + slide_pairs(scheme.name, scheme.slides)


def all_scheme_pairs() -> dict[str, list[ColourPair]]:
    """Scheme name -> its pairs."""
    return {name: scheme_pairs(scheme) for name, scheme in SCHEMES.items()}
