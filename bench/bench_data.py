"""Data-edition timings against the issue's goals, with baselines measured in the same run.

    python bench/bench_data.py [--figures 10000] [--repeat 3]

Goals (issue 9): importing a 10,000-figure workbook end to end (read, validate, build, check,
switch; a separate `etown-desktop data import FILE --yes` process) < 10 s with < 500 MB peak
memory; `etown-desktop data status` < 0.3 s. Baselines: the same import of the shipped-size
workbook, and `python -c pass` (the interpreter's own start), so a slow machine can be told
apart from a slow import. Also the duplicate-key check of the builder, set-based now, against
the quadratic `keys.count(k)` it replaced, on the same 10,000 keys.
The synthetic figures are TEST DATA (tests/editions_testdata.py) in a throw-away data folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def _run(cmd: list[str], env: dict) -> tuple[float, int]:
    """Wall time (s) and peak resident memory (MB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()[-500:]}")
    return seconds, int(usage.ru_maxrss / 1024)


def _import(book: Path, env: dict, folder: Path) -> tuple[float, int]:
    env = {**env, "ETOWN_DESKTOP_DATA_HOME": str(folder)}
    return _run([sys.executable, "-m", "etown_desktop", "data", "import", str(book), "--yes"], env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--figures", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    from editions_testdata import synthetic_edition

    from etown_desktop.core.editions.workbook_template import write_template
    from etown_desktop.core.resources import database_path

    factory = database_path()
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t = time.perf_counter()
        big = write_template(synthetic_edition(factory, args.figures), tmp / "big.xlsx")
        write_s = time.perf_counter() - t
        # Baseline: the shipped facts plus the one TEST DATA source (a real build, not a no-op).
        small = write_template(synthetic_edition(factory, 0), tmp / "small.xlsx")
        print(f"workbook: {args.figures} synthetic figures, {big.stat().st_size / 1e6:.1f} MB "
              f"(written in {write_s:.1f} s, not counted)")

        small_runs = [_import(small, env, tmp / f"s{i}") for i in range(args.repeat)]
        big_runs = [_import(big, env, tmp / f"b{i}") for i in range(args.repeat)]
        base_s = statistics.median(r[0] for r in small_runs)
        big_s = statistics.median(r[0] for r in big_runs)
        big_mb = max(r[1] for r in big_runs)
        print(f"import {args.figures:>6} figures: {big_s:6.2f} s  peak {big_mb} MB   "
              f"(goal < 10 s, < 500 MB)  {'OK' if big_s < 10 and big_mb < 500 else 'MISSED'}")
        print(f"import shipped (baseline): {base_s:6.2f} s  peak {max(r[1] for r in small_runs)} MB"
              f"   ratio {big_s / base_s:.1f}x")

        status_env = {**env, "ETOWN_DESKTOP_DATA_HOME": str(tmp / "b0")}
        status = [_run([sys.executable, "-m", "etown_desktop", "data", "status"], status_env)[0]
                  for _ in range(args.repeat + 2)]
        bare = [_run([sys.executable, "-c", "pass"], env)[0] for _ in range(args.repeat + 2)]
        st, bare_s = statistics.median(status), statistics.median(bare)
        print(f"data status (10k edition active): {st * 1000:6.0f} ms  (goal < 300 ms)  "
              f"{'OK' if st < 0.3 else 'MISSED'}   python -c pass: {bare_s * 1000:.0f} ms "
              f"ratio {st / bare_s:.1f}x")

    keys = [(f"F{i:05d}",) for i in range(args.figures)]
    t = time.perf_counter()
    seen: set = set()
    dupes = {k for k in keys if k in seen or seen.add(k)}
    set_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    old = sorted({k for k in keys if keys.count(k) > 1})
    count_ms = (time.perf_counter() - t) * 1000
    assert not dupes and not old
    print(f"duplicate-key check, {args.figures} keys: set {set_ms:.2f} ms vs keys.count "
          f"{count_ms:.0f} ms (ratio {count_ms / max(set_ms, 1e-3):.0f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
