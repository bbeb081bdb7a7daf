"""Schema migrations of edition packs: registered steps that turn the files of an older pack
into the files of the next schema version, one step at a time."""

from __future__ import annotations

from collections.abc import Callable

from etown_desktop.core.db import schema
from etown_desktop.core.errors import ImportRejected

# A pack's tables as {table: csv text}; articles travel unchanged.
Files = dict[str, str]
STEPS: dict[int, Callable[[Files], Files]] = {}


def step(from_version: int) -> Callable[[Callable[[Files], Files]], Callable[[Files], Files]]:
    def register(fn: Callable[[Files], Files]) -> Callable[[Files], Files]:
        STEPS[from_version] = fn
        return fn
    return register


@step(1)
def _add_hand_checks(files: Files) -> Files:
    """Schema 2 added the "checked by hand" notes; a version-1 pack has none (and one made
    before the search aliases arrived, late in schema 1, has no aliases either)."""
    out = dict(files)
    out.setdefault("hand_checks", "figure_id,note\n")
    if "aliases" in schema.TABLES:
        out.setdefault("aliases", "kind,ref_id,alias\n")
    return out


def migrate(files: Files, version: int, name: str) -> Files:
    """``files`` brought from ``version`` to the current schema; a newer pack is refused."""
    if version > schema.SCHEMA_VERSION:
        raise ImportRejected("newer_schema", f"{name} was made by a newer version of the app",
                             name=name, found=version, supported=schema.SCHEMA_VERSION)
    while version < schema.SCHEMA_VERSION:
        if version not in STEPS:
            raise ImportRejected("unreadable", f"{name}: no migration from schema {version}",
                                 name=name, detail=f"schema version {version}")
        files = STEPS[version](files)
        version += 1
    return files
