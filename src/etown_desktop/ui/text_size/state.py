"""The text size in use (a percentage of the designed point sizes) and ``pt()``.

Imported at start-up by the theme: keep it free of anything heavy. At 100 % ``pt(n) == n``.
"""

from __future__ import annotations

from etown_desktop.core.accessibility import text_size as rules

_state = {"percent": rules.DEFAULT}


def percent() -> int:
    return _state["percent"]


def factor() -> float:
    return _state["percent"] / 100.0


def set_percent(value: object) -> int:
    """Make ``value`` (snapped to a step) the text size in use; returns it. Nothing is redrawn:
    :func:`etown_desktop.ui.text_size.apply.set_text_size` does that."""
    _state["percent"] = rules.parse(value)
    return _state["percent"]


def pt(points: float) -> float:
    """``points`` (a size designed for 100 %) at the text size in use."""
    p = _state["percent"]
    return float(points) if p == rules.DEFAULT else rules.scaled(points, p)


def unscaled(points: float) -> float:
    """A point size on screen back at 100 % (printed tabs keep their print sizes)."""
    return points / factor()


def screen_factor() -> float:
    """The multiplier of slides and the kiosk (sized for their screen already; bounded)."""
    return rules.screen_factor(_state["percent"])


def px(length: float) -> int:
    """A length that exists to hold text (a card's or a column's minimum width), at the text
    size in use: at 200 % a card is twice as wide, so the grid shows fewer columns."""
    return round(length * factor())
