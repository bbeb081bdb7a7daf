"""Bounded summaries of lists that grow: which items a card row, a fact sheet or an About box
shows, and how many it leaves for "and N more". The rules are kept here, once, for every view."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from etown_desktop.core.records import Source

if TYPE_CHECKING:
    from etown_desktop.core.repository import Repository

MAX_SOURCE_CARDS = 5  # source cards on the Sources tab
MAX_LISTED_SOURCES = 8  # sources named in the About box and on the fact sheet
MAX_FEATURED = 8  # cards / names shown from an unbounded list (figures of a topic, companies …)


def featured_sources(sources: Sequence[Source], counts: dict[str, int],
                     limit: int = MAX_SOURCE_CARDS,
                     newest: str | None = None) -> tuple[list[Source], int]:
    """The ``limit`` sources to show, listed in reference order as given, and how many are left
    out. All of them when there are few. Otherwise ``newest`` (the source added last to the data:
    an import appends its new sources, so the latest import is never hidden behind "and N more"),
    then the sources with the most figures (ties: reference order)."""
    if len(sources) <= limit:
        return list(sources), 0
    order = {s.id: i for i, s in enumerate(sources)}
    top = sorted(sources, key=lambda s: (s.id != newest, -counts.get(s.id, 0), order[s.id]))[:limit]
    keep = {s.id for s in top}
    return [s for s in sources if s.id in keep], len(sources) - limit


def featured_sources_of(repo: Repository, limit: int = MAX_SOURCE_CARDS) -> tuple[list[Source], int]:
    """:func:`featured_sources` of every source of ``repo``, asked in SQL: only the sources shown
    are read (an edition can have tens of thousands)."""
    total = repo.source_count()
    if total <= limit:
        return repo.sources(), 0
    return repo.most_cited_sources(limit), total - limit
