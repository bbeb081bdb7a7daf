"""The alias table (``data/aliases.csv``): other names people type for an entity.

Checked at ``db build``: every alias names a known kind and an existing record (or profile), is
not empty, and is not padded with spaces.
"""

from __future__ import annotations

from etown_desktop.core.errors import SourceDataInvalid
from etown_desktop.core.profiles.definitions import PROFILES

# alias kind -> the data table whose ``id`` it refers to (profiles live in code)
ALIAS_KINDS = {
    "profile": None, "company": "companies", "cluster": "clusters", "reform": "reforms",
    "source": "sources", "figure": "figures", "target": "targets",
}


def validate_aliases(tables: dict[str, list[dict]]) -> None:
    known_by_table: dict[str | None, set[str]] = {}
    for i, row in enumerate(tables.get("aliases", []), start=2):
        where = f"aliases.csv line {i}"
        kind, ref, alias = row["kind"], row["ref_id"], row["alias"]
        if kind not in ALIAS_KINDS:
            raise SourceDataInvalid(f"{where}: unknown kind {kind!r} (known: {', '.join(ALIAS_KINDS)})")
        table = ALIAS_KINDS[kind]
        if table not in known_by_table:  # once per table, not once per alias
            known_by_table[table] = set(PROFILES) if table is None else {r["id"] for r in tables[table]}
        known = known_by_table[table]
        if ref not in known:
            raise SourceDataInvalid(f"{where}: {kind} {ref!r} does not exist")
        if alias != alias.strip() or not alias:
            raise SourceDataInvalid(f"{where}: alias {alias!r} is empty or has spaces around it")
