"""A table as a stream of rows for the CSV/XLSX writers: no DataFrame, no pandas import.

``stream_table`` runs a table's builder (core/tables.py) and hands its rows to the writer one at a
time, with the same headers, numeric columns and integer columns that ``build_table`` gives its
DataFrame, so the written files are identical. ``from_table`` adapts an already built
:class:`~etown_desktop.core.tables.Table` (chart tables, tests) to the same writers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from etown_desktop.core.errors import NotFound
from etown_desktop.core.formatting import normalize_lang
from etown_desktop.core.tables import HEADERS, NUMERIC, table_definition

if TYPE_CHECKING:
    from etown_desktop.core.repository import Repository
    from etown_desktop.core.tables import Table

INTEGER_KEYS = ("year", "paragraph", "figure_count")  # Int64 columns of build_table's frame

Row = tuple[tuple, tuple[str, ...]]  # (cells, source ids of the row)


@dataclass(frozen=True)
class RowStream:
    """Headers, per-column kinds and the rows of one table in one language."""

    id: str
    title: str
    lang: str
    columns: tuple[str, ...]
    numeric: tuple[bool, ...]
    integer: tuple[bool, ...]  # whole-number columns (years, paragraphs, counts): format "0"
    rows: Iterable[Row]
    total_rows: int | None = None  # rows of the whole table when ``rows`` is a selection


def from_table(table: Table, total_rows: int | None = None) -> RowStream:
    frame = table.frame
    numeric = set(table.numeric_columns)
    return RowStream(
        table.id, table.title, table.lang, tuple(str(c) for c in frame.columns),
        tuple(c in numeric for c in frame.columns),
        tuple(str(frame[c].dtype) == "Int64" for c in frame.columns),
        zip(frame.itertuples(index=False, name=None), table.row_sources), total_rows)


def stream_table(repo: Repository, table_id: str, lang: str = "en",
                 rows: Sequence[int] | None = None) -> RowStream:
    """The table ``table_id`` streamed from its builder; ``rows`` keeps only those positions
    (in that order, as ``build_table(..., rows=...)`` does)."""
    tdef = table_definition(table_id)
    lang = normalize_lang(lang)
    built = iter(tdef.build(repo, lang))
    first = next(built, None)
    keys = list(first[0]) if first is not None else []
    head = 1 if lang == "zh" else 0

    def cells() -> Iterator[Row]:
        if first is None:
            return
        yield tuple(first[0].values()), first[1]
        for values, sources in built:
            yield tuple(values.values()), sources

    stream: Iterable[Row] = cells()
    total = None
    if rows is not None:
        every = list(stream)
        total = len(every)
        bad = [r for r in rows if not 0 <= r < total]
        if bad:
            raise NotFound(f"Table {table_id!r} has no row {bad[0]} (it has {total} rows).")
        stream = [every[r] for r in rows]
    return RowStream(tdef.id, tdef.title(lang), lang, tuple(HEADERS[k][head] for k in keys),
                     tuple(k in NUMERIC for k in keys), tuple(k in INTEGER_KEYS for k in keys),
                     stream, total)
