"""An edition as read from a file, before any checking: text cells with where each came from.

Every way in (a data folder, an edition pack, an Excel workbook) produces a :class:`RawEdition`;
the one validation engine checks it and the one builder (``core.db.build``) builds it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from etown_desktop.core.db import schema


@dataclass(frozen=True)
class RawRow:
    """One row of one table: its cells as text, and where it stands in the input."""

    origin: str  # file or sheet name as the user sees it ("figures.csv", sheet "figures")
    line: int  # row number in that file or sheet (1 = header)
    values: dict[str, str]


@dataclass
class RawEdition:
    """Every table's rows, each source's article text, and the edition's metadata."""

    tables: dict[str, list[RawRow]] = field(default_factory=dict)
    articles: dict[str, str] = field(default_factory=dict)  # seed_file -> article text
    data_date: str = ""
    schema_version: int = schema.SCHEMA_VERSION
    origin: str = ""  # the file the user gave us
    # (origin, line, column, value, rule, params): problems found while reading (bad headers …)
    read_problems: list[tuple] = field(default_factory=list)

    def rows(self, table: str) -> list[RawRow]:
        return self.tables.get(table, [])


def csv_columns(table: str) -> list[str]:
    """The columns of ``table`` as written in its CSV file / sheet (derived columns left out)."""
    _file, columns, _pk, _fks = schema.TABLES[table]
    derived = schema.DERIVED.get(table, set())
    return [c for c in columns if c not in derived]


def file_tables() -> list[str]:
    """The tables kept as CSV files / sheets (the article paragraphs are kept as text files)."""
    return [t for t in schema.TABLES if t not in schema.ARTICLE_TABLES]


def canonical_cell(value: object) -> str:
    """One value as its canonical text: integers without ".0", other numbers as Python writes them."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        # Beyond 2**53 a float's integer digits are binary noise (1e25 -> 10000000000000000905969664):
        # keep the shortest repr ("1e+25"), which is the number as it was typed.
        return str(int(value)) if value.is_integer() and abs(value) < 2 ** 53 else repr(value)
    return str(value)
