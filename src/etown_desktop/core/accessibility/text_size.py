"""Text size steps (View → Text size): 100 % to 200 % in steps of 25 %, Qt-free.

The text size multiplies point sizes only; display scaling (QT_SCALE_FACTOR, a screen's device
pixel ratio) is the system's business and stays independent of it (WCAG 1.4.4: text resizable
to 200 % without loss of content).
"""

from __future__ import annotations

STEPS: tuple[int, ...] = (100, 125, 150, 175, 200)
DEFAULT = 100
# Slides and the kiosk are sized for a projector or a booth screen already (30 px body text at
# 1080 px): the text size enlarges them too, but by at most this much, so a slide still fits.
SCREEN_MAX_FACTOR = 1.25


def parse(value: object) -> int:
    """A stored or typed text size ("150", 150, "150 %", 1.5) as one of :data:`STEPS`.

    Anything unreadable is the default; a number between steps snaps to the nearest step, one
    outside the range to its end (a hand-edited settings file must not make the app unusable)."""
    if isinstance(value, bool) or value is None:
        return DEFAULT
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = str(value).strip().rstrip("%").strip()
        try:
            number = float(text)
        except ValueError:
            return DEFAULT
    if number != number:  # NaN
        return DEFAULT
    if 0 < number <= 4:  # a factor (1.5) rather than a percentage
        number *= 100
    return min(STEPS, key=lambda step: (abs(step - number), step))


def larger(percent: int) -> int:
    """The next step up (200 stays 200)."""
    current = parse(percent)
    return next((s for s in STEPS if s > current), STEPS[-1])


def smaller(percent: int) -> int:
    """The next step down (100 stays 100)."""
    current = parse(percent)
    return next((s for s in reversed(STEPS) if s < current), STEPS[0])


def factor(percent: int) -> float:
    return parse(percent) / 100.0


def scaled(points: float, percent: int) -> float:
    """``points`` at text size ``percent`` (rounded to half points, as fonts are hinted)."""
    return max(1.0, round(points * factor(percent) * 2) / 2)


def screen_factor(percent: int, limit: float = SCREEN_MAX_FACTOR) -> float:
    """The multiplier for slides and the kiosk: the text size, bounded by ``limit``."""
    return min(factor(percent), max(1.0, limit))
