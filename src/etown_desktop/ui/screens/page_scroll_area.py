"""The scrolling area a tab's page is: its preferred size without working its content out.

Qt's QScrollArea prefers its content's size hint, capped at 36 × 24 lines of its font, and working
that hint out means laying the whole page out at one width (every wrapped label, every flow of
cards). The tab widget asks every page for it, hidden ones included, each time its own hint is
asked anew — at start-up and at the first switch of tabs, ~60 ms for the hidden pages that nobody
looks at (issue 22) — and keeps the largest answer. The fact tabs' pages are larger than the cap
both ways, so that largest answer is the cap anyway (a smaller page, Sources' or the profile's,
answering the cap changes nothing; tests/ui/test_page_scroll_area.py compares the two). A page
prefers the cap: its content is laid out when it is shown, at the width it has.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QScrollArea

# QScrollArea::sizeHint() bounds its answer to this many lines wide and high of its font
MOST_LINES_WIDE = 36
MOST_LINES_HIGH = 24


class PageScrollArea(QScrollArea):
    def sizeHint(self) -> QSize:  # noqa: N802
        line = self.fontMetrics().height()
        return QSize(MOST_LINES_WIDE * line, MOST_LINES_HIGH * line)
