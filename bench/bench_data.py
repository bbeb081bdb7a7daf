"""Data-edition timings against the issue's goals, with baselines measured in the same run.

    python bench/bench_data.py [--figures 10000] [--repeat 3]

Goals (issue 9): importing a 10,000-figure workbook end to end (read, validate, build, check,
switch; a separate `etown-desktop data import FILE --yes` process) < 10 s with < 500 MB peak
memory; `etown-desktop data status` < 0.3 s. Baselines: the same import of the shipped-size
workbook, and `python -c pass` (the interpreter's own start), so a slow machine can be told
apart from a slow import. Also the duplicate-key check of the builder, set-based now, against
the quadratic `keys.count(k)` it replaced, on the same 10,000 keys.
The synthetic figures are TEST DATA (tests/editions_testdata.py) in a throw-away data folder.

Signed editions (issue 20, ``--part signing``): an edition pack of the 1,000x data
(bench/synthetic_data.py, 74,000 figures); goals: verifying its signature (core/trust/verify.py:
the signature over the manifest, every entry's size and SHA-256) adds <= 10 % to its import, and
signing it <= 2 s. Printed: the verification alone against an unsigned import of the same pack
(read, validate, build, check, switch; in this process), the signed import end to end, the
signing of the pack's files, and the key's unlocking (Argon2id, once per export, any pack size).
"""

from __future__ import annotations

import argparse
import json
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
    parser.add_argument("--part", choices=["all", "import", "signing"], default="all")
    parser.add_argument("--multiple", type=int, default=1000, help="size of the signed pack's data")
    args = parser.parse_args(argv)
    if args.part in ("all", "signing"):
        signing_bench(args.multiple, args.repeat)
    if args.part == "signing":
        return 0

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


def signing_bench(multiple: int, repeat: int) -> None:
    """Sign and verify an edition pack of the ``multiple`` x data; print the figures."""
    sys.path.insert(0, str(ROOT))
    from bench.synthetic_data import build_synthetic_db

    from etown_desktop.core.editions.dbread import edition_id, read_database
    from etown_desktop.core.editions.importer import apply_import, prepare_import
    from etown_desktop.core.editions.pack import descriptor_and_files, write_pack
    from etown_desktop.core.editions.store import EditionStore
    from etown_desktop.core.resources import database_path
    from etown_desktop.core.trust import key_file
    from etown_desktop.core.trust.sign import sign_files
    from etown_desktop.core.trust.trust_store import TrustStore
    from etown_desktop.core.trust.verify import check_pack

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t = time.perf_counter()
        db = build_synthetic_db(multiple, tmp / "big.db")
        raw, edition = read_database(db), edition_id(db)
        figures = len(raw.rows("figures"))
        print(f"signed pack: {multiple}x data, {figures:,} figures (built in "
              f"{time.perf_counter() - t:.0f} s, not counted)")
        pair = key_file.new_key("BENCH publisher")
        key_path, _pub = key_file.write_key_files(pair, "bench passphrase", tmp / "bench.key")
        unlock = []
        for _ in range(repeat):
            t = time.perf_counter()
            pair = key_file.open_key(key_path, "bench passphrase")
            unlock.append(time.perf_counter() - t)
        descriptor, files = descriptor_and_files(raw, edition)
        entries = {"datapackage.json": json.dumps(descriptor, indent=2).encode(), **files}
        signing = []
        for n in range(repeat):
            t = time.perf_counter()
            sign_files(pair, entries, edition, n + 1)
            signing.append(time.perf_counter() - t)
        unsigned = write_pack(raw, edition, tmp / "unsigned.etown")
        signed = write_pack(raw, edition, tmp / "signed.etown",
                            sign=lambda f, e: sign_files(pair, f, e, 1))
        trust = TrustStore(tmp / "trust.json")
        trust.add(pair.public)
        verify = []
        for _ in range(repeat):
            t = time.perf_counter()
            check_pack(signed, trust, kiosk=False)
            verify.append(time.perf_counter() - t)

        def imported(pack: Path, folder: str, store_trust: TrustStore) -> float:
            store = EditionStore(tmp / folder)
            t = time.perf_counter()
            plan = prepare_import(pack, store, database_path(), trust=store_trust, kiosk=False)
            assert plan.ok, plan.report.render("en")[:500]
            apply_import(plan, store)
            return time.perf_counter() - t

        plain = [imported(unsigned, f"u{i}", TrustStore(tmp / f"none{i}.json"))
                 for i in range(max(1, repeat - 1))]
        whole = [imported(signed, f"s{i}", TrustStore(tmp / "trust.json"))
                 for i in range(max(1, repeat - 1))]
    v, imp = statistics.median(verify), statistics.median(plain)
    sg, un = statistics.median(signing), statistics.median(unlock)
    print(f"import, unsigned pack:    {imp:6.2f} s (median of {len(plain)})")
    print(f"verify the signed pack:   {v:6.2f} s = {v / imp * 100:4.1f} % of the import "
          f"(goal <= 10 %)  {'OK' if v <= 0.1 * imp else 'MISSED'}")
    print(f"import, signed pack:      {statistics.median(whole):6.2f} s end to end "
          f"({(statistics.median(whole) / imp - 1) * 100:+.1f} % against unsigned; noisy)")
    print(f"sign the pack's files:    {sg:6.2f} s (goal <= 2 s)  {'OK' if sg <= 2 else 'MISSED'}; "
          f"unlock the key (Argon2id): {un:4.2f} s, once per export; together "
          f"{sg + un:4.2f} s  {'OK' if sg + un <= 2 else 'over 2 s'}")


if __name__ == "__main__":
    sys.exit(main())
