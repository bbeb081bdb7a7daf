"""The data folder: ``dataset.toml``, one CSV file per table and ``sources/`` article texts.

This is the builder's input (``etown-desktop db build --src FOLDER``). Imports write their edition
as such a folder (canonical CSV) and hand it to the same builder.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from etown_desktop.core.db import schema
from etown_desktop.core.editions.raw import RawEdition, RawRow, csv_columns, file_tables
from etown_desktop.core.errors import SourceDataInvalid

DATASET_FILE = "dataset.toml"
ARTICLES_FOLDER = "sources"


def read_toml(path: Path) -> dict:
    try:
        import tomllib  # Python 3.11+
    except ModuleNotFoundError:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SourceDataInvalid(f"{path.name}: cannot read it ({exc})") from exc


def parse_csv(text: str, origin: str, table: str, edition: RawEdition) -> list[RawRow]:
    """Rows of one CSV text; a wrong header or row length is recorded as a read problem."""
    rows: list[RawRow] = []
    expected = csv_columns(table)
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        header = next(reader, [])
        header = [h.strip() for h in header]
        if header != expected:
            edition.read_problems.append(
                (origin, 1, "", ",".join(header), "bad_header", {"expected": ", ".join(expected)}))
            return rows
        for line_no, cells in enumerate(reader, start=2):
            stripped = [c.strip() for c in cells]  # once per cell
            if not any(stripped):
                continue
            if len(cells) != len(expected):
                edition.read_problems.append(
                    (origin, line_no, "", "", "field_count",
                     {"found": len(cells), "expected": len(expected)}))
                continue
            rows.append(RawRow(origin, line_no, dict(zip(expected, stripped))))
    except csv.Error as exc:
        edition.read_problems.append((origin, 0, "", "", "malformed_csv", {"detail": str(exc)}))
    return rows


def read_folder(src_dir: Path) -> RawEdition:
    """The raw edition stored in a data folder (missing files are read problems, not exceptions)."""
    src_dir = Path(src_dir)
    meta = read_toml(src_dir / DATASET_FILE) if (src_dir / DATASET_FILE).is_file() else {}
    edition = RawEdition(data_date=str(meta.get("data_date", "")),
                         schema_version=int(meta.get("schema_version", schema.SCHEMA_VERSION)),
                         origin=str(src_dir))
    for table in file_tables():
        filename = schema.TABLES[table][0]
        path = src_dir / filename
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except FileNotFoundError:
            edition.read_problems.append((filename, 0, "", "", "missing_file", {}))
            continue
        except UnicodeDecodeError:
            edition.read_problems.append((filename, 0, "", "", "not_utf8", {}))
            continue
        edition.tables[table] = parse_csv(text, filename, table, edition)
    folder = src_dir / ARTICLES_FOLDER
    for row in edition.rows("sources"):
        name = row.values.get("seed_file", "")
        path = folder / name
        if name and "/" not in name and "\\" not in name and path.is_file():
            try:
                edition.articles[name] = path.read_bytes().decode("utf-8-sig")
            except UnicodeDecodeError:
                edition.read_problems.append((f"{ARTICLES_FOLDER}/{name}", 0, "", "", "not_utf8", {}))
    return edition


def csv_text(table: str, rows: list[RawRow]) -> str:
    """The canonical CSV text of one table (header, then the rows in order, LF line ends)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    columns = csv_columns(table)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.values.get(c, "") for c in columns])
    return out.getvalue()


def dataset_toml(edition: RawEdition) -> str:
    return (f"schema_version = {int(edition.schema_version)}\n"
            f"data_date = \"{edition.data_date}\"\n")


def write_folder(edition: RawEdition, dst: Path) -> Path:
    """Write ``edition`` as a data folder the builder reads (``dst`` is created)."""
    dst = Path(dst)
    (dst / ARTICLES_FOLDER).mkdir(parents=True, exist_ok=True)
    (dst / DATASET_FILE).write_text(dataset_toml(edition), encoding="utf-8")
    for table in file_tables():
        (dst / schema.TABLES[table][0]).write_text(csv_text(table, edition.rows(table)),
                                                   encoding="utf-8", newline="")
    for name, text in edition.articles.items():
        (dst / ARTICLES_FOLDER / name).write_text(text, encoding="utf-8", newline="")
    return dst
