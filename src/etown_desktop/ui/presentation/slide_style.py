"""Slide colours and type sizes. Sizes are given for a 1080-pixel-high screen and scale with it:
values 80 px and body 30 px at 1080p (readable from 8 m: the brief asks for >= 72 and >= 28)."""

from __future__ import annotations

# The colours (BACKGROUND, PANEL, PANEL_PRESSED, TEXT, MUTED, ACCENT, BORDER) are those of the
# colour scheme in use (core/appearance: navy slides in light and dark, black and yellow in high
# contrast), read when a slide or the kiosk is styled: ``st.BACKGROUND`` and so on.
_COLOUR_FIELDS = {"BACKGROUND": "background", "PANEL": "panel", "PANEL_PRESSED": "panel_pressed",
                  "TEXT": "text", "MUTED": "muted", "ACCENT": "accent", "BORDER": "border"}


def __getattr__(name: str) -> str:
    field = _COLOUR_FIELDS.get(name)
    if field is None:
        raise AttributeError(name)
    from etown_desktop.ui.theme import scheme

    return getattr(scheme().slides, field)


REFERENCE_HEIGHT = 1080.0
TITLE_PX = 60
VALUE_PX = 80
BODY_PX = 30
SMALL_PX = 28  # source line, period, edition: still body size
MIN_TOUCH_PX = 48


def scaled(px: float, height: float) -> int:
    """``px`` (specified for 1080 px) for a slide ``height`` pixels high."""
    return max(1, round(px * max(height, 1) / REFERENCE_HEIGHT))
