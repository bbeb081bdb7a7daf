"""The A4 fact sheet PDF, read back with poppler (pdfinfo, pdftotext, pdffonts)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap

import pytest
from required_tools import require_tool, unavailable



from etown_desktop.core.errors import ExportFailed  # noqa: E402


def _need(binary: str) -> str:
    return require_tool(binary)


def _run(*args: str) -> str:
    return subprocess.run(list(args), capture_output=True, text=True, check=True, timeout=60).stdout


def _flat(s: str) -> str:
    return "".join(s.split())


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_factsheet_one_a4_page_with_facts(qapp, repo, tmp_path, lang):
    from etown_desktop.ui.export.factsheet import KPI_METRICS, export_factsheet

    pdf = export_factsheet(repo, tmp_path / "fs.pdf", lang)
    info = _run(_need("pdfinfo"), str(pdf))
    assert re.search(r"^Pages:\s+1$", info, re.M)
    assert "(A4)" in info
    text = _flat(_run(_need("pdftotext"), str(pdf), "-"))
    from etown_desktop.core.formatting import format_value

    for metric in KPI_METRICS:
        fig = repo.headline(metric)
        assert _flat(format_value(fig, lang)) in text, metric
    for cl in repo.clusters("etown_hundred_billion"):
        assert _flat(cl.name(lang)) in text
    for s in repo.sources():
        assert s.ref in text
    assert repo.metadata.edition in text
    # "Data as of" gives the sources' own dates and our review date, not the review date alone.
    from etown_desktop.core.coverage import coverage_text

    # (the font draws – and ‒ with one glyph, so pdftotext may give either)
    assert _flat(coverage_text(repo, lang)).replace("–", "‒") in text.replace("–", "‒")
    # All three key charts are on the page: titles and the third chart's bar labels.
    from etown_desktop.core.charts import build_chart
    from etown_desktop.ui.export.factsheet import KEY_CHARTS, WIDE_CHART

    for chart_id in (*KEY_CHARTS, WIDE_CHART):
        assert _flat(build_chart(repo, chart_id).title(lang)) in text, chart_id
    for series in build_chart(repo, WIDE_CHART).series:
        assert _flat(series.name(lang)) in text
        for point in series.points:
            assert _flat(point.label(lang)) in text
    fonts = _run(_need("pdffonts"), str(pdf)).splitlines()[2:]
    assert fonts and all(" yes " in ln for ln in fonts)


def test_factsheet_chinese_without_any_cjk_font_installed(tmp_path):
    """Simulate a machine with no CJK font: fontconfig sees only DejaVu; glyphs still embedded."""
    _need("pdftotext")
    dejavu = "/usr/share/fonts/truetype/dejavu"
    if not os.path.isdir(dejavu):
        unavailable("DejaVu fonts not installed (Debian: fonts-dejavu-core)")
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{dejavu}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>""")
    out = tmp_path / "fs_zh.pdf"
    code = textwrap.dedent(f"""
        from PySide6.QtGui import QGuiApplication, QFontDatabase
        app = QGuiApplication([])
        assert not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese), "CJK font visible"
        from etown_desktop.core.repository import Repository
        from etown_desktop.ui.export.factsheet import export_factsheet
        export_factsheet(Repository(), {str(out)!r}, "zh")
    """)
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=120)
    text = _flat(_run("pdftotext", str(out), "-"))
    assert "北京经济技术开发区" in text and "产业集群" in text
    fonts = _run(_need("pdffonts"), str(out))
    assert "NotoSansSCSubset" in fonts
    rows = [ln for ln in fonts.splitlines()[2:] if ln.strip()]
    assert rows and all(" yes " in ln for ln in rows), fonts


def test_factsheet_bad_extension(qapp, repo, tmp_path):
    from etown_desktop.ui.export.factsheet import export_factsheet

    with pytest.raises(ExportFailed):
        export_factsheet(repo, tmp_path / "fs.docx")
