"""Run a query against the search index: every term must match; results grouped by kind."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from etown_desktop.core.repository import Repository
from etown_desktop.core.search.index import (
    _NUMBER_TERM,
    KIND_ORDER,
    SearchEntry,
    build_entries,
    canonical_number,
    normalize,
)

log = logging.getLogger(__name__)

PER_KIND_LIMIT = 25


@dataclass(frozen=True)
class SearchGroup:
    kind: str
    entries: tuple[SearchEntry, ...]
    total: int  # matches before the per-kind limit


class SearchIndex:
    """Built once per database (a few ms); :meth:`search` is called on every keystroke."""

    def __init__(self, entries: list[SearchEntry]) -> None:
        self.entries = entries

    @classmethod
    def from_repository(cls, repo: Repository) -> SearchIndex:
        start = time.perf_counter()
        index = cls(build_entries(repo))
        log.debug("search index: %d entries in %.1f ms", len(index.entries),
                  1000 * (time.perf_counter() - start))
        return index

    def search(self, query: str, limit: int = PER_KIND_LIMIT) -> list[SearchGroup]:
        q = normalize(query)
        if not q:
            return []
        texts: list[str] = []
        numbers: list[str] = []
        for term in q.split(" "):
            num = canonical_number(term) if _NUMBER_TERM.match(term) else None
            (numbers if num is not None else texts).append(num if num is not None else term)
        found: dict[str, list[tuple[int, int, SearchEntry]]] = {k: [] for k in KIND_ORDER}
        for pos, e in enumerate(self.entries):
            hay = e.haystack
            if all(t in hay for t in texts) and all(n in e.numbers for n in numbers):
                found[e.kind].append((_rank(e, q), pos, e))
        groups = []
        for kind in KIND_ORDER:
            hits = found[kind]
            if hits:
                hits.sort(key=lambda h: (h[0], h[1]))
                groups.append(SearchGroup(kind, tuple(h[2] for h in hits[:limit]), len(hits)))
        return groups


def _rank(e: SearchEntry, q: str) -> int:
    """0: a name or alias is the query; 1: one starts with it; 2: one contains it; 3: other text."""
    best = 3
    for name in e.names:
        if name == q:
            return 0
        if name.startswith(q):
            best = min(best, 1)
        elif q in name:
            best = min(best, 2)
    return best
