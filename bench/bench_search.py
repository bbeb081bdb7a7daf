"""Search speed per keystroke against the issue's goals, on today's data and on a synthetic
database 100 times larger built by the project's own build code (``core.db.build.build``).

    python bench/bench_search.py [--scale 100] [--repeat 5]
    python bench/bench_search.py --db /tmp/etown-1000x.db   # an existing database (bench/synthetic_data.py)

Goals (issue 10): < 20 ms per keystroke on today's data, < 100 ms on the 100x database.
Baseline, measured in the same run on the same databases: the all-figures table's existing
full-text search (``Repository.search``, SQLite FTS5), so a slow machine can be told apart from
a slow search. "UI" also fills the popup's grouped result list (what a staffer waits for). Every query is typed one character at a time ("B", "Be", "Ben", "Benz"); each
prefix is one keystroke. Prints the median and the worst keystroke.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ("Benz", "奔驰", "Yizhuang", "亦庄", "pharma", "生物医药", "1,043", "96.7", "600", "140",
           "Fortune 500", "work permit", "北京经开区", "zzzz")
# Tables copied N times (ids suffixed); the others (sources, units, districts …) stay as they are.
REPLICATED = ("figures", "companies", "clusters", "reforms", "reform_mentions", "reform_measures",
              "targets", "aliases")
ALIAS_TABLES = {"company": "companies", "cluster": "clusters", "reform": "reforms",
                "figure": "figures", "target": "targets"}


def synthetic_data(src: Path, out: Path, scale: int) -> Path:
    """A copy of ``src`` with every replicated table's rows repeated ``scale`` times."""
    from etown_desktop.core.db import schema

    shutil.copytree(src, out)
    (out / "etown.db").unlink(missing_ok=True)
    for table in REPLICATED:
        filename, _cols, pk, fks = schema.TABLES[table]
        suffixed = {c for c, other, _ in fks if other in REPLICATED}
        if pk == "id":
            suffixed.add("id")
        with (src / filename).open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            fields, rows = reader.fieldnames, list(reader)
        copies = []
        for k in range(scale):
            for row in rows:
                if table == "aliases" and row["kind"] not in ALIAS_TABLES:
                    if k:
                        continue  # profiles are defined once, in code
                    copies.append(row)
                    continue
                new = dict(row)
                for col in suffixed | ({"ref_id"} if table == "aliases" else set()):
                    if k and new[col]:
                        new[col] = f"{new[col]}_x{k}"
                copies.append(new)
        with (out / filename).open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fields)
            writer.writeheader()
            writer.writerows(copies)
    return out


def keystrokes(search, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        for q in QUERIES:
            for i in range(1, len(q) + 1):
                t = time.perf_counter()
                search(q[:i])
                times.append((time.perf_counter() - t) * 1000)
    return times


def _popup(index):
    """The search popup (offscreen): a keystroke there also fills the grouped result list."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from etown_desktop.ui.search.search_popup import SearchPopup

    global _APP
    _APP = QApplication.instance() or QApplication([])
    return SearchPopup(index)


_APP = None


def _rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            return int(fh.read().split("VmRSS:")[1].split()[0]) / 1024
    except (OSError, IndexError):
        return float("nan")


def measure(db: Path, repeat: int) -> dict[str, float]:
    import numpy  # noqa: F401  (the app has it loaded before the search opens)

    from etown_desktop.core.repository import Repository
    from etown_desktop.core.search.query import SearchIndex

    repo = Repository(db)
    try:
        rss = _rss_mb()
        t = time.perf_counter()
        index = SearchIndex.from_repository(repo)
        build_ms = (time.perf_counter() - t) * 1000
        rss_open = _rss_mb() - rss
        index.search("warm-up")
        ours = keystrokes(index.search, repeat)
        base = keystrokes(repo.search, repeat)
        ui = keystrokes(_popup(index).run_query, 1)
        return {"entries": index.count, "build_ms": build_ms, "rss_open": rss_open,
                "median": statistics.median(ours), "worst": max(ours),
                "ui_median": statistics.median(ui), "ui_worst": max(ui),
                "base_median": statistics.median(base), "base_worst": max(base)}
    finally:
        repo.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--db", type=Path, help="measure this database only (e.g. a 1,000x one)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    if args.db:
        r = measure(args.db, args.repeat)
        print(f"{args.db}: {r['entries']} entries; opening the search {r['build_ms']:.1f} ms, "
              f"+{r['rss_open']:.0f} MB RSS; keystroke median {r['median']:.2f} ms, worst {r['worst']:.2f} ms; "
              f"UI median {r['ui_median']:.2f} ms, worst {r['ui_worst']:.2f} ms; "
              f"FTS baseline median {r['base_median']:.2f} ms, worst {r['base_worst']:.2f} ms")
        return 0
    from etown_desktop.core.db.build import build

    tmp = Path(tempfile.mkdtemp(prefix="etown-search-bench-"))
    try:
        t = time.perf_counter()
        today = build(ROOT / "data", tmp / "today.db")
        big_src = synthetic_data(ROOT / "data", tmp / "big", args.scale)
        big = build(big_src, tmp / "big.db")
        print(f"built both databases in {time.perf_counter() - t:.1f} s (project build code)")
        goals = {1: 20.0, args.scale: 100.0}
        print(f"{'database':>9} {'entries':>8} {'index ms':>9} {'median ms':>10} {'worst ms':>9} "
              f"{'goal ms':>8} {'worst/goal':>10} {'UI median':>10} {'UI worst':>9} "
              f"{'FTS median':>11} {'FTS worst':>10}")
        for scale, db in ((1, today), (args.scale, big)):
            r = measure(db, args.repeat)
            print(f"{str(scale) + 'x':>9} {r['entries']:>8} {r['build_ms']:>9.1f} {r['median']:>10.2f} "
                  f"{r['worst']:>9.2f} {goals[scale]:>8.0f} {r['worst'] / goals[scale]:>10.2f} "
                  f"{r['ui_median']:>10.2f} {r['ui_worst']:>9.2f} "
                  f"{r['base_median']:>11.2f} {r['base_worst']:>10.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
