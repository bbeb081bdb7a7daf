"""Write a sample visit log (a made-up booth day, seeded, so it is the same every time) to try
`etown-desktop stats` and to draw the README's booth report. Never mixes with a real log:

    python tools/sample_visit_log.py OUT.sqlite

The events follow the real kiosk's rules (VisitTracker): visits of 20 s to 4 min, a few slides and
taps each, about one visitor in three switching to Chinese."""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

from etown_desktop.core.visits.tracker import VisitTracker
from etown_desktop.core.visits.visit_log import VisitLog

SLIDES = 11
FIGURES = ("F001", "F046", "F019", "F037", "F033", "F034", "F035", "F004", "F009", "F010")


def main(out: Path) -> int:
    rng = random.Random(8)
    now = [datetime(2026, 11, 20, 9, 0).timestamp()]
    clock = lambda: now[0]  # noqa: E731
    log = VisitLog(out, clock=clock)
    tracker = VisitTracker(log, "zone", "en", clock=clock)
    while now[0] < datetime(2026, 11, 20, 17, 0).timestamp():
        now[0] += rng.uniform(60, 900)  # the booth waits for the next visitor
        tracker.activity()
        tracker.slide_shown(0)
        if rng.random() < 0.35:
            tracker.language_chosen("zh")
        for _ in range(rng.randint(1, 7)):
            now[0] += rng.uniform(5, 40)
            tracker.activity()
            if rng.random() < 0.5:
                tracker.figure_tapped(rng.choice(FIGURES), 0)
            tracker.slide_shown(rng.randrange(SLIDES))
        now[0] += 90  # the idle timeout ends the visit
        tracker.idle()
        tracker.lang = "en"
    log.close()
    print(f"Wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
