"""Questions about the sources answered in SQL, without loading every source into Python.

An edition can carry tens of thousands of sources (a bureau's yearly articles); the status bar,
the Sources tab and a figure's provenance need a count, a date range, the few sources with the
most figures, or a handful of sources by id. Each answer is the same as the in-memory rule it
replaces (tests/core/test_source_sql.py compares them on the shipped and a generated database).
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterable

from etown_desktop.core.queries.by_ids import Rows, rows_for_ids
from etown_desktop.core.records import Source

# A source's date is its publication date, else its "updated" date (coverage.source_date):
# empty text counts as no date, like Python's ``published or updated or None``.
# Indexed (list_tables.write_list_tables: ``idx_sources_date``), so the date range is read from the
# index's ends and the undated ones counted in it.
SOURCE_DATE = "COALESCE(NULLIF(published, ''), NULLIF(updated, ''))"


def source_count(rows: Rows) -> int:
    return int(rows("SELECT count(*) FROM sources")[0][0])


def date_summary(rows: Rows) -> tuple[str | None, str | None, int]:
    """(earliest, latest, undated) over every source: ISO dates compare as text."""
    r = rows(f"SELECT (SELECT min({SOURCE_DATE}) FROM sources), (SELECT max({SOURCE_DATE}) FROM sources), "
             f"(SELECT count(*) FROM sources WHERE {SOURCE_DATE} IS NULL)")[0]
    return r[0], r[1], int(r[2] or 0)


def sources_by_id(rows: Rows, ids: Iterable[str]) -> dict[str, Source]:
    """The sources with these ids (unknown ids are left out)."""
    return {r["id"]: Source(**dict(r))
            for r in rows_for_ids(rows, "SELECT * FROM sources WHERE id IN ({ids})", ids)}


def figure_counts(rows: Rows, ids: Iterable[str]) -> dict[str, int]:
    """How many figures each of these sources states (sources without any are left out)."""
    sql = "SELECT source_id, count(*) FROM figures WHERE source_id IN ({ids}) GROUP BY source_id"
    return {r[0]: int(r[1]) for r in rows_for_ids(rows, sql, ids)}


def newest(rows: Rows) -> str | None:
    """Id of the source added last to the data (the last row: an import appends its sources)."""
    found = rows("SELECT id FROM sources ORDER BY rowid DESC LIMIT 1")
    return found[0][0] if found else None


# Every source's rowid in featured order (:func:`counted_most_cited` over all of them), stored by
# the build as a packed int32 column of ``list_columns`` (list_tables.write_list_tables).
FEATURED_COLUMN = "sources.featured"


def most_cited(rows: Rows, limit: int) -> list[str]:
    """Ids of the ``limit`` sources to feature: the newest source (:func:`newest`), then those with
    the most figures; ties in reference order (the order of ``Repository.sources()``), sources
    without figures last.

    Read from the order the build stored (the first ``limit`` entries: counting every source's
    figures took 10-15 ms at 1,000x, at every start); counted (:func:`counted_most_cited`) in a
    database built before that column."""
    found = [] if limit < 0 else rows("SELECT substr(data, 1, ?) FROM list_columns WHERE name = ?",
                                      (4 * limit, FEATURED_COLUMN))
    if not found:
        return counted_most_cited(rows, limit)
    order = array("i")
    order.frombytes(found[0][0])
    if sys.byteorder == "big":
        order.byteswap()
    ids = {r[0]: r[1] for r in rows_for_ids(rows, "SELECT rowid, id FROM sources WHERE rowid IN ({ids})", order)}
    return [ids[r] for r in order]


def featured_order(rows: Rows) -> list[int]:
    """Every source's rowid in featured order (what the build stores as ``FEATURED_COLUMN``)."""
    return [r[0] for r in rows(_MOST_CITED.format(select="s.rowid"), (-1,))]


def counted_most_cited(rows: Rows, limit: int) -> list[str]:
    """:func:`most_cited`, counted now.

    Read from indices only: the sources' ids and references from ``idx_sources_ref``, each one's
    count from ``idx_figures_source_id`` (a join with every source's grouped count read the
    sources table and sorted a materialized count: 3x slower at 1,000x)."""
    return [r[0] for r in rows(_MOST_CITED.format(select="s.id"), (limit,))]


_MOST_CITED = ("SELECT {select} FROM sources s "
               "ORDER BY s.rowid = (SELECT max(rowid) FROM sources) DESC, "
               "(SELECT count(*) FROM figures f WHERE f.source_id = s.id) DESC, s.ref, s.rowid "
               "LIMIT ?")
