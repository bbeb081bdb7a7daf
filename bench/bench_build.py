"""Build benchmark: wall-clock per phase of ``db build`` at chosen multiples of the shipped data.

For each multiple, synthetic data (``bench/synthetic_data.py``) is built in a fresh process by the
installed package and, with ``--baseline-src DIR``, by another copy of the code (``DIR`` holding
``etown_desktop``, e.g. ``git archive main src | tar -x -C /tmp/base`` then ``/tmp/base/src``) in the
same run, so the two are compared on the same (shared, noisy) machine. Printed per phase: seconds,
and the ratio against the first multiple divided by the growth of the data (1.0 = linear).

Phases are measured by wrapping the builder's steps (whatever of them the code has) and timing
every SQL statement of the build by its first words (``CREATE INDEX``, ``INSERT INTO figure_search_fts``
(the FTS rebuild), ``VACUUM`` …); the total and the peak RSS are of the whole build. CPU seconds
(``time.process_time``, plus the forked validation child's ``RUSAGE_CHILDREN``) are the figure to
compare on a shared machine; wall seconds are printed with the load average at the end of the run.
A summary gives per multiple: wall s, CPU s, database MB, the CPU growth against the first multiple
and, with ``--baseline-src``, this code's CPU and wall as ratios of the baseline's in the same run.

Usage:  python bench/bench_build.py [--multiples 1000 10000] [--baseline-src DIR] [--data DIR] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.synthetic_data import SHAPES, write_synthetic_data  # noqa: E402

CHILD = r"""
import functools, json, re, resource, sqlite3, sys, time
from collections import defaultdict
from pathlib import Path
import etown_desktop
from etown_desktop.core.db import build as B
from etown_desktop.core.queries import list_tables as L
phases = defaultdict(float)
cpu = defaultdict(float)  # the same phases in this process's CPU time (less sensitive to other load)
def timed(module, name, label):
    fn = getattr(module, name, None)
    if fn is None:
        return
    @functools.wraps(fn)
    def wrapper(*a, **k):
        t, c = time.perf_counter(), time.process_time()
        try:
            return fn(*a, **k)
        finally:
            phases[label] += time.perf_counter() - t
            cpu[label] += time.process_time() - c
    setattr(module, name, wrapper)
for name, label in (("check_folder", "load: validation engine"), ("read_table", "load: read CSV"),
                    ("paragraph_rows", "load: article paragraphs"), ("_validate", "load: key checks"),
                    ("validate_aliases", "load: aliases"), ("validate_stories", "load: stories"),
                    ("_derive", "load: derive"), ("edition_of", "edition hash"),
                    ("_search_rows", "search rows (python)"), ("load", "[all of load]"),
                    ("_write_database" if hasattr(B, "_write_database") else "_write_tables",
                     "[all of writing]"),
                    ("write_list_tables", "[all of list tables]"),
                    ("figure_records", "list: figure records"),
                    ("write_search_index", "[all of search tables]")):
    timed(B, name, label)
if getattr(B, "_FolderCheck", None) is not None:  # the build's forked children (not in older code)
    timed(B._FolderCheck, "result", "waiting for the validation child")
    from etown_desktop.core.db import forked as FK
    timed(FK.ForkedStreams, "stream", "waiting for the search pieces child")
if getattr(B, "_ForkedWork", None) is not None:  # the edition hash in the forked child
    timed(B._ForkedWork, "digest", "waiting for the edition hash (child)")
import os, sqlite_utils.db
timed(sqlite_utils.db.Table, "enable_fts", "sql: enable_fts (search_index)")
timed(os, "fsync", "fsync")
for name, label in (("figure_records", "list: figure records"), ("_ranks", "list: ranks"),
                    ("_rank_columns", "list: ranks")):
    timed(L, name, label)
