"""Integrity checks of a fact database (``etown-desktop db check``)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from etown_desktop.core.db import schema
from etown_desktop.core.db.connect import open_readonly
from etown_desktop.core.errors import DatabaseInvalid


@dataclass
class CheckReport:
    path: Path
    problems: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def render(self) -> str:
        lines = [f"Database: {self.path}"]
        lines += [f"  ok   {f}" for f in self.facts]
        lines += [f"  FAIL {p}" for p in self.problems]
        lines.append("Result: OK" if self.ok else f"Result: {len(self.problems)} problem(s) found")
        return "\n".join(lines)


def _scalar(conn: sqlite3.Connection, sql: str):
    return conn.execute(sql).fetchone()[0]


def check_database(path: Path) -> CheckReport:
    """Run every check; never raises for a bad file, the report says what is wrong."""
    report = CheckReport(Path(path))
    try:
        conn = open_readonly(path)
    except DatabaseInvalid as exc:
        report.problems.append(str(exc))
        return report
    try:
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if integrity == ["ok"]:
            report.facts.append("integrity_check")
        else:
            report.problems += [f"integrity_check: {m}" for m in integrity[:20]]
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            report.problems += [f"foreign_key_check: {tuple(r)}" for r in fk[:20]]
        else:
            report.facts.append("foreign_key_check")
        present = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        needed = set(schema.TABLES) | {"metadata", schema.PROVENANCE_VIEW, schema.SEARCH_TABLE}
        missing = sorted(needed - present)
        if missing:
            report.problems.append(f"missing tables/views: {', '.join(missing)}")
            return report
        version = _scalar(conn, "SELECT value FROM metadata WHERE key = 'schema_version'")
        if version != str(schema.SCHEMA_VERSION):
            report.problems.append(f"schema version {version}, expected {schema.SCHEMA_VERSION}")
        orphans = [r[0] for r in conn.execute(
            "SELECT f.id FROM figures f LEFT JOIN sources s ON s.id = f.source_id WHERE s.id IS NULL")]
        if orphans:
            report.problems.append(f"figures without a source: {', '.join(orphans)}")
        unlabeled = [r[0] for r in conn.execute(
            "SELECT id FROM figures WHERE trim(coalesce(label_en, '')) = '' "
            "OR trim(coalesce(label_zh, '')) = ''")]
        if unlabeled:
            report.problems.append(f"figures missing an English or Chinese label: {', '.join(unlabeled)}")
        no_para = [r[0] for r in conn.execute(
            "SELECT id FROM figures WHERE paragraph IS NULL OR paragraph < 1")]
        if no_para:
            report.problems.append(f"figures without a paragraph number: {', '.join(no_para)}")
        bad_q = [r[0] for r in conn.execute(
            f"SELECT id FROM figures WHERE qualifier NOT IN ({','.join('?' * len(schema.QUALIFIERS))})",
            schema.QUALIFIERS)]
        if bad_q:
            report.problems.append(f"figures with an unknown qualifier: {', '.join(bad_q)}")
        from etown_desktop.core.editions.build_hooks import article_problems

        report.problems += article_problems(conn)
        count = _scalar(conn, "SELECT count(*) FROM figures")
        if count == 0:
            report.problems.append("the figures table is empty")
        if not (orphans or unlabeled or no_para or bad_q) and count:
            report.facts.append(f"{count} figures, each with a source, a paragraph and both labels")
        edition = _scalar(conn, "SELECT value FROM metadata WHERE key = 'edition'")
        report.facts.append(f"edition {edition}")
    except sqlite3.DatabaseError as exc:
        report.problems.append(f"the database is damaged: {exc}")
    finally:
        conn.close()
    return report


def table_contents(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table and view, sorted: used to compare a fresh build with a file."""
    conn = open_readonly(path)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts_%' ORDER BY name")]
        out = {}
        for name in names:
            rows = [tuple(r) for r in conn.execute(f'SELECT * FROM "{name}"')]
            out[name] = sorted(rows, key=repr)
        out["__schema__"] = sorted(tuple(r) for r in conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
        return out
    finally:
        conn.close()
