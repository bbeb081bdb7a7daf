"""The generated deck and brief as LibreOffice draws them (``soffice --headless --convert-to pdf``):
every slide a page, every slide's title, source line and chart labels on its page, Chinese set in
a CJK font (no missing-glyph boxes), no word outside its page. Skipped, with the reason, where
LibreOffice is not installed (Debian: libreoffice-impress libreoffice-writer)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess

import pytest

from etown_desktop.core.brief.storage import from_json
from etown_desktop.core.office.brief_docx import export_brief_docx
from etown_desktop.core.office.story_pptx import build_story_deck
from etown_desktop.core.resources import resource_path
from etown_desktop.core.stories.store import find_story, load_stories

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: "
                       "apt-get install libreoffice-impress libreoffice-writer to run the render check"),
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"),
    pytest.mark.timeout(400),
]
CJK_FONT = re.compile(r"CJK|Noto ?Sans ?SC|NotoSansSC|WenQuanYi|Droid ?Sans ?Fallback|YaHei|SimSun|SimHei", re.I)


def _convert(tmp_path, files) -> None:
    """soffice with its own profile and HOME; the app's bundled Chinese font is offered to it
    (fontconfig reads $XDG_DATA_HOME/fonts) so a machine without CJK fonts still renders Chinese."""
    home = tmp_path / "home"
    fonts = home / ".local" / "share" / "fonts"
    fonts.mkdir(parents=True)
    for f in resource_path("fonts").glob("*.otf"):
        shutil.copy(f, fonts / f.name)
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"))
    cmd = [SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
           "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, files)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=360)
    assert done.returncode == 0, done.stderr


def _pages(pdf) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return text.split("\f")[:-1]


def _words_outside_page(pdf) -> list[str]:
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    bad = []
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S):
        w, h = float(page.group(1)), float(page.group(2))
        for m in re.finditer(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">(.*?)</word>',
                             page.group(3)):
            x0, y0, x1, y1 = map(float, m.groups()[:4])
            if x0 < -0.5 or y0 < -0.5 or x1 > w + 0.5 or y1 > h + 0.5:
                bad.append(m.group(5))
    return bad


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_deck_and_brief_render_in_libreoffice(qapp, repo, tmp_path):
    from etown_desktop.ui.office.chart_png import chart_png_provider

    story = find_story(load_stories(repo.path), "zone")
    decks = {}
    for lang in ("en", "zh"):
        result = build_story_deck(repo, story, lang)
        path = tmp_path / f"deck_{lang}.pptx"
        result.prs.save(str(path))
        decks[lang] = (path, result)
    brief = from_json(json.dumps(["F001", "chart:overview.output_trend", "company:boe", "profile:auto"]))
    brief_path = tmp_path / "brief_both.docx"
    export_brief_docx(repo, brief, brief_path, "both", chart_png_provider(repo))
    _convert(tmp_path, [decks["en"][0], decks["zh"][0], brief_path])

    for lang, (path, result) in decks.items():
        pdf = path.with_suffix(".pdf")
        pages = _pages(pdf)
        assert len(pages) == len(result.prs.slides)
        for page, slide in zip(pages, result.prs.slides):
            flat = _squash(page)
            assert _squash(slide.shapes.title.text_frame.text) in flat
            for shape in slide.shapes:
                if shape.name in ("Source line", "Edition"):  # drawn, not cut off
                    assert _squash(shape.text_frame.text) in flat, shape.text_frame.text
        # the chart's data labels are drawn with their qualifier
        assert _squash("nearly ¥600 bn" if lang == "en" else "近6000亿元") in _squash(pages[1])
        assert _words_outside_page(pdf) == []
    fonts = subprocess.run(["pdffonts", str(tmp_path / "deck_zh.pdf")], capture_output=True, text=True).stdout
    assert CJK_FONT.search(fonts), fonts
    assert "亦庄一览" in _squash(_pages(tmp_path / "deck_zh.pdf")[0])

    brief_pdf = tmp_path / "brief_both.pdf"
    text = _squash("".join(_pages(brief_pdf)))
    assert _squash("Meeting brief · 会谈简报") in text and "近6000亿元" in text
    assert CJK_FONT.search(subprocess.run(["pdffonts", str(brief_pdf)], capture_output=True, text=True).stdout)
    assert _words_outside_page(brief_pdf) == []
