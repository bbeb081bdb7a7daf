"""The deck's look: the built-in one (the app's slide colours) or the template's theme."""

from __future__ import annotations

from dataclasses import dataclass

# The app's slide colours (ui/presentation/slide_style.py) and chart palette (ui/theme.py),
# repeated here because the core cannot import the UI.
BACKGROUND = "0D2238"
PANEL = "163352"
TEXT = "F2F5F9"
MUTED = "B4C3D4"
ACCENT = "FFC65C"
INK = "1B2430"
CHART_MUTED = "5B6675"
PALETTE = ("0B5CAD", "E07B00", "2E9D5B", "8E44AD", "C0392B", "16A2B8")


@dataclass(frozen=True)
class Look:
    themed: bool  # True: a template's theme decides colours and fonts
    ea_font: str | None  # the East Asian font to set on runs (None: the theme's own)

    def color(self, name: str) -> str | None:
        """A hex colour in the built-in look; None (the theme's) with a template."""
        if self.themed:
            return None
        return {"background": BACKGROUND, "panel": PANEL, "text": TEXT, "muted": MUTED,
                "accent": ACCENT, "ink": INK, "chart_muted": CHART_MUTED}[name]


def lighter(hex_color: str, amount: float = 0.55) -> str:
    """``hex_color`` mixed with white (the back colour of a distinct, hatched bar)."""
    rgb = [int(hex_color[i:i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(c + (255 - c) * amount):02X}" for c in rgb)
