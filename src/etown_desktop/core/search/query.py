"""Run a query against the search tables written by ``db build`` (:mod:`core.search.build_index`):
every term must match; results grouped by kind.

Text terms are looked up in an index (trigram for 3+ characters, gram index for shorter ones;
``instr`` over the stored text for a short term the gram tokenizer would split, i.e. one with an
ASCII control character), number terms in ``search_number``; the matching rowids are intersected
in SQL. The rank (exact name / name prefix / name contains / other) comes from three look-ups of
the whole query in the names' indices, the kind from the rowid; NumPy keeps the first ``limit``
per kind and the totals. Only the entries shown are read.

A query that is exactly a name of an alias class (``search_alias``, see
:mod:`core.search.alias_classes`) is answered for every name of the class: the entries any of them
finds, each at its best rank — so Yizhuang, BDA, 亦庄 and E-Town find the same entries in the same order.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from etown_desktop.core.queries.text_match import containing, rowid_array
from etown_desktop.core.repository import Repository
from etown_desktop.core.search.build_index import (
    ALIAS_TABLE,
    ENTRY_TABLE,
    FTS_TABLE,
    GRAM_TABLE,
    KIND_TABLE,
    NAME_EACH_TABLE,
    NAME_FTS_TABLE,
    NAME_GRAM_TABLE,
    NAME_SEPARATOR,
    NAME_TABLE,
    NUMBER_TABLE,
)
from etown_desktop.core.search.index import (
    _NUMBER_TERM,
    KIND_ORDER,
    SearchEntry,
    canonical_number,
    normalize,
)

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

PER_KIND_LIMIT = 25


@dataclass(frozen=True)
class SearchGroup:
    kind: str
    entries: tuple[SearchEntry, ...]
    total: int  # matches before the per-kind limit


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: in no stored text
        return False
    return True


class SearchIndex:
    """The search over one database; :meth:`search` is called on every keystroke.

    Opening it reads one row per kind: the entries and their indices live in the database."""

    def __init__(self, repo: Repository) -> None:
        import numpy as np

        self.repo = repo
        kinds = repo.read(f"SELECT kind_no, first FROM {KIND_TABLE} ORDER BY kind_no")
        self._kind_no = np.array([r[0] for r in kinds], dtype=np.int64)
        self._kind_first = np.array([r[1] for r in kinds], dtype=np.int64)
        # rowids are 1..n: the count without a scan
        self.count = int(repo.read(f"SELECT coalesce(max(rowid), 0) FROM {ENTRY_TABLE}")[0][0])

    @classmethod
    def from_repository(cls, repo: Repository) -> SearchIndex:
        start = time.perf_counter()
        index = cls(repo)
        log.debug("search index: %d entries, opened in %.1f ms", index.count,
                  1000 * (time.perf_counter() - start))
        return index

    def _rowids(self, sql: str, params: tuple) -> np.ndarray:
        """The rowids ``sql`` selects (column ``id``), ascending and distinct."""
        import numpy as np

        ids = rowid_array(self.repo.read(f"WITH t(id) AS ({sql}) SELECT group_concat(id) FROM t",
                                         params)[0][0])
        # The indices return rowids in order; sort only if one did not.
        return ids if bool(np.all(ids[1:] > ids[:-1])) else np.unique(ids)

    def search(self, query: str, limit: int = PER_KIND_LIMIT) -> list[SearchGroup]:
        import numpy as np

        q = normalize(query)
        if not q or "\0" in q or not _encodable(q):
            return []  # no stored text holds a NUL (the build refuses one) or a lone surrogate
        names = self.alias_names(q)
        found = [(name, self._matching(name)) for name in names]
        ids = found[0][1] if len(found) == 1 else np.unique(np.concatenate([i for _n, i in found]))
        if not len(ids):
            return []
        rank = np.full(len(ids), 3, dtype=np.int8)
        for name, hits in found:
            if len(hits):
                rank = np.minimum(rank, self._ranks(name, ids))
        return self._groups(self._ranked(rank, ids, limit))

    def alias_names(self, q: str) -> list[str]:
        """The names searched for the normalized query ``q``: every name of its alias class when
        ``q`` is one (in name order), else ``q`` itself."""
        rows = self.repo.read(f"SELECT a.name FROM {ALIAS_TABLE} q JOIN {ALIAS_TABLE} a "
                              "ON a.class = q.class WHERE q.name = ? ORDER BY a.name", (q,))
        return [r[0] for r in rows] or [q]

    def _matching(self, q: str) -> np.ndarray:
        """The rowids of the entries that match every term of ``q``."""
        selects: list[str] = []
        params: list[str] = []
        for term in dict.fromkeys(q.split(" ")):
            num = canonical_number(term) if _NUMBER_TERM.match(term) else None
            if num is not None:
                selects.append(f"SELECT entry FROM {NUMBER_TABLE} WHERE number = ?")
                params.append(num)
            else:
                sql, param = containing(term, ENTRY_TABLE, FTS_TABLE, GRAM_TABLE)
                selects.append(sql)
                params.append(param)
        return self._rowids(" INTERSECT ".join(selects), tuple(params))

    def _ranks(self, q: str, ids: np.ndarray) -> np.ndarray:
        """Per matching rowid: 0 a name is the query, 1 a name starts with it, 2 a name contains
        it, 3 otherwise (the order of the former ``(rank, position)`` sort)."""
        import numpy as np

        raw = q.encode("utf-8")
        # The names sharing the query's bytes as a prefix: [raw, raw with its last byte + 1)
        # (UTF-8 never ends a character with 0xFF, so the increment cannot overflow).
        after = raw[:-1] + bytes([raw[-1] + 1])
        sql, param = containing(q, NAME_TABLE, NAME_FTS_TABLE, NAME_GRAM_TABLE)
        rank = np.full(len(ids), 3, dtype=np.int8)
        for value, (look_up, look_params) in ((2, (sql, (param,))),
                                              (1, (f"SELECT entry FROM {NAME_EACH_TABLE} "
                                                   "WHERE name >= ? AND name < ?", (raw, after))),
                                              (0, (f"SELECT entry FROM {NAME_EACH_TABLE} WHERE name = ?",
                                                   (raw,)))):
            hit = np.zeros(self.count + 1, dtype=bool)  # by rowid: linear, no sort
            hit[self._rowids(look_up, look_params)] = True
            rank[hit[ids]] = value  # each set lies inside the one before: the lowest rank wins
        return rank

    def _ranked(self, rank: np.ndarray, ids: np.ndarray,
                limit: int) -> list[tuple[int, int, list[int]]]:
        """Per kind with matches: (kind number, total, the first ``limit`` rowids by ``rank`` then
        rowid), the group holding the best match first (奔驰 → the companies), then KIND_ORDER."""
        import numpy as np

        bounds = np.searchsorted(ids, np.append(self._kind_first, self.count + 1))  # ids ascending
        out = []
        for k, lo, hi in zip(self._kind_no.tolist(), bounds[:-1].tolist(), bounds[1:].tolist()):
            if hi > lo:
                top = np.argsort(rank[lo:hi], kind="stable")[:limit]  # by rank, then rowid
                out.append((int(rank[lo + top[0]]), k, hi - lo, ids[lo + top].tolist()))
        return [(k, total, rowids) for _best, k, total, rowids in sorted(out)]

    def _groups(self, shown: list[tuple[int, int, list[int]]]) -> list[SearchGroup]:
        """The groups of ``(kind number, total, rowids)``, their entries read in one query."""
        wanted = [i for _k, _total, rowids in shown for i in rowids]
        rows = {r["rowid"]: r for r in self.repo.read(
            f"SELECT e.*, n.search AS names FROM {ENTRY_TABLE} e JOIN {NAME_TABLE} n "
            f"ON n.rowid = e.rowid WHERE e.rowid IN ({', '.join('?' * len(wanted))})", tuple(wanted))}
        return [SearchGroup(KIND_ORDER[k], tuple(_entry(rows[i]) for i in rowids), total)
                for k, total, rowids in shown]


def _entry(row) -> SearchEntry:
    names = row["names"].split(NAME_SEPARATOR)
    return SearchEntry(row["kind"], row["ref_id"], row["title_en"], row["title_zh"], row["detail_en"],
                       row["detail_zh"], row["tab"], row["figure_id"], frozenset(names),
                       "".join("\0" + n for n in names), row["search"],
                       frozenset(row["numbers"].split()))