def sql_label(sql):
    words = re.sub(r"[\[\]\"`]", "", sql).split()
    if not words:
        return "other"
    head = words[0].upper()
    if head == "INSERT":
        return "sql: INSERT INTO " + (words[2] if len(words) > 2 else "?").split("(")[0]
    if head == "CREATE":
        kind = words[1].upper()
        kind = "INDEX" if kind in ("INDEX", "UNIQUE") else kind
        return "sql: CREATE " + kind
    if head == "PRAGMA" and "check" in sql:
        return "sql: foreign_key_check"
    return "sql: " + head
class Conn(sqlite3.Connection):
    def _run(self, method, sql, *a):
        t, c = time.perf_counter(), time.process_time()
        try:
            return method(sql, *a)
        finally:
            phases[sql_label(sql)] += time.perf_counter() - t
            cpu[sql_label(sql)] += time.process_time() - c
    def execute(self, sql, *a):
        return self._run(super().execute, sql, *a)
    def executemany(self, sql, *a):
        return self._run(super().executemany, sql, *a)
    def executescript(self, sql):
        return self._run(super().executescript, sql)
    def commit(self):
        t, c = time.perf_counter(), time.process_time()
        super().commit()
        phases["sql: COMMIT"] += time.perf_counter() - t
        cpu["sql: COMMIT"] += time.process_time() - c
class Shim:
    def __getattr__(self, name):
        return getattr(sqlite3, name)
    @staticmethod
    def connect(*a, **k):
        return sqlite3.connect(*a, factory=Conn, **k)
B.sqlite3 = Shim()
def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime
t, c, k = time.perf_counter(), time.process_time(), children_cpu()
B.build(Path(sys.argv[1]), Path(sys.argv[2]))
total, total_cpu, child_cpu = time.perf_counter() - t, time.process_time() - c, children_cpu() - k
if child_cpu > 0:  # the forked children (validation engine, search pieces): their phases are not seen here
    cpu["forked children: validation, search pieces"] = child_cpu
