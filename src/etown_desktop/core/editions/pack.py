"""The edition pack (``.etown``): a ZIP following the Frictionless Data Package spec.

``datapackage.json`` names the edition, its creation time and schema version, and lists each
resource (one CSV per table, one article text per source) with its path, Table Schema (types,
required, enums, primary and foreign keys), sha256 hash and size in bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

from etown_desktop.core.db import schema
from etown_desktop.core.editions import migrate
from etown_desktop.core.editions.folder import ARTICLES_FOLDER, csv_text, parse_csv
from etown_desktop.core.editions.raw import RawEdition, csv_columns, file_tables
from etown_desktop.core.editions.safezip import open_safe_zip, read_entry
from etown_desktop.core.errors import ImportRejected

DESCRIPTOR = "datapackage.json"
PACK_SUFFIX = ".etown"
_TYPES = {str: "string", int: "integer", float: "number"}
# A fixed timestamp for ZIP entries: the same edition always gives the same bytes inside.
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def table_schema(table: str, edition: RawEdition) -> dict:
    """The Frictionless Table Schema of one table."""
    _file, columns, pk, fks = schema.TABLES[table]
    nullable = schema.NULLABLE.get(table, set())
    enums = {("figures", "topic"): list(schema.TOPICS),
             ("figures", "qualifier"): list(schema.QUALIFIERS),
             ("figures", "unit"): [r.values["id"] for r in edition.rows("units")]}
    fields = []
    for col in csv_columns(table):
        constraints: dict = {"required": col not in nullable}
        if (table, col) in enums:
            constraints["enum"] = enums[(table, col)]
        fields.append({"name": col, "type": _TYPES[columns[col]], "constraints": constraints})
    return {
        "fields": fields,
        "primaryKey": [pk] if isinstance(pk, str) else list(pk),
        "foreignKeys": [{"fields": [col], "reference": {"resource": other, "fields": [ocol]}}
                        for col, other, ocol in fks],
        "missingValues": [""],
    }


def _resource(name: str, path: str, data: bytes, **extra) -> dict:
    return {"name": name, "path": path, **extra, "encoding": "utf-8", "bytes": len(data),
            "hash": "sha256:" + hashlib.sha256(data).hexdigest()}


def descriptor_and_files(edition: RawEdition, edition_id: str,
                         created: str | None = None) -> tuple[dict, dict[str, bytes]]:
    files: dict[str, bytes] = {}
    resources = []
    for table in file_tables():
        path = f"data/{schema.TABLES[table][0]}"
        data = csv_text(table, edition.rows(table)).encode("utf-8")
        files[path] = data
        resources.append(_resource(table, path, data, profile="tabular-data-resource",
                                   format="csv", mediatype="text/csv",
                                   schema=table_schema(table, edition)))
    for n, (seed_file, text) in enumerate(sorted(edition.articles.items()), start=1):
        path = f"{ARTICLES_FOLDER}/{seed_file}"
        data = text.encode("utf-8")
        files[path] = data
        resources.append(_resource(f"article-{n}", path, data, format="txt",
                                   mediatype="text/plain", description="source article text"))
    descriptor = {
        "profile": "data-package",
        "name": "etown-edition",
        "title": "Beijing E-Town fact book edition",
        "version": edition_id,
        "edition": edition_id,
        "created": created or dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "data_date": edition.data_date,
        "etown_schema_version": edition.schema_version,
        "resources": resources,
    }
    return descriptor, files


def write_pack(edition: RawEdition, edition_id: str, out: Path,
               sign: Callable[[dict[str, bytes], str], dict[str, bytes]] | None = None) -> Path:
    """Write the pack to ``out`` atomically. ``sign(entries, edition_id)`` (core/trust/sign.py)
    returns the signature entries to add over the others."""
    from etown_desktop.core.export.atomic import atomic_path

    descriptor, files = descriptor_and_files(edition, edition_id)
    entries = {DESCRIPTOR: json.dumps(descriptor, indent=2, ensure_ascii=False).encode()}
    entries.update(files)
    if sign is not None:
        entries.update(sign(dict(entries), edition_id))
    with atomic_path(out) as tmp:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for path, data in entries.items():
                info = zipfile.ZipInfo(path, date_time=_ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                zf.writestr(info, data)
    return Path(out)


def read_pack(path: Path) -> RawEdition:
    """The raw edition in a pack; unsafe or damaged packs raise ImportRejected."""
    path = Path(path)
    name = path.name
    with open_safe_zip(path) as zf:
        if DESCRIPTOR not in zf.namelist():
            raise ImportRejected("no_descriptor", f"{name} has no {DESCRIPTOR}", name=name)
        try:
            descriptor = json.loads(read_entry(zf, DESCRIPTOR, name).decode("utf-8"))
            resources = descriptor["resources"]
            version = int(descriptor.get("etown_schema_version", 0))
            if not isinstance(resources, list):
                raise TypeError("resources is not a list")
        except (ValueError, KeyError, TypeError) as exc:
            raise ImportRejected("bad_descriptor", f"{name}: bad {DESCRIPTOR} ({exc})", name=name,
                                 detail=str(exc)) from exc
        edition = RawEdition(data_date=str(descriptor.get("data_date", "")), origin=name)
        tables: dict[str, str] = {}
        for res in resources:
            entry = res.get("path") if isinstance(res, dict) else None
            if not isinstance(entry, str) or entry not in zf.namelist():
                raise ImportRejected("bad_descriptor", f"{name}: missing resource {entry!r}",
                                     name=name, detail=f"missing resource {entry!r}")
            data = read_entry(zf, entry, name)
            expected = str(res.get("hash", ""))
            if expected != "sha256:" + hashlib.sha256(data).hexdigest() or \
                    res.get("bytes") != len(data):
                raise ImportRejected("checksum", f"{name}: {entry} checksum mismatch", name=name,
                                     entry=entry)
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                edition.read_problems.append((f"{name} › {entry}", 0, "", "", "not_utf8", {}))
                continue
            if entry.startswith(f"{ARTICLES_FOLDER}/"):
                edition.articles[entry.split("/", 1)[1]] = text
            elif entry.startswith("data/") and res.get("name") in schema.TABLES:
                tables[res["name"]] = text
    tables = migrate.migrate(tables, version, name)
    for table in file_tables():
        origin = f"{name} › data/{schema.TABLES[table][0]}"
        if table not in tables:
            edition.read_problems.append((origin, 0, "", "", "missing_file", {}))
            continue
        edition.tables[table] = parse_csv(tables[table], origin, table, edition)
    return edition
