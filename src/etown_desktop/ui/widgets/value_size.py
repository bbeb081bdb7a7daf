"""One value size for every KPI card of a grid (or of several grids side by side).

Each card alone took the largest size at which its own value stayed on one line, so in one row a
short value stood at 24 pt beside a long one shrunk to 14 pt or wrapped at 18 pt. A grid instead
asks, on each of its layout passes, what size every card needs at the width it got
(:meth:`KpiCard.value_pt_for`: a short value on one line, down to ``MIN_VALUE_PT``; a long one down
to ``WRAP_VALUE_PT``, where it wraps) and gives all of them the smallest: the values of a row and
of the whole grid read at one size, never below the readable minimum at the text size in use.
Grids whose rows stand side by side (the card grids of the cluster boxes) share one rule.

The size is decided before the pass measures the cards' heights, so the row is laid out at it in
the same pass. What a grid needs depends only on its cards' width and texts, never on the size in
use, so a pass that changes the size leads to one more pass that changes nothing. A grid's need
goes down as soon as its cards get narrower, but up only once they are more than ``GROW_SLACK`` px
wider than where it last changed: a vertical scroll bar that comes with the smaller (or goes with
the larger) type and gives the width back would otherwise flip the size back and forth.
``changes`` counts the decisions that changed the size (tests read it).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from etown_desktop.ui.widgets.kpi_card import KpiCard

GROW_SLACK = 24  # px: wider than a vertical scroll bar


class SharedValueSize:
    """The value size of the KPI cards of one or more FlowLayout grids."""

    def __init__(self) -> None:
        self.pt: int | None = None  # the size in use (design pt at 100 % text)
        self.changes = 0
        self._grids: dict[int, tuple[int, int, list[KpiCard]]] = {}  # id -> (need, width, cards)

    def placed(self, key: int, placed: list[tuple[QWidget, int]]) -> None:
        """Grid ``key`` laid out ``placed`` (each visible widget and the width it gets)."""
        cards = [(w, width) for w, width in placed if isinstance(w, KpiCard)]
        if not cards:
            self._grids.pop(key, None)
            return
        need = min(card.value_pt_for(width) for card, width in cards)
        widest = max(width for _, width in cards)
        old = self._grids.get(key)
        if old is not None and need > old[0] and widest - old[1] <= GROW_SLACK:
            need, widest = old[0], old[1]  # a scroll bar's width back: not worth a size
        elif old is not None and need == old[0]:
            widest = old[1]
        self._grids[key] = (need, widest, [card for card, _ in cards])
        size = min(n for n, _, _ in self._grids.values())
        if size != self.pt:
            self.pt = size
            self.changes += 1
        for _, _, grid_cards in self._grids.values():
            for card in grid_cards:
                card.size_shared = True
                card.set_value_pt(size)


def share_value_size(layout, rule: SharedValueSize | None = None) -> SharedValueSize:
    """Make the KPI cards of ``layout`` (a FlowLayout) share one value size — with the cards of
    the other grids of ``rule`` when given; returns the rule."""
    rule = rule if rule is not None else SharedValueSize()
    layout.cells_placed = lambda placed, key=id(layout): rule.placed(key, placed)
    return rule
