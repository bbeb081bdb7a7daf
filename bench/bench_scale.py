"""Scale benchmark: the app at 1×, 100× and 1,000× the shipped data (optionally 10,000×).

For each multiple, in fresh processes (offscreen Qt), with ratios against 1× measured in the same run:
  * ``db build`` of synthetic, schema-valid data made by ``bench/synthetic_data.py`` (time, peak RSS);
  * the app: start -> first paint, start -> all tabs ready, the slowest tab build, the longest
    stall of the GUI thread between first paint and "all tabs ready" (a 5 ms timer's worst gap),
    peak RSS when ready and after the interactions below;
  * on the "Sources & all figures" table: one filter keystroke (typing "output" one letter at a
    time, median and worst, each until the table is repainted), clearing the filter, sorting by
    value (both directions), a row click until the source panel is repainted, scrolling to the end;
  * exports through the command line's code: figures table CSV and XLSX, the pack (time, peak RSS,
    size) and the fact sheet (its page count).

Usage:  python bench/bench_scale.py [--multiples 1 100 1000] [--keep DIR] [--reuse DIR] [--skip-exports]
(development: ETOWN_DESKTOP_RESOURCES=resources; the package on sys.path, e.g. an editable install)
``--reuse DIR`` takes ``DIR/etown-{N}x.db`` when it exists instead of building (build time then "-").
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.synthetic_data import SHAPES, write_synthetic_data  # noqa: E402
from bench.user_home import RETURNING_USER, user_home_env  # noqa: E402
from bench.app_child import RUN_APP  # noqa: E402

BUILD_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from etown_desktop.core.db.build import build
t = time.perf_counter()
build(Path(sys.argv[1]), Path(sys.argv[2]))
print(json.dumps({"build_s": time.perf_counter() - t,
                  "build_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

APP_CHILD = r"""
import json, resource, statistics, sys, time
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication
import etown_desktop.app.bootstrap as bootstrap
from etown_desktop.app.cli import main
START = float(sys.argv[1])
out = {}
def rss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

def timed(action, widget):
    t = time.perf_counter()
    action()
    QApplication.processEvents()
    widget.repaint()
    return 1000 * (time.perf_counter() - t)

def hook(window):
    window.resize(1600, 1000)
    gaps = {"last": None, "worst": 0.0}
    ticker = QTimer(window)
    ticker.setInterval(5)
    def tick():
        now = time.perf_counter()
        if gaps["last"] is not None:
            gaps["worst"] = max(gaps["worst"], now - gaps["last"])
        gaps["last"] = now
    ticker.timeout.connect(tick)
    def painted():
        out["first_paint_s"] = time.time() - START
        gaps["last"] = time.perf_counter()  # the first tab's build counts as a stall too
        ticker.start()
    window.firstPainted.connect(painted)
    def ready():
        out["ready_s"] = time.time() - START
        ticker.stop()
        tick()  # the last step before "ready" (the last tab's build) is a stall too
        out["worst_gui_stall_ms"] = 1000 * gaps["worst"]
        out["slowest_tab_ms"] = max(1000 * v for v in window.tab_build_seconds.values())
        out["tab_build_ms"] = {k: round(1000 * v, 1) for k, v in window.tab_build_seconds.items()}
        out["rss_ready_mb"] = rss()
        QTimer.singleShot(20, interact)
    def interact():
        window.select_tab("sources")
        tab = window.tab_widget("sources")
        QApplication.processEvents()
        table = tab.figure_table
        view = table.viewport()
        keys = []
        for i in range(1, len("output") + 1):
            keys.append(timed(lambda: tab.search_box.setText("output"[:i]), view))
        out["filter_key_ms_median"] = statistics.median(keys)
        out["filter_key_ms_worst"] = max(keys)
        out["clear_ms"] = timed(lambda: tab.search_box.setText(""), view)
        out["sort_desc_ms"] = timed(lambda: table.sortByColumn(3, Qt.SortOrder.DescendingOrder), view)
        out["sort_asc_ms"] = timed(lambda: table.sortByColumn(3, Qt.SortOrder.AscendingOrder), view)
        model = table.model()
        panel = window.provenance_panel
        clicks = [timed(lambda r=r: table.setCurrentIndex(model.index(r, 1)), panel)
                  for r in (3, 40, 7)]
        out["click_provenance_ms"] = statistics.median(clicks)
        out["scroll_end_ms"] = timed(table.scrollToBottom, view)
        out["rows"] = model.rowCount()
        out["rss_end_mb"] = rss()
        print("RESULT " + json.dumps(out), flush=True)
        QApplication.quit()
    when_ready(window, ready)