print("RESULT " + json.dumps({"total": total, "phases": phases, "code": etown_desktop.__file__,
                              "total_cpu": total_cpu + child_cpu, "cpu": cpu, "child_cpu": child_cpu,
                              "parent_cpu": total_cpu,
                              "db_mb": Path(sys.argv[2]).stat().st_size / 1e6,
                              "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                              "child_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def run_build(folder: Path, out: Path, src: Path | None, timeout: float) -> dict:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(src), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    proc = subprocess.run([sys.executable, "-c", CHILD, str(folder), str(out)], env=env,
                          capture_output=True, text=True, timeout=timeout, check=False)
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    raise RuntimeError(f"build failed ({proc.returncode}):\n{proc.stderr[-3000:]}")


def report(results: dict[str, dict[int, dict]], multiples: list[int], kind: str = "phases",
           min_s: float = 0.2) -> str:
    """One table: wall-clock seconds per phase (``phases``) or this process's CPU seconds (``cpu``)."""
    total_key = "total" if kind == "phases" else "total_cpu"
    labels: list[str] = []
    for per in results.values():
        for r in per.values():
            labels += [k for k in sorted(r[kind], key=lambda k: -r[kind][k])
                       if k not in labels and r[kind][k] >= min_s]
    cols = [(name, m) for name in results for m in multiples]
    title = "wall-clock s" if kind == "phases" else "CPU s"
    head = f"{'phase (' + title + '; x: growth/data growth)':40}" + "".join(f"{f'{n} {m}x':>22}" for n, m in cols)
    lines = [head, "-" * len(head)]

    def row(label: str, get) -> str:
        cells = []
        for name, m in cols:
            v, b = get(results[name][m]), get(results[name][multiples[0]])
            text = "-" if v is None else f"{v:.2f}"
            if v is not None and b and m != multiples[0] and b > 0.05:
                text += f" ({v / b / (m / multiples[0]):.1f}x)"
            cells.append(f"{text:>22}")
        return f"{label[:40]:40}" + "".join(cells)

    lines.append(row("TOTAL" + (" (with the child process)" if kind == "cpu" else ""),
                     lambda r: r[total_key]))
    lines.append(row("peak RSS (MB)", lambda r: r["rss_mb"]))
    lines.append(row("peak RSS of a child (MB)", lambda r: r.get("child_rss_mb") or None))
    lines.append(row("database file (MB)", lambda r: r.get("db_mb")))
    for label in labels:
        lines.append(row(label, lambda r, lb=label: r[kind].get(lb)))
    return "\n".join(lines)


def summary(results: dict[str, dict[int, dict]], multiples: list[int], shape: str) -> str:
    """The before/after-able figures: wall s, CPU s (build process and its children; ``build``: of
    the build process alone, the critical path on two free cores), database MB;
    against the first multiple of the same variant (growth / data growth), and against the
    baseline code measured in the same run when there is one (this / baseline)."""
    lines = [f"summary ({shape} shape; load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)",
             f"{'variant':10}{'multiple':>10}{'wall s':>10}{'CPU s':>10}{'build':>8}{'db MB':>10}"
             f"{'CPU growth':>12}{'CPU/base':>10}{'wall/base':>10}"]
    first = multiples[0]
    for name, per in results.items():
        for m in multiples:
            r = per[m]
            growth = ""
            if m != first and per[first]["total_cpu"] > 0:
                growth = f"{r['total_cpu'] / per[first]['total_cpu'] / (m / first):.2f}x"
            vs_cpu = vs_wall = ""
            if name != "baseline" and "baseline" in results:
                b = results["baseline"][m]
                vs_cpu, vs_wall = f"{r['total_cpu'] / b['total_cpu']:.2f}", f"{r['total'] / b['total']:.2f}"
            lines.append(f"{name:10}{f'{m}x':>10}{r['total']:>10.1f}{r['total_cpu']:>10.1f}"
                         f"{r.get('parent_cpu', r['total_cpu']):>8.1f}"
                         f"{r.get('db_mb', float('nan')):>10.1f}{growth:>12}{vs_cpu:>10}{vs_wall:>10}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--multiples", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--baseline-src", type=Path, help="a folder holding another etown_desktop")
    parser.add_argument("--data", type=Path, help="reuse/keep the generated data folders here")
    parser.add_argument("--keep", type=Path, help="keep the built databases here")
    parser.add_argument("--timeout", type=float, default=1800)
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    parser.add_argument("--shape", choices=SHAPES, default="realistic",
                        help="synthetic data: one article per source (realistic) or copies of the shipped ones")
    args = parser.parse_args()
    variants: dict[str, Path | None] = {}
    if args.baseline_src:
        variants["baseline"] = args.baseline_src
    variants["this"] = None
    results: dict[str, dict[int, dict]] = {name: {} for name in variants}
    with tempfile.TemporaryDirectory() as t:
        data, keep = args.data or Path(t), args.keep or Path(t)
        data.mkdir(parents=True, exist_ok=True)
        keep.mkdir(parents=True, exist_ok=True)
        for m in args.multiples:
            folder = data / f"data-{m}x-{args.shape}"
            if not (folder / "figures.csv").is_file():
                write_synthetic_data(m, folder, shape=args.shape)
            for name, src in variants.items():
                out = keep / f"etown-{m}x{'-' + name if name != 'this' else ''}.db"
                results[name][m] = run_build(folder, out, src, args.timeout)
                r = results[name][m]
                print(f"  ... {name} {m}x: {r['total']:.1f} s wall, {r['total_cpu']:.1f} s CPU, "
                      f"{r['db_mb']:.0f} MB", file=sys.stderr, flush=True)
    print(f"db build per phase ({os.cpu_count()} CPUs; the x figure is the phase's growth divided by "
          f"the data's growth from {args.multiples[0]}x: 1.0 = linear)")
    print(report(results, args.multiples))
    print("\nthe same in CPU seconds of the build process (less sensitive to other load on shared cores)")
    print(report(results, args.multiples, "cpu"))
    print("\n" + summary(results, args.multiples, args.shape))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
