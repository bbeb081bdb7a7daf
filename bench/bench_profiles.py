"""Sector profiles at scale: the Profiles tab, its "Show all N" tables, the sector sheet and the
brief at 1×, 100× and 1,000× the shipped data, with ratios against 1× measured in the same run.

Per multiple, in a fresh process (offscreen Qt): building one profile (core, best of 3); the
Profiles tab ready (built and laid out) and its widget count; the "Show all" table of the
profile's figures opened and one filter applied (rows); the sector sheet (time, pages, lines left
out); a brief of three profile items (time, pages; bilingual); the process's peak RSS.

Usage:  python bench/bench_profiles.py [--multiples 1 100 1000] [--reuse DIR]
(development: ETOWN_DESKTOP_RESOURCES=resources; ``--reuse DIR`` takes ``DIR/etown-{N}x.db`` when it
exists, else the database is built there with bench/synthetic_data.py.)
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

from bench.synthetic_data import build_synthetic_db  # noqa: E402

CHILD = r"""
import json, resource, sys, time, re, subprocess, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
from etown_desktop.app.bootstrap import prepare_ui
prepare_ui(app, "en")
from etown_desktop.core.brief.model import Brief, BriefItem
from etown_desktop.core.profiles import build_profile
from etown_desktop.core.repository import Repository
from etown_desktop.ui.brief.brief_pdf import export_brief_pdf
from etown_desktop.ui.profiles.profiles_tab import ProfilesTab
from etown_desktop.ui.profiles.sector_sheet import export_sector_sheet
from etown_desktop.ui.provenance_hub import ProvenanceHub

def pages(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))

repo = Repository(Path(sys.argv[1]))
out, tmp = {}, Path(tempfile.mkdtemp())
best = []
for _ in range(3):
    repo._figure_cache.clear()
    t = time.perf_counter(); p = build_profile(repo, "ngit"); best.append(time.perf_counter() - t)
out["profile_ms"] = min(best) * 1000
out["items"] = len(p.figures) + len(p.companies) + len(p.sources)
t = time.perf_counter()
tab = ProfilesTab(repo, ProvenanceHub()); tab.resize(1318, 700); tab.show(); app.processEvents()
out["tab_ms"] = (time.perf_counter() - t) * 1000
out["widgets"] = len(tab.findChildren(QWidget))
if len(p.figures) > 12:
    t = time.perf_counter(); d = tab.view.show_all("figures"); app.processEvents()
    out["show_all_ms"] = (time.perf_counter() - t) * 1000
    t = time.perf_counter(); d.search_box.setText("boe"); app.processEvents()
    out["filter_ms"] = (time.perf_counter() - t) * 1000
    out["show_all_rows"] = d.table.model().rowCount()
    d.close()
t = time.perf_counter(); path = export_sector_sheet(repo, "ngit", tmp / "s.pdf", "en")
out["sheet_ms"] = (time.perf_counter() - t) * 1000
out["sheet_pages"] = pages(path)
brief = Brief(items=tuple(BriefItem(r) for r in ("profile:ngit", "profile:zone", "profile:biomedicine#companies")))
t = time.perf_counter(); path = export_brief_pdf(repo, brief, tmp / "b.pdf", "both")
out["brief_ms"] = (time.perf_counter() - t) * 1000
out["brief_pages"] = pages(path)
out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""

COLUMNS = (("items", "items (ngit)", "{:,.0f}"), ("profile_ms", "profile ms", "{:.0f}"),
           ("tab_ms", "tab ready ms", "{:.0f}"), ("widgets", "widgets", "{:.0f}"),
           ("show_all_ms", "Show all ms", "{:.0f}"), ("filter_ms", "filter ms", "{:.0f}"),
           ("show_all_rows", "rows", "{:,.0f}"), ("sheet_ms", "sheet ms", "{:.0f}"),
           ("sheet_pages", "sheet pages", "{:.0f}"), ("brief_ms", "brief ms", "{:.0f}"),
           ("brief_pages", "brief pages", "{:.0f}"), ("rss_mb", "peak MB", "{:.0f}"))


def measure(db: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD, str(db)], capture_output=True, text=True, env=env,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--multiples", type=int, nargs="+", default=[1, 100, 1000])
    ap.add_argument("--reuse", type=Path)
    args = ap.parse_args()
    folder = args.reuse or Path(tempfile.mkdtemp(prefix="bench-profiles-"))
    folder.mkdir(parents=True, exist_ok=True)
    rows = {}
    for n in args.multiples:
        db = HERE.parent / "data" / "etown.db" if n == 1 else folder / f"etown-{n}x.db"
        if not db.exists():
            build_synthetic_db(n, db)
        rows[n] = measure(db)
    base = rows.get(1)
    print("| multiple | " + " | ".join(h for _, h, _ in COLUMNS) + " |")
    print("|---" * (len(COLUMNS) + 1) + "|")
    for n, r in rows.items():
        cells = []
        for key, _, fmt in COLUMNS:
            if key not in r:
                cells.append("-")
                continue
            text = fmt.format(r[key])
            if base and n != 1 and key.endswith("_ms") and base.get(key):
                text += f" ({r[key] / base[key]:.1f}×)"
            cells.append(text)
        print(f"| {n:,}× | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
