"""README pictures of the PowerPoint and Word exports, as LibreOffice draws them.

    python tools/make_office_shots.py [--out docs]

Writes the zone story as .pptx (English and Chinese) and a bilingual brief as .docx, converts
them with ``soffice --headless --convert-to pdf``, rasterises the pages with ``pdftoppm`` and
keeps small PNGs: docs/office-deck-en.png (every slide), docs/office-deck-zh.png (two slides),
docs/office-brief.png (the first two pages of the brief).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _sheet(images: list[Path], cols: int, width: int, out: Path, gap: int = 8) -> None:
    from PIL import Image

    ims = []
    for p in images:
        im = Image.open(p).convert("RGB")
        ims.append(im.resize((width, round(im.height * width / im.width)), Image.LANCZOS))
    h = max(i.height for i in ims)
    rows = -(-len(ims) // cols)
    sheet = Image.new("RGB", (cols * width + (cols - 1) * gap, rows * h + (rows - 1) * gap), "#d5dbe3")
    for n, im in enumerate(ims):
        sheet.paste(im, ((n % cols) * (width + gap), (n // cols) * (h + gap)))
    sheet.quantize(colors=192, dither=Image.Dither.NONE).save(out, optimize=True)
    print(f"wrote {out} ({out.stat().st_size / 1024:.0f} KB)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs"))
    args = parser.parse_args(argv)
    soffice = shutil.which("soffice")
    if soffice is None:
        print("LibreOffice (soffice) is needed: apt-get install libreoffice-impress libreoffice-writer")
        return 1
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - chart pictures
    from etown_desktop.core.brief.storage import from_json
    from etown_desktop.core.brief.model import Cover
    from etown_desktop.core.office.brief_docx import export_brief_docx
    from etown_desktop.core.office.story_pptx import export_story_pptx
    from etown_desktop.core.repository import Repository
    from etown_desktop.core.stories.store import find_story, load_stories
    from etown_desktop.ui.office.chart_png import chart_png_provider
    from dataclasses import replace

    repo = Repository()
    story = find_story(load_stories(repo.path), "zone")
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        for lang in ("en", "zh"):
            export_story_pptx(repo, story, t / f"deck_{lang}.pptx", lang)
        brief = from_json(json.dumps(["F001", "chart:overview.output_trend", "company:boe", "profile:auto"]))
        brief = replace(brief, cover=Cover("Acme Medical GmbH", "2026-12-01", "Li Wei", "li.wei@example.org"))
        export_brief_docx(repo, brief, t / "brief.docx", "both", chart_png_provider(repo))
        subprocess.run([soffice, f"-env:UserInstallation=file://{t / 'profile'}", "--headless", "--convert-to",
                        "pdf", "--outdir", str(t), str(t / "deck_en.pptx"), str(t / "deck_zh.pptx"),
                        str(t / "brief.docx")], check=True, capture_output=True)
        for name in ("deck_en", "deck_zh", "brief"):
            subprocess.run(["pdftoppm", "-r", "96", "-png", str(t / f"{name}.pdf"), str(t / name)], check=True)
        args.out.mkdir(exist_ok=True)
        _sheet(sorted(t.glob("deck_en-*.png")), 3, 400, args.out / "office-deck-en.png")
        zh = sorted(t.glob("deck_zh-*.png"))
        _sheet([zh[1], zh[5]], 2, 560, args.out / "office-deck-zh.png")
        _sheet(sorted(t.glob("brief-*.png"))[:2], 2, 520, args.out / "office-brief.png")
    repo.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
