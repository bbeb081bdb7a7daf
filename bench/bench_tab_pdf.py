"""Tab PDF benchmark: "Save tab as PDF" of every tab at 1×, 100× and 1,000× the shipped data.

For each multiple and tab, in a fresh process (offscreen Qt, the command line's code path): the time
to build the tab, the time to lay out and write its PDF (what a staffer waits for after pressing
"Save tab as PDF" on a built tab), the process's peak RSS, and the PDF's page count (pdfinfo).
Ratios are against 1× measured in the same run.

Usage:  python bench/bench_tab_pdf.py [--multiples 1 100 1000] [--reuse DIR] [--tabs overview sources]
        [--lang en] [--timeout 180]
(development: ETOWN_DESKTOP_RESOURCES=resources; the package on sys.path, e.g. an editable install)
``--reuse DIR`` takes ``DIR/etown-{N}x.db`` when it exists instead of generating it; 1× is the
shipped database (``ETOWN_DESKTOP_DB`` or the bundled one).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.synthetic_data import build_synthetic_db  # noqa: E402

CHILD = r"""
import json, os, resource, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from etown_desktop.app.tab_export_cli import _app, _tab_class
from etown_desktop.core.repository import Repository
from etown_desktop.ui.provenance_hub import ProvenanceHub
from etown_desktop.ui.tab_pdf.tab_export import export_tab_pdf
name, out, lang = sys.argv[1:4]
app = _app(lang)
repo = Repository()
cls = _tab_class(name)
t = time.perf_counter()
tab = cls(repo, ProvenanceHub())
app.processEvents()
built = time.perf_counter() - t
t = time.perf_counter()
export_tab_pdf(tab, repo, out, cls.title(), lang)
pdf = time.perf_counter() - t
print(json.dumps({"build_s": built, "pdf_s": pdf,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def tab_names() -> list[str]:
    from etown_desktop.ui.tabs import TAB_REGISTRY

    return [name for name, _, _ in TAB_REGISTRY]


def measure(db: Path | None, name: str, lang: str, timeout: float) -> dict:
    env = dict(os.environ)
    if db is not None:
        env["ETOWN_DESKTOP_DB"] = str(db)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"{name}.pdf"
        try:
            run = subprocess.run([sys.executable, "-c", CHILD, name, str(out), lang], env=env,
                                 capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return {"timeout": timeout}
        if run.returncode != 0:
            return {"error": (run.stderr.strip().splitlines() or ["?"])[-1]}
        result = json.loads(run.stdout.strip().splitlines()[-1])
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
        result["pages"] = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    return result


def fmt(r: dict, base: dict | None) -> str:
    if "timeout" in r:
        return f"> {r['timeout']:.0f} s (killed)"
    if "error" in r:
        return f"error: {r['error'][:40]}"
    cell = f"{r['pdf_s']:6.2f} s  {r['rss_mb']:5.0f} MB  {r['pages']:4d} p  (tab {r['build_s']:.2f} s)"
    if base and "pdf_s" in base and base is not r:
        cell += f"  x{r['pdf_s'] / max(base['pdf_s'], 1e-3):.1f} time, x{r['rss_mb'] / base['rss_mb']:.2f} RSS"
    return cell


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--multiples", type=int, nargs="+", default=[1, 100, 1000])
    parser.add_argument("--reuse", type=Path, default=None)
    parser.add_argument("--tabs", nargs="+", default=None)
    parser.add_argument("--lang", default="en", choices=["en", "zh"])
    parser.add_argument("--timeout", type=float, default=180.0)
    args = parser.parse_args()
    tabs = args.tabs or tab_names()
    with tempfile.TemporaryDirectory() as tmp:
        dbs: dict[int, Path | None] = {}
        for m in args.multiples:
            kept = args.reuse / f"etown-{m}x.db" if args.reuse else None
            if m == 1:
                dbs[m] = None
            elif kept is not None and kept.exists():
                dbs[m] = kept
            else:
                dbs[m] = build_synthetic_db(m, Path(tmp) / f"etown-{m}x.db")
        results: dict[tuple[int, str], dict] = {}
        print(f"Tab PDF ({args.lang}): PDF time, peak RSS, pages (tab build time); ratios against 1x")
        for name in tabs:
            for m in args.multiples:
                results[m, name] = measure(dbs[m], name, args.lang, args.timeout)
                base = results.get((args.multiples[0], name))
                print(f"  {name:<20} {m:>6}x  {fmt(results[m, name], base)}", flush=True)
        print(json.dumps({f"{m}x/{n}": r for (m, n), r in results.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
