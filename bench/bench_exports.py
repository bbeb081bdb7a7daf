"""Export timings against the issue's goals, with baselines measured in the same run.

    QT_QPA_PLATFORM=offscreen python bench/bench_exports.py [--repeat 5]

Goals (issue 4): PNG at 3000 px < 300 ms, SVG < 150 ms and PDF < 150 ms per chart,
fact sheet < 1 s, full investor pack < 5 s. Baselines: encoding a blank PNG of the same size and
writing an empty one-page PDF (the floor any renderer pays on this machine), so a slow machine
can be told apart from a slow export. Prints the median of the repeats (after one warm-up).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _median_ms(fn, repeat: int) -> float:
    fn()  # warm-up (imports, font registration, caches)
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    from etown_desktop.ui.qt_workarounds import guard_refcount_bug

    guard_refcount_bug()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPdfWriter

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    from etown_desktop.core.charts import build_chart, chart_ids
    from etown_desktop.core.repository import Repository
    from etown_desktop.ui.export.chart_export import export_chart
    from etown_desktop.ui.export.chart_renderer import Edition
    from etown_desktop.ui.export.factsheet import export_factsheet
    from etown_desktop.ui.export.pack import export_pack

    repo = Repository()
    edition = Edition(repo.metadata.edition, repo.metadata.data_date)
    tmp = Path(tempfile.mkdtemp(prefix="etown-bench-"))
    rows: list[tuple[str, float, float | None]] = []

    def blank_png():
        img = QImage(3000, 1700, QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(Qt.GlobalColor.white)
        img.save(str(tmp / "blank.png"))

    def blank_pdf():
        w = QPdfWriter(str(tmp / "blank.pdf"))
        p = QPainter(w)
        p.end()

    rows.append(("baseline: blank 3000 px PNG encode + write", _median_ms(blank_png, args.repeat), None))
    rows.append(("baseline: empty one-page PDF", _median_ms(blank_pdf, args.repeat), None))
    for cid in chart_ids():
        spec = build_chart(repo, cid)
        rows.append((f"{cid} PNG 3000 px", _median_ms(
            lambda: export_chart(spec, tmp / "c.png", "en", edition, width=3000), args.repeat), 300))
        rows.append((f"{cid} SVG", _median_ms(
            lambda: export_chart(spec, tmp / "c.svg", "en", edition), args.repeat), 150))
        rows.append((f"{cid} PDF", _median_ms(
            lambda: export_chart(spec, tmp / "c.pdf", "en", edition), args.repeat), 150))
    for lang in ("en", "zh"):
        rows.append((f"fact sheet ({lang})", _median_ms(
            lambda: export_factsheet(repo, tmp / "fs.pdf", lang), args.repeat), 1000))
    rows.append(("full investor pack", _median_ms(lambda: export_pack(repo, tmp / "pack.zip"),
                                                  max(1, args.repeat // 2)), 5000))

    width = max(len(r[0]) for r in rows)
    print(f"{'export':<{width}}  {'median ms':>10}  {'goal ms':>8}  status")
    failed = 0
    for name, ms, goal in rows:
        status = "" if goal is None else ("ok" if ms < goal else "SLOW")
        failed += status == "SLOW"
        print(f"{name:<{width}}  {ms:>10.1f}  {'' if goal is None else goal:>8}  {status}")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, repeat={args.repeat}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
