"""Slide colours and type sizes. Sizes are given for a 1080-pixel-high screen and scale with it:
values 80 px and body 30 px at 1080p (readable from 8 m: the brief asks for >= 72 and >= 28)."""

from __future__ import annotations

BACKGROUND = "#0d2238"
PANEL = "#163352"
PANEL_PRESSED = "#1f4670"
TEXT = "#f2f5f9"
MUTED = "#b4c3d4"
ACCENT = "#ffc65c"
BORDER = "#5f84ad"  # a card's edge, 3:1 on the background and on the panel (WCAG 1.4.11)

REFERENCE_HEIGHT = 1080.0
TITLE_PX = 60
VALUE_PX = 80
BODY_PX = 30
SMALL_PX = 28  # source line, period, edition: still body size
MIN_TOUCH_PX = 48


def scaled(px: float, height: float) -> int:
    """``px`` (specified for 1080 px) for a slide ``height`` pixels high."""
    return max(1, round(px * max(height, 1) / REFERENCE_HEIGHT))
