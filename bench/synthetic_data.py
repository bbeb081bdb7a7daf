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

Two shapes (``shape=``, ``--shape``):
  * ``copied`` (the first generator, the default of the Python functions so the tests' databases stay
    as they were): every copy of a source cites the shipped article text and keeps its figures'
    numbers, so 5,000 sources share five texts and a few values.
  * ``realistic`` (the default of the command line and the benchmarks): what a bureau that imports
    5,000 sources really has — one article per source (``data/sources/<id>.txt``, about twice the
    shipped article's paragraphs, 250–600 characters each, its own words and names), every copied
    figure with its own value (the shipped value moved by up to ±5 %, USD at the source's own rate,
    shares kept ≤ 100 %), and each cited paragraph stating its figures' numbers with their qualifier
    words, so the provenance rule and the import validation hold for every figure.

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
import random
import re
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
SHAPES = ("copied", "realistic")


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


def write_synthetic_data(multiple: int, out_dir: Path, src_dir: Path = DATA,
                         shape: str = "copied") -> Path:
    """Write the data folder of ``multiple`` × the shipped data into ``out_dir`` (created)."""
    if multiple < 1:
        raise ValueError("multiple must be 1 or more")
    if shape not in SHAPES:
        raise ValueError(f"shape must be one of {', '.join(SHAPES)}")
    src_dir, out_dir = Path(src_dir), Path(out_dir)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    shutil.copytree(src_dir, out_dir, ignore=shutil.ignore_patterns("*.db", "*.db-*"))
    width = len(str(max(multiple - 1, 1)))
    tables: dict[str, tuple[list[str], list[dict[str, str]]]] = {}
    for table in SCALED:
        with (src_dir / schema.TABLES[table][0]).open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            tables[table] = (list(reader.fieldnames or []), list(reader))
    articles = _Articles(src_dir, out_dir, tables) if shape == "realistic" else None
    for table in SCALED:
        header, rows = tables[table]
        with (out_dir / schema.TABLES[table][0]).open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=header, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
            for k in range(1, multiple):
                copies = [_copy_row(table, r, k, width) for r in rows]
                if articles is not None:
                    copies = articles.reshape(table, copies, k)
                writer.writerows(copies)
    if articles is not None:
        articles.write_all()
    return out_dir


# --- the realistic shape: one article per source, each figure with its own value --------------

_QUALIFIER_WORD = {"about": "about", "nearly": "nearly", "more_than": "more than",
                   "at_least": "at least", "at_most": "no more than", "less_than": "less than"}
_SYLLABLES = ("an", "bo", "chen", "da", "feng", "guo", "hai", "jin", "kai", "lan", "ming", "ning",
              "peng", "qi", "rui", "shan", "tai", "wei", "xin", "yao", "zhi", "hua", "long", "yu")


def _perturbed(value: str, unit: str, k: int) -> str:
    """The shipped value moved by up to ±5 % for copy ``k``, written with the same decimals."""
    if not value:
        return value
    number = float(value)
    decimals = len(value.split(".")[1]) if "." in value else 0
    if number < 10 and decimals == 0:
        return value  # ranks, small counts: "first", "four" — kept
    factor = 1 + (((k * 7919 + int(number * 13)) % 1001) - 500) / 10_000
    moved = round(number * factor, decimals)
    if unit == "percent" and moved > 100:
        moved = number
    return str(int(moved)) if decimals == 0 else repr(moved)


def _written(value: str) -> str:
    """How the article writes a value: whole numbers as digits, others with thousands separators
    and every decimal the figure has (one of the provenance rule's written forms)."""
    if not value:
        return value
    number = float(value)
    return str(int(number)) if number.is_integer() else f"{number:,}"


class _Articles:
    """Writes one article per copied source and gives copied figures values their article states."""

    def __init__(self, src_dir: Path, out_dir: Path,
                 tables: dict[str, tuple[list[str], list[dict[str, str]]]]) -> None:
        from etown_desktop.core.provenance import split_paragraphs

        self.out_dir = out_dir
        self.paragraphs: dict[str, list[str]] = {}
        for row in tables["sources"][1]:
            text = (src_dir / "sources" / row["seed_file"]).read_text(encoding="utf-8")
            self.paragraphs[row["id"]] = split_paragraphs(text)
        words = re.findall(r"[A-Za-z][a-z]{3,}", " ".join(" ".join(p) for p in self.paragraphs.values()))
        self.vocabulary = sorted(set(w.lower() for w in words))
        self.units = {r["id"]: r for r in _read_csv(src_dir / "units.csv")}
        self.sentences: dict[tuple[str, int], list[str]] = {}
        self.pending: list[tuple[str, str, int]] = []  # (copied source id, shipped source id, k)

    def reshape(self, table: str, rows: list[dict[str, str]], k: int) -> list[dict[str, str]]:
        if table == "sources":
            for row in rows:
                shipped = row["id"].rsplit("-", 1)[0]
                row["seed_file"] = f"{row['id']}.txt"
                self.pending.append((row["id"], shipped, k))
        elif table == "figures":
            for row in rows:
                shipped_value, shipped_usd = row["value"], row.get("usd_value")
                row["value"] = _perturbed(shipped_value, row["unit"], k)
                if shipped_usd and shipped_value:
                    # The source's own rate (shipped value / shipped USD) applied to the new value.
                    decimals = len(shipped_usd.split(".")[1]) if "." in shipped_usd else 0
                    usd = float(row["value"]) * float(shipped_usd) / float(shipped_value)
                    row["usd_value"] = repr(round(usd, decimals)) if decimals else str(round(usd))
                self.sentences.setdefault((row["source_id"], int(row["paragraph"])), []).append(
                    self._statement(row))
        return rows

    def _statement(self, row: dict[str, str]) -> str:
        unit = self.units.get(row["unit"], {})
        qualifier = _QUALIFIER_WORD.get(row["qualifier"], "")
        amount = " ".join(p for p in (qualifier, _written(row["value"]), unit.get("en", "")) if p)
        usd = f" (some US${_written(row['usd_value'])} at the time)" if row.get("usd_value") else ""
        return f"{row['label_en']} stood at {amount}{usd} for {row['period_en'] or 'the period'}."

    def write_all(self) -> None:
        folder = self.out_dir / "sources"
        for copied, shipped, k in self.pending:
            rng = random.Random(f"{copied}")
            names = [self._name(rng) for _ in range(6)]
            out: list[str] = []
            n_cited = len(self.paragraphs[shipped])
            for i in range(1, 2 * n_cited + 1):
                text = self._filler(rng, names, rng.randint(250, 600))
                stated = self.sentences.get((copied, i), [])
                out.append(" ".join([text, *stated]) if i <= n_cited else text)
            (folder / f"{copied}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")

    def _name(self, rng: random.Random) -> str:
        return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()

    def _filler(self, rng: random.Random, names: list[str], length: int) -> str:
        sentences: list[str] = []
        size = 0
        while size < length:
            words = [rng.choice(self.vocabulary) for _ in range(rng.randint(8, 16))]
            words[rng.randrange(len(words))] = rng.choice(names)
            sentence = " ".join(words).capitalize() + "."
            sentences.append(sentence)
            size += len(sentence) + 1
        return " ".join(sentences)


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def build_synthetic_db(multiple: int, out_path: Path, src_dir: Path = DATA,
                       shape: str = "copied") -> Path:
    """Generate the data at ``multiple`` × and build it with the project's builder into ``out_path``."""
    from etown_desktop.core.db.build import build

    with tempfile.TemporaryDirectory(prefix=f"etown-{multiple}x-") as tmp:
        folder = write_synthetic_data(multiple, Path(tmp) / "data", src_dir, shape)
        return build(folder, Path(out_path))


def data_fingerprint(src_dir: Path = DATA) -> str:
    """A short hash of the data folder and the builder's code: a cache key for generated databases."""
    digest = hashlib.sha256()
    code = REPO / "src" / "etown_desktop" / "core" / "db"
    for path in sorted([*Path(src_dir).rglob("*"), *code.rglob("*.py")]):
        if path.is_file() and path.suffix != ".db" and "__pycache__" not in path.parts:
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:12]


