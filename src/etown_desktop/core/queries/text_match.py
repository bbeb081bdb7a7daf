"""Which rows of a search table contain a word, as SQL, and rowid lists read back as arrays.

One rule for the figures and companies tables (:mod:`list_query`) and the global search
(:mod:`etown_desktop.core.search.query`): a word of three characters or more is looked up in the
table's trigram index, a shorter one in its gram index (:func:`list_tables.write_gram_index`)
when the gram tokenizer keeps it whole, anything else (or a table without that index) is tested
with ``instr`` on the ``search`` column. Matching is literal: no pattern, no wildcard.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from etown_desktop.core.queries.list_tables import is_gram_token

if TYPE_CHECKING:
    import numpy as np

FTS_MIN_CHARS = 3  # the trigram index cannot match shorter words


def containing(term: str, table: str, fts: str | None, grams: str | None) -> tuple[str, str]:
    """SQL selecting the rowids of ``table`` whose ``search`` text contains ``term``, and its one
    parameter."""
    index = fts if len(term) >= FTS_MIN_CHARS else (grams if is_gram_token(term) else None)
    if index is not None:
        return f"SELECT rowid FROM [{index}] WHERE [{index}] MATCH ?", '"' + term.replace('"', '""') + '"'
    return f"SELECT rowid FROM [{table}] WHERE instr(search, ?) > 0", term


def rowid_array(text: str | None) -> np.ndarray:
    """``group_concat`` of integers (None: no rows) as an int64 array, parsed in C."""
    import numpy as np

    if not text:
        return np.empty(0, dtype=np.int64)
    return np.fromstring(text, sep=",", dtype=np.int64)
