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
    """Built once per database; :meth:`search` is called on every keystroke.

    While the user types on (the new query extends the last one and both are words, not
    numbers), only the last matches are scanned again: each keystroke narrows the previous one.
    """

    def __init__(self, entries: list[SearchEntry]) -> None:
        self.entries = entries
        self._last: tuple[str, list[int]] | None = None  # (text-only query, matching positions)

    @classmethod
    def from_repository(cls, repo: Repository) -> SearchIndex:
        start = time.perf_counter()
        index = cls(build_entries(repo))
        log.debug("search index: %d entries in %.1f ms", len(index.entries),
                  1000 * (time.perf_counter() - start))
        return index

    def _candidates(self, q: str, text_only: bool) -> range | list[int]:
        last = self._last
        if text_only and last is not None and q.startswith(last[0]):
            return last[1]
        return range(len(self.entries))

    def search(self, query: str, limit: int = PER_KIND_LIMIT) -> list[SearchGroup]:
        q = normalize(query)
        if not q:
            return []
        texts: list[str] = []
        numbers: list[str] = []
        for term in q.split(" "):
            num = canonical_number(term) if _NUMBER_TERM.match(term) else None
            if num is not None:
                numbers.append(num)
            else:
                texts.append(term)
        entries = self.entries
        matched: list[int] = []
        if len(texts) == 1 and not numbers:
            t = texts[0]
            matched = [i for i in self._candidates(q, True) if t in entries[i].haystack]
        else:
            for i in self._candidates(q, not numbers):
                e = entries[i]
                hay = e.haystack
                if all(t in hay for t in texts) and all(n in e.numbers for n in numbers):
                    matched.append(i)
        self._last = (q, matched) if not numbers else None
        found: dict[str, list[tuple[int, int]]] = {k: [] for k in KIND_ORDER}
        exact, prefix = q, "\0" + q
        for i in matched:
            e = entries[i]
            blob = e.names_blob
            rank = 0 if exact in e.names else 1 if prefix in blob else 2 if q in blob else 3
            found[e.kind].append((rank, i))
        ranked = []
        for order, kind in enumerate(KIND_ORDER):
            hits = found[kind]
            if hits:
                top = sorted(hits)[:limit]
                ranked.append((top[0][0], order, SearchGroup(kind, tuple(entries[i] for _r, i in top),
                                                             len(hits))))
        # The group holding the best match comes first (奔驰 → the companies), then the fixed order.
        return [g for _rank, _order, g in sorted(ranked, key=lambda r: (r[0], r[1]))]
