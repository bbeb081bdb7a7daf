"""The Profiles tab in the app's step-by-step build: how long it holds the GUI thread, in all and
in its longest single step, at 1×, 1,000× and 10,000× — this tree and, optionally, a baseline tree
(e.g. main before the change) measured in the same run, with ratios against the baseline.

Per database and tree, in fresh processes (offscreen Qt, a returning user in a scratch home):
  * **in the app**: the real start-up; each step of the build after the first paint is timed;
    the Profiles tab's steps ("tab:profiles" and its later "chart:profiles" steps): count, total
    and longest; the longest step of any other tab (for context); then, once every tab is ready,
    the tab shown for the first time (a click on it: laid out and painted), and the tab opened
    again as a click on a tab not built yet does (``rebuild_tab``), until painted;
  * **cold**: ``ProfilesTab`` on a freshly opened database (nothing read yet), shown and painted;
    then its "Show all N" of the figures opened (the full list's table, shown).

Usage:  python bench/bench_profile_steps.py --db 1=data/etown.db --db 1000=/path/etown-1000x.db
            [--baseline-src /path/to/old/src] [--repeat 1]
(development: ETOWN_DESKTOP_RESOURCES=resources. ``--baseline-src`` is a ``src`` folder of another
tree, e.g. ``git archive a24f0a4 src | tar -x -C /tmp/base``; it is put first on PYTHONPATH.)
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

from bench.user_home import RETURNING_USER, user_home_env  # noqa: E402
from bench.app_child import RUN_APP  # noqa: E402

APP_CHILD = r"""
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import etown_desktop.app.bootstrap as bootstrap
from etown_desktop.app.cli import main
out = {"steps": []}

def hook(window):
    window.resize(1600, 1000)
    steps = window.build_steps
    orig = steps.run_next
    def run_next():
        done, t = len(steps.log), time.perf_counter()
        more = orig()
        ms = 1000 * (time.perf_counter() - t)
        if len(steps.log) > done:  # a step ran (the last call only finds nothing left)
            out["steps"].append([steps.log[-1], ms])
        return more
    steps.run_next = run_next
    def ready():
        QTimer.singleShot(20, reopen)
    def reopen():
        window.select_tab("overview")
        QApplication.processEvents()
        t = time.perf_counter()
        window.select_tab("profiles")  # the tab built by the steps, shown the first time
        QApplication.processEvents()
        window.repaint()
        out["first_view_ms"] = 1000 * (time.perf_counter() - t)
        t = time.perf_counter()
        window.rebuild_tab("profiles")  # as a click on the tab before it was built
        QApplication.processEvents()
        window.repaint()
        out["open_ms"] = 1000 * (time.perf_counter() - t)
        print("RESULT " + json.dumps(out), flush=True)
        QApplication.quit()
    when_ready(window, ready)

""" + RUN_APP

COLD_CHILD = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from etown_desktop.app.bootstrap import prepare_ui
prepare_ui(app, "en")
from etown_desktop.core.repository import Repository
from etown_desktop.ui.profiles.profiles_tab import ProfilesTab
from etown_desktop.ui.provenance_hub import ProvenanceHub
repo = Repository(Path(sys.argv[1]))
t = time.perf_counter()
tab = ProfilesTab(repo, ProvenanceHub())
if getattr(tab, "pending_steps", None):
    tab.finish_pending()
tab.resize(1318, 700); tab.show(); app.processEvents(); tab.repaint()
out = {"cold_ms": 1000 * (time.perf_counter() - t)}
t = time.perf_counter()
dialog = tab.view.show_all("figures"); app.processEvents()
out["show_all_ms"] = 1000 * (time.perf_counter() - t)
print("RESULT " + json.dumps(out), flush=True)
"""


def _child(code: str, args: list[str], env: dict[str, str]) -> dict:
    proc = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True,
                          timeout=1800, check=False)
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    raise RuntimeError(f"child failed ({proc.returncode}):\n{proc.stderr[-3000:]}")


def measure(db: Path, src: Path | None, home: Path) -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env = user_home_env(env, home)
    env["ETOWN_DESKTOP_DB"] = str(db)
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(src), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    subprocess.run([sys.executable, "-c", RETURNING_USER], env=env, check=True, timeout=120)
    app = _child(APP_CHILD, [], env)
    mine = [ms for label, ms in app["steps"] if label.endswith(":profiles")]
    others = [ms for label, ms in app["steps"] if label.startswith(("tab:", "chart:"))
              and not label.endswith(":profiles")]
    res = {"steps": len(mine), "total_ms": sum(mine), "longest_ms": max(mine),
           "other_tabs_longest_ms": max(others, default=0.0), "first_view_ms": app["first_view_ms"],
           "open_ms": app["open_ms"]}
    res.update(_child(COLD_CHILD, [str(db)], env))
    return res


COLUMNS = (("steps", "steps", "{:.0f}"), ("total_ms", "tab build ms", "{:.0f}"),
           ("longest_ms", "longest step ms", "{:.0f}"), ("first_view_ms", "first view ms", "{:.0f}"),
           ("open_ms", "open (warm) ms", "{:.0f}"),
           ("cold_ms", "open (cold db) ms", "{:.0f}"), ("show_all_ms", "Show all ms", "{:.0f}"),
           ("other_tabs_longest_ms", "other tabs' longest step ms", "{:.0f}"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", action="append", required=True, metavar="N=PATH",
                    help="a database and its multiple, e.g. 1000=/data/etown-1000x.db (repeatable)")
    ap.add_argument("--baseline-src", type=Path, help="the src folder of the tree to compare with")
    ap.add_argument("--repeat", type=int, default=1, help="runs per cell; the best is kept")
    args = ap.parse_args()
    trees = [("this tree", None)] + ([("baseline", args.baseline_src)] if args.baseline_src else [])
    rows: list[tuple[str, str, dict]] = []
    with tempfile.TemporaryDirectory(prefix="bench-profile-steps-") as tmp:
        for spec in args.db:
            multiple, _, path = spec.partition("=")
            for name, src in trees:
                runs = [measure(Path(path), src, Path(tmp) / f"home-{multiple}-{i}-{len(rows)}")
                        for i in range(args.repeat)]
                best = {k: min(r[k] for r in runs) for k in runs[0]}
                rows.append((multiple, name, best))
                print(f"# {multiple}x {name}: {json.dumps({k: round(v, 1) for k, v in best.items()})}",
                      flush=True)
    base = {m: r for m, n, r in rows if n == "baseline"}
    print("| multiple | tree | " + " | ".join(h for _, h, _ in COLUMNS) + " |")
    print("|---" * (len(COLUMNS) + 2) + "|")
    for multiple, name, r in rows:
        cells = []
        for key, _, fmt in COLUMNS:
            text = fmt.format(r[key])
            b = base.get(multiple, {}).get(key)
            if name != "baseline" and key.endswith("_ms") and key != "other_tabs_longest_ms" and b:
                text += f" ({r[key] / b:.2f}×)"
            cells.append(text)
        print(f"| {int(multiple):,}× | {name} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
