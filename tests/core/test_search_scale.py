"""The global search over the tables written at build time returns exactly what the former
in-memory index returned (same groups, entries, order and totals), on the shipped database and on
a generated 10× database.

The reference below is that former code: every entry built in Python (``build_entries``), each
term tested with ``in`` against every entry's haystack and numbers, ranked and grouped in Python;
with the alias rule: a query that is a name of an entity with aliases (or of one sharing a name
with it, transitively) is answered for all those names, each entry at its best rank.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from etown_desktop.core.repository import Repository
from etown_desktop.core.search.index import (
    _NUMBER_TERM,
    KIND_ORDER,
    SearchEntry,
    build_entries,
    canonical_number,
    normalize,
)
from etown_desktop.core.search.query import PER_KIND_LIMIT, SearchGroup, SearchIndex

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.bench_search import QUERIES  # noqa: E402

EXTRA = ("o", "外", "B", "600", "1,043", "%", "'", "zz qq", "Ｂｅｎｚ", "E-Town", "Bayer", "奔驰",
         "Benz 45", "Benz 46", "60", "100", "1,000,000", "6000亿元", "1043", "96.7", "biomedicine",
         "BDA", "经开区", "ｂｅｎｚ", "\"", "'; DROP TABLE figures; --", "_", "*", "NEAR(", "a" * 500,
         "\x00", "o\x01", "\x01", "1,,0", "...", "semiconductor", "#1", "o 600", "亦 o", "s-0001",
         "Benz Benz", "2", "ou", "we", "\ud800", "Yizhuang", "亦庄", "北京经开区", "Mercedes", "IT",
         "pharma", "Bayer", "S1", "世界500强", "Fortune 500")


def reference_classes(entries: list[SearchEntry], aliased: set[tuple[str, str]]) -> list[set[str]]:
    """The alias classes: the names of each aliased entity, merged while two share a name."""
    classes: list[set[str]] = []
    for e in entries:
        if (e.kind, e.ref_id) in aliased:
            names = set(e.names)
            for c in [c for c in classes if c & names]:
                names |= c
                classes.remove(c)
            classes.append(names)
    return classes


def _matches(entries: list[SearchEntry], q: str) -> dict[int, int]:
    """Entry position -> rank, for the entries matching every term of ``q``."""
    texts: list[str] = []
    numbers: list[str] = []
    for term in q.split(" "):
        num = canonical_number(term) if _NUMBER_TERM.match(term) else None
        if num is not None:
            numbers.append(num)
        else:
            texts.append(term)
    exact, prefix = q, "\0" + q
    out = {}
    for i, e in enumerate(entries):
        if all(t in e.haystack for t in texts) and all(n in e.numbers for n in numbers):
            blob = e.names_blob
            out[i] = 0 if exact in e.names else 1 if prefix in blob else 2 if q in blob else 3
    return out


def reference_search(entries: list[SearchEntry], query: str, limit: int = PER_KIND_LIMIT,
                     classes: list[set[str]] = ()) -> list[SearchGroup]:
    """The former ``SearchIndex.search`` over the in-memory list (without its narrowing cache),
    with the alias classes."""
    q = normalize(query)
    if not q:
        return []
    names = next((c for c in classes if q in c), {q})
    best: dict[int, int] = {}
    for name in names:
        for i, rank in _matches(entries, name).items():
            best[i] = min(rank, best.get(i, 3))
    found: dict[str, list[tuple[int, int]]] = {k: [] for k in KIND_ORDER}
    for i, rank in best.items():
        found[entries[i].kind].append((rank, i))
    ranked = []
    for order, kind in enumerate(KIND_ORDER):
        hits = found[kind]
        if hits:
            top = sorted(hits)[:limit]
            ranked.append((top[0][0], order, SearchGroup(kind, tuple(entries[i] for _r, i in top),
                                                         len(hits))))
    return [g for _rank, _order, g in sorted(ranked, key=lambda r: (r[0], r[1]))]


@pytest.fixture(scope="module", params=["shipped", "10x"])
def db(request, committed_db, synthetic_db):
    r = Repository(committed_db if request.param == "shipped" else synthetic_db(10))
    entries = build_entries(r)
    aliased = {(kind, ref) for kind, ref, _alias in r.aliases()}
    yield r, entries, reference_classes(entries, aliased)
    r.close()


def test_the_stored_entries_are_the_built_ones(db):
    repo, entries, _classes = db
    index = SearchIndex.from_repository(repo)
    assert index.count == len(entries)


@pytest.mark.parametrize("query", sorted({q[:i] for q in QUERIES for i in range(1, len(q) + 1)}
                                         | set(EXTRA)))
def test_search_returns_what_the_in_memory_index_returned(db, query):
    repo, entries, classes = db
    got = SearchIndex.from_repository(repo).search(query)
    want = reference_search(entries, query, classes=classes)
    assert [(g.kind, g.total) for g in got] == [(g.kind, g.total) for g in want]
    assert got == want  # every entry, every field, in order


def test_the_per_kind_limit_and_totals(db):
    repo, entries, classes = db
    index = SearchIndex.from_repository(repo)
    for query in ("o", "e", "1", "IT"):
        got = index.search(query, limit=3)
        assert got == reference_search(entries, query, limit=3, classes=classes)
        assert all(len(g.entries) == min(3, g.total) for g in got)

