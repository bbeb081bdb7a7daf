"""PowerPoint and Word exports against PDF of the same content, measured in the same run.

    QT_QPA_PLATFORM=offscreen python bench/bench_office.py [--repeat 5]

Goals (issue 19): the zone story (11 slides) to .pptx <= 1.5 s; a 10-item bilingual brief to
.docx <= 1.5 s. Baselines: the same story to PDF (every slide of the presentation deck painted
on a 1920x1080 PDF page, as a "save the show as PDF" would) and the same brief to PDF (the app's
brief PDF). Prints the median of the repeats (after one warm-up), file sizes and the ratios.
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

BRIEF_ITEMS = ["F001", "chart:overview.output_trend", "company:beijing_benz", "reform:work_permit",
               "profile:biomedicine", "profile:auto#companies", "target:T06", "figures:F033,F034",
               "chart:fortune500.presence", "company:boe"]


def _median_s(fn, repeat: int) -> float:
    fn()  # warm-up (imports, fonts, caches)
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _story_pdf(repo, story, lang: str, path: Path) -> None:
    from PySide6.QtCore import QMarginsF, QPoint, QSize, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    from etown_desktop.ui.presentation.slide_deck import SlideDeck

    deck = SlideDeck(repo, story, lang, preload=False)
    deck.resize(QSize(1920, 1080))
    writer = QPdfWriter(str(path))
    writer.setResolution(96)
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(1920, 1080), QPageSize.Unit.Point),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter(writer)
    try:
        for i in range(deck.count):
            if i:
                writer.newPage()
            deck.go_to(i)
            widget = deck.current_slide()
            widget.resize(deck.size())
            widget.prepare(deck.size())
            widget.render(painter, QPoint(0, 0))
    finally:
        painter.end()
        deck.deleteLater()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    from etown_desktop.ui.qt_workarounds import guard_refcount_bug

    guard_refcount_bug()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 - slides are widgets
    from etown_desktop.core.brief.model import Brief, BriefItem, Cover
    from etown_desktop.core.office.brief_docx import export_brief_docx
    from etown_desktop.core.office.story_pptx import export_story_pptx
    from etown_desktop.core.repository import Repository
    from etown_desktop.core.stories.store import find_story, load_stories
    from etown_desktop.ui.brief.brief_pdf import export_brief_pdf
    from etown_desktop.ui.office.chart_png import chart_png_provider

    repo = Repository()
    story = find_story(load_stories(repo.path), "zone")
    brief = Brief(items=tuple(BriefItem(r) for r in BRIEF_ITEMS),
                  cover=Cover("Acme Medical GmbH", "2026-12-01", "Li Wei", "li.wei@example.org"), lang="both")
    pngs = chart_png_provider(repo)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for lang in ("en", "zh"):
            pptx = _median_s(lambda: export_story_pptx(repo, story, out / f"deck_{lang}.pptx", lang), args.repeat)
            pdf = _median_s(lambda: _story_pdf(repo, story, lang, out / f"deck_{lang}.pdf"), args.repeat)
            rows.append((f"zone story ({len(story.slides)} slides, {lang})", pptx, out / f"deck_{lang}.pptx",
                         pdf, out / f"deck_{lang}.pdf", 1.5))
        docx = _median_s(lambda: export_brief_docx(repo, brief, out / "brief.docx", "both", pngs), args.repeat)
        pdf = _median_s(lambda: export_brief_pdf(repo, brief, out / "brief.pdf", "both"), args.repeat)
        rows.append((f"brief ({len(BRIEF_ITEMS)} items, both)", docx, out / "brief.docx", pdf, out / "brief.pdf", 1.5))
        print(f"{'what':38} {'office':>10} {'size':>9} {'PDF':>10} {'size':>9} {'ratio':>7}  goal")
        for name, office, opath, base, bpath, goal in rows:
            verdict = "ok" if office <= goal else "OVER"
            print(f"{name:38} {office * 1000:8.0f}ms {opath.stat().st_size / 1024:7.0f}KB "
                  f"{base * 1000:8.0f}ms {bpath.stat().st_size / 1024:7.0f}KB {office / base:6.2f}x  "
                  f"<= {goal:.1f} s {verdict}")
    repo.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
