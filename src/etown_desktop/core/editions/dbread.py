"""Read an edition database back into a :class:`RawEdition` (for export, the template and the
change preview). The rows keep the order the builder inserted them in."""

from __future__ import annotations

from pathlib import Path

from etown_desktop.core.db import schema
from etown_desktop.core.db.connect import open_readonly
from etown_desktop.core.editions.raw import RawEdition, RawRow, canonical_cell, csv_columns, file_tables


def read_database(path: Path) -> RawEdition:
    conn = open_readonly(path)
    try:
        meta = {r[0]: r[1] for r in conn.execute("SELECT key, value FROM metadata")}
        edition = RawEdition(data_date=meta.get("data_date", ""),
                             schema_version=int(meta.get("schema_version", schema.SCHEMA_VERSION)),
                             origin=str(path))
        for table in file_tables():
            columns = csv_columns(table)
            filename = schema.TABLES[table][0]
            cols = ", ".join(f'"{c}"' for c in columns)
            rows = conn.execute(f'SELECT {cols} FROM "{table}" ORDER BY rowid').fetchall()
            edition.tables[table] = [
                RawRow(filename, n, {c: canonical_cell(v) for c, v in zip(columns, r)})
                for n, r in enumerate(rows, start=2)]
        paragraphs: dict[str, list[str]] = {}
        for source_id, text in conn.execute(
                "SELECT source_id, text FROM source_paragraphs ORDER BY source_id, paragraph"):
            paragraphs.setdefault(source_id, []).append(text)
        for row in edition.rows("sources"):
            edition.articles[row.values["seed_file"]] = article_text(
                paragraphs.get(row.values["id"], []))
        return edition
    finally:
        conn.close()


def article_text(paragraphs: list[str]) -> str:
    """An article file from its paragraphs (one line each, a blank line between)."""
    return "\n\n".join(paragraphs) + "\n"


def edition_id(path: Path) -> str:
    conn = open_readonly(path)
    try:
        row = conn.execute("SELECT value FROM metadata WHERE key = 'edition'").fetchone()
        return row[0] if row else ""
    finally:
        conn.close()