""" + RUN_APP

EXPORT_CHILD = r"""
import json, resource, sys, time
from etown_desktop.app.cli import main
argv = json.loads(sys.argv[1])
t = time.perf_counter()
code = main(argv)
print("RESULT " + json.dumps({"s": time.perf_counter() - t, "code": code,
                              "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _env(db: Path | None, tmp: Path, multiple: int = 0) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tmp / f"home-{multiple}x"  # fresh settings for each multiple (first start, first tab)
    env = user_home_env(env, home)
    if db is not None:
        env["ETOWN_DESKTOP_DB"] = str(db)
    return env


def _child(code: str, args: list[str], env: dict[str, str], timeout: float) -> dict:
    proc = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True,
                          text=True, timeout=timeout, check=False)
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError(f"child failed ({proc.returncode}):\n{proc.stderr[-3000:]}")


def measure(multiple: int, tmp: Path, reuse: Path | None, exports: bool, timeout: float,
            shape: str = "realistic") -> dict:
    res: dict = {"multiple": multiple, "shape": shape}
    db = tmp / f"etown-{multiple}x.db"
    if reuse is not None and (reuse / f"etown-{multiple}x.db").is_file():
        db = reuse / f"etown-{multiple}x.db"
    else:
        folder = write_synthetic_data(multiple, tmp / f"data-{multiple}x", shape=shape)
        res.update(_child(BUILD_CHILD, [str(folder), str(db)], _env(None, tmp), timeout))
        res["db_mb"] = db.stat().st_size / 1e6 if db.is_file() else None
    env = _env(db, tmp, multiple)
    subprocess.run([sys.executable, "-c", RETURNING_USER], env=env, check=True, timeout=timeout)
    try:
        res.update(_child(APP_CHILD, [f"{time.time():.6f}"], env, timeout))
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        res["app_error"] = str(exc)[-300:]
    if exports:
        for key, argv in (
            ("csv", ["export", "table", "figures", "-o", str(tmp / f"f{multiple}.csv")]),
            ("xlsx", ["export", "table", "figures", "-o", str(tmp / f"f{multiple}.xlsx")]),
            ("pack", ["export", "pack", "-o", str(tmp / f"p{multiple}.zip")]),
            ("factsheet", ["export", "factsheet", "-o", str(tmp / f"fs{multiple}.pdf")]),
        ):
            try:
                r = _child(EXPORT_CHILD, [json.dumps(argv)], env, timeout)
                res[f"{key}_s"], res[f"{key}_rss_mb"] = r["s"], r["rss_mb"]
            except (RuntimeError, subprocess.TimeoutExpired) as exc:
                res[f"{key}_error"] = str(exc)[-300:]
        pack = tmp / f"p{multiple}.zip"
        if pack.is_file():
            res["pack_mb"] = pack.stat().st_size / 1e6
        pdf = tmp / f"fs{multiple}.pdf"
        if pdf.is_file():
            info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=False).stdout
            pages = [ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages:")]
            res["factsheet_pages"] = int(pages[0]) if pages else None
    return res


ROWS = (
    ("build_s", "db build", "s"), ("db_mb", "database file", "MB"), ("build_rss_mb", "db build peak RSS", "MB"),
    ("first_paint_s", "start -> first paint", "s"), ("ready_s", "start -> all tabs ready", "s"),
    ("slowest_tab_ms", "slowest tab build", "ms"), ("worst_gui_stall_ms", "longest GUI stall", "ms"),
    ("rss_ready_mb", "peak RSS, tabs ready", "MB"),
    ("filter_key_ms_median", "filter keystroke (median)", "ms"),
    ("filter_key_ms_worst", "filter keystroke (worst)", "ms"), ("clear_ms", "clear filter", "ms"),
    ("sort_desc_ms", "sort by value (desc)", "ms"), ("sort_asc_ms", "sort by value (asc)", "ms"),
    ("click_provenance_ms", "row click -> provenance", "ms"), ("scroll_end_ms", "scroll to end", "ms"),
    ("rss_end_mb", "peak RSS after interactions", "MB"), ("rows", "rows in the figures table", ""),
    ("csv_s", "export figures CSV", "s"), ("xlsx_s", "export figures XLSX", "s"),
    ("pack_s", "export pack", "s"), ("pack_rss_mb", "export pack peak RSS", "MB"),
    ("pack_mb", "pack size", "MB"), ("factsheet_pages", "fact sheet pages", ""),
)


def report(results: list[dict]) -> str:
    base = results[0]
    head = f"{'measure':32}" + "".join(f"{str(r['multiple']) + 'x':>20}" for r in results)
    lines = [head, "-" * len(head)]
    for key, label, unit in ROWS:
        cells = []
        for r in results:
            v = r.get(key)
            if v is None:
                cells.append(f"{'-':>20}")
                continue
            text = f"{v:.0f}" if unit in ("ms", "MB", "") else f"{v:.2f}"
            b = base.get(key)
            ratio = f" ({v / b:.0f}x)" if r is not base and b and unit != "" and v / b >= 10 else (
                f" ({v / b:.1f}x)" if r is not base and b and unit != "" else "")
            cells.append(f"{text + ' ' + unit + ratio:>20}")
        lines.append(f"{label:32}" + "".join(cells))
    for r in results:
        for k, v in r.items():
            if k.endswith("_error"):
                lines.append(f"  {r['multiple']}x {k}: {v}")
        if "tab_build_ms" in r:
            lines.append(f"  {r['multiple']}x tab builds (ms): {r['tab_build_ms']}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--multiples", type=int, nargs="+", default=[1, 100, 1000])
    parser.add_argument("--keep", type=Path, help="keep the generated databases and exports here")
    parser.add_argument("--reuse", type=Path, help="use DIR/etown-{N}x.db where present (no build)")
    parser.add_argument("--skip-exports", action="store_true")
    parser.add_argument("--shape", choices=SHAPES, default="realistic",
                        help="synthetic data: one article per source (realistic) or copies of the shipped ones")
    parser.add_argument("--timeout", type=float, default=900)
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as t:
        tmp = args.keep or Path(t)
        tmp.mkdir(parents=True, exist_ok=True)
        results = []
        for m in args.multiples:
            results.append(measure(m, tmp, args.reuse, not args.skip_exports, args.timeout, args.shape))
            print(f"  ... {m}x done", file=sys.stderr, flush=True)
    print(f"E-Town Investor Desktop scale benchmark ({os.cpu_count()} CPUs, offscreen; ratios vs "
          f"{args.multiples[0]}x)")
    print(report(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
