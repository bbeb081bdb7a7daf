"""Synthetic, schema-valid data at a chosen multiple of the shipped data (for benchmarks and tests).

Never shipped: the generated files go to a folder you name (a temporary one by default), and the
database is built from them by the project's own builder (``etown_desktop.core.db.build``), so it
passes the same validation as the real data.

How it grows (a bureau importing its figures, its company register and its source pages):
  * ``sources``, ``companies`` and ``figures`` are copied ``multiple - 1`` more times. Copy *k*
    gets ids suffixed ``-kkkk``, names/titles/labels suffixed `` #k``, and its foreign keys point at
    copy *k* of the source and company (units and clusters stay the shipped ones).
  * A copied figure gets its own metric (``metric.sK``): new measures, not new statements of the
    shipped ones, so the shipped headlines stay the headlines. Topics are kept, so every topic's
    list of figures grows ``multiple`` times.
  * Every other table (clusters, reforms, plans, targets, districts …) is kept as shipped; files in
    the data folder that are not a table (``dataset.toml``, article texts) are copied unchanged.

Use from Python (other benchmarks and tests import it)::

    from bench.synthetic_data import build_synthetic_db, write_synthetic_data
    db = build_synthetic_db(100, Path("/tmp/etown-100x.db"))      # data + build, returns the path
    folder = write_synthetic_data(10, Path("/tmp/data-10x"))      # only the CSV folder

or from the shell: ``python bench/synthetic_data.py 100 -o /tmp/etown-100x.db``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import logging
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
try:
    import etown_desktop  # noqa: F401  (installed, or on the path already)
except ModuleNotFoundError:  # running from a checkout without an installed package
    sys.path.insert(0, str(REPO / "src"))

from etown_desktop.core.db import schema  # noqa: E402

log = logging.getLogger(__name__)

SCALED = ("sources", "companies", "figures")


def _suffix(k: int, width: int) -> str:
    return f"-{k:0{width}d}"


def _copy_row(table: str, row: dict[str, str], k: int, width: int) -> dict[str, str]:
    out = dict(row)
    sfx = _suffix(k, width)
    out["id"] = row["id"] + sfx
    if table == "sources":
        out["ref"] = f"{row['ref']}.{k}"
        out["title_en"] = f"{row['title_en']} #{k}"
        out["title_zh"] = f"{row['title_zh']} #{k}"
    elif table == "companies":
        out["name_en"] = f"{row['name_en']} #{k}"
        out["name_zh"] = f"{row['name_zh']} #{k}"
        out["source_id"] = row["source_id"] + sfx
    elif table == "figures":
        out["metric"] = f"{row['metric']}.s{k}"
        out["label_en"] = f"{row['label_en']} #{k}"
        out["label_zh"] = f"{row['label_zh']} #{k}"
        out["source_id"] = row["source_id"] + sfx
        if row.get("company_id"):
            out["company_id"] = row["company_id"] + sfx
    return out


def write_synthetic_data(multiple: int, out_dir: Path, src_dir: Path = DATA) -> Path:
    """Write the data folder of ``multiple`` × the shipped data into ``out_dir`` (created)."""
    if multiple < 1:
        raise ValueError("multiple must be 1 or more")
    src_dir, out_dir = Path(src_dir), Path(out_dir)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    shutil.copytree(src_dir, out_dir, ignore=shutil.ignore_patterns("*.db", "*.db-*"))
    width = len(str(max(multiple - 1, 1)))
    for table in SCALED:
        filename = schema.TABLES[table][0]
        with (src_dir / filename).open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            header = list(reader.fieldnames or [])
            rows = list(reader)
        with (out_dir / filename).open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=header, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
            for k in range(1, multiple):
                writer.writerows(_copy_row(table, r, k, width) for r in rows)
    return out_dir


def build_synthetic_db(multiple: int, out_path: Path, src_dir: Path = DATA) -> Path:
    """Generate the data at ``multiple`` × and build it with the project's builder into ``out_path``."""
    from etown_desktop.core.db.build import build

    with tempfile.TemporaryDirectory(prefix=f"etown-{multiple}x-") as tmp:
        folder = write_synthetic_data(multiple, Path(tmp) / "data", src_dir)
        return build(folder, Path(out_path))


def data_fingerprint(src_dir: Path = DATA) -> str:
    """A short hash of the data folder and the builder's code: a cache key for generated databases."""
    digest = hashlib.sha256()
    code = REPO / "src" / "etown_desktop" / "core" / "db"
    for path in sorted([*Path(src_dir).rglob("*"), *code.rglob("*.py")]):
        if path.is_file() and path.suffix != ".db" and "__pycache__" not in path.parts:
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:12]


def cached_synthetic_db(multiple: int, cache_dir: Path, src_dir: Path = DATA) -> Path:
    """The database at ``multiple`` ×, built once per data/builder version into ``cache_dir``."""
    path = Path(cache_dir) / f"etown-{multiple}x-{data_fingerprint(src_dir)}.db"
    if not path.is_file():
        build_synthetic_db(multiple, path, src_dir)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("multiple", type=int, help="how many times the shipped data (1, 10, 100, 1000 …)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="database file to build")
    parser.add_argument("--data-only", action="store_true",
                        help="write only the data folder (CSV) to OUTPUT, do not build")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    if args.data_only:
        write_synthetic_data(args.multiple, args.output)
    else:
        build_synthetic_db(args.multiple, args.output)
    print(f"{args.output}: {args.multiple}x in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