def cached_synthetic_db(multiple: int, cache_dir: Path, src_dir: Path = DATA,
                        shape: str = "copied") -> Path:
    """The database at ``multiple`` ×, built once per data/builder version into ``cache_dir``."""
    tag = "" if shape == "copied" else f"-{shape}"
    path = Path(cache_dir) / f"etown-{multiple}x{tag}-{data_fingerprint(src_dir)}.db"
    if not path.is_file():
        build_synthetic_db(multiple, path, src_dir, shape)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("multiple", type=int, help="how many times the shipped data (1, 10, 100, 1000 …)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="database file to build")
    parser.add_argument("--data-only", action="store_true",
                        help="write only the data folder (CSV) to OUTPUT, do not build")
    parser.add_argument("--shape", choices=SHAPES, default="realistic",
                        help="realistic: one article per source, own values (default); "
                             "copied: every copy cites the shipped articles")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    if args.data_only:
        write_synthetic_data(args.multiple, args.output, shape=args.shape)
        size = sum(p.stat().st_size for p in Path(args.output).rglob("*") if p.is_file())
    else:
        build_synthetic_db(args.multiple, args.output, shape=args.shape)
        size = Path(args.output).stat().st_size
    print(f"{args.output}: {args.multiple}x ({args.shape}) in {time.perf_counter() - start:.1f} s, "
          f"{size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
