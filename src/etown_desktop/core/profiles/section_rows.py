"""The rows of a list table (figures, companies) that hold a profile section's items, so the
section's full list is served by the same on-demand SQL table as the rest of the app."""

from __future__ import annotations

from typing import TYPE_CHECKING

from etown_desktop.core.queries.list_query import ListSpec

if TYPE_CHECKING:
    import numpy as np

    from etown_desktop.core.repository import Repository

_CHUNK = 500


def list_rowids(repo: Repository, spec: ListSpec, keys: list[str]) -> np.ndarray:
    """The 1-based rowids of ``keys`` in ``spec``'s list table, ascending (unknown keys left out;
    one indexed query per 500 keys)."""
    import numpy as np

    out: list[int] = []
    for i in range(0, len(keys), _CHUNK):
        chunk = keys[i:i + _CHUNK]
        out += repo.read_column(f"SELECT rowid FROM [{spec.table}] WHERE [{spec.key_column}] IN "
                                f"({', '.join('?' * len(chunk))})", tuple(chunk))
    return np.unique(np.asarray(out, dtype=np.int64))
