"""Chart export to PNG, SVG and PDF, each opened with a consumer that is not Qt."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET

import pytest
from required_tools import require_module, require_tool



from etown_desktop.core.charts import BUILDERS, build_chart  # noqa: E402
from etown_desktop.core.errors import ExportFailed  # noqa: E402

Image = require_module("PIL.Image")
BAR_BLUE = (0x0B, 0x5C, 0xAD)
SVG_NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def export(qapp, repo):
    from etown_desktop.ui.export.chart_export import export_chart
    from etown_desktop.ui.export.chart_renderer import Edition

    edition = Edition(repo.metadata.edition, repo.metadata.data_date)

    def run(chart_id, path, lang="en", **kw):
        return export_chart(build_chart(repo, chart_id), path, lang, edition, **kw)
    return run


def _need(binary: str) -> str:
    return require_tool(binary)


def _pixels(img):
    data = img.convert("RGB").tobytes()
    return zip(data[0::3], data[1::3], data[2::3])


def _count_color(img, rgb, tol=12) -> int:
    r0, g0, b0 = rgb
    return sum(1 for r, g, b in _pixels(img)
               if abs(r - r0) <= tol and abs(g - g0) <= tol and abs(b - b0) <= tol)


def _dark_pixels(img) -> int:
    return sum(1 for r, g, b in _pixels(img) if r + g + b < 60)


def test_png_width_and_scaling(export, tmp_path):
    small = Image.open(export("overview.output_trend", tmp_path / "a.png", width=1000))
    big = Image.open(export("overview.output_trend", tmp_path / "b.png", width=3000))
    assert small.size[0] == 1000 and big.size[0] == 3000
    # The whole layout scales (text and bars), not just the canvas: same aspect ratio, 9x the ink.
    assert abs(big.size[1] / small.size[1] - 3.0) < 0.02
    blue_small, blue_big = _count_color(small, BAR_BLUE), _count_color(big, BAR_BLUE)
    assert blue_small > 1000
    assert 7.5 < blue_big / blue_small < 10.5


@pytest.mark.parametrize("width", [200, 1000, 1199, 1200, 2400])
def test_a_png_narrower_than_the_layout_is_white_to_its_edges(export, tmp_path, width):
    """Below 1,200 px the picture is drawn scaled down; its margins must be the white ground, not
    memory left over from earlier pictures (seen in CI as stripes of another chart)."""
    img = Image.open(export("overview.output_trend", tmp_path / "n.png", width=width)).convert("RGB")
    w, h = img.size
    corners = [(w - 1, 0), (0, h - 1), (w - 1, h - 1), (w - 2, h // 2), (w // 2, h - 2)]
    assert [img.getpixel(p) for p in corners] == [(255, 255, 255)] * len(corners)


def test_png_dpi(export, tmp_path):
    img = Image.open(export("overview.output_trend", tmp_path / "a.png", dpi=192))
    assert img.size[0] == 2400
    assert round(img.info["dpi"][0]) == 192


def test_png_bars_where_values_are(export, repo, tmp_path):
    img = Image.open(export("overview.output_trend", tmp_path / "t.png", width=1200)).convert("RGB")
    figs = repo.series("industrial_output")
    assert len(figs) >= 2
    # Bars are drawn to scale: the later, larger value has a taller blue column.
    w, h = img.size
    columns = []
    for i in range(len(figs)):
        x = int(44 + 60 + (w - 88 - 60) * (i + 0.5) / len(figs))
        columns.append(sum(1 for y in range(h) if img.getpixel((x, y)) == BAR_BLUE))
    ratio = columns[-1] / max(columns[0], 1)
    assert ratio == pytest.approx(figs[-1].value / figs[0].value, rel=0.1)


@pytest.mark.parametrize("chart_id", list(BUILDERS))
def test_svg_renders_in_rsvg_with_bars_and_labels(export, repo, tmp_path, chart_id):
    rsvg = _need("rsvg-convert")
    spec = build_chart(repo, chart_id)
    svg = export(chart_id, tmp_path / "c.svg")
    texts = [t.text or "" for t in ET.parse(svg).getroot().iter(f"{SVG_NS}text")]
    joined = "\n".join(texts)
    for s in spec.series:
        for p in s.points:
            if spec.kind == "matrix":  # a dot per cell; rows and columns are named
                assert p.category("en") in joined and s.name("en").split()[0] in joined
            elif p.label("en"):
                assert p.label("en") in joined, p.label("en")
    assert spec.title("en").split()[0] in joined
    assert repo.metadata.edition in joined
    assert "Source" in joined
    png = tmp_path / "c.png"
    subprocess.run([rsvg, "-o", str(png), str(svg)], check=True, timeout=60)
    img = Image.open(png)
    assert _count_color(img, BAR_BLUE) > 300  # bars (or matrix dots) in their colour
    # No black blobs: dark pixels are text only, a small part of the picture.
    assert _dark_pixels(img) < 0.08 * img.size[0] * img.size[1]


def test_svg_chinese_labels(export, repo, tmp_path):
    svg = export("clusters.bluepaper_2020", tmp_path / "z.svg", lang="zh")
    joined = "".join(t.text or "" for t in ET.parse(svg).getroot().iter(f"{SVG_NS}text"))
    for c in repo.clusters("beijing_2020_bluepaper"):
        if c.target is not None:
            assert c.name_zh in joined


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_pdf_text_and_embedded_font(export, repo, tmp_path, lang):
    pdftotext, pdfinfo, pdffonts = _need("pdftotext"), _need("pdfinfo"), _need("pdffonts")
    spec = build_chart(repo, "clusters.bluepaper_2020")
    pdf = export("clusters.bluepaper_2020", tmp_path / "c.pdf", lang=lang)
    info = subprocess.run([pdfinfo, str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M), info
    text = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = "".join(text.split())
    for p in spec.series[0].points:
        assert "".join(p.category(lang).split()) in flat
    assert repo.metadata.edition in flat
    fonts = subprocess.run([pdffonts, str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [ln for ln in fonts.splitlines()[2:] if ln.strip()]
    assert rows and all(" yes " in ln for ln in rows), fonts  # every font embedded
    assert "NotoSansSCSubset" in fonts


def test_bad_extension_and_failed_render_keep_old_file(export, tmp_path, monkeypatch):
    with pytest.raises(ExportFailed, match="not a supported file type"):
        export("overview.output_trend", tmp_path / "c.gif")
    target = tmp_path / "c.pdf"
    target.write_bytes(b"%PDF-good")
    from etown_desktop.ui.export import chart_export

    def boom(*a, **k):
        raise ExportFailed("renderer failed")

    monkeypatch.setattr(chart_export, "write_chart_pdf", boom)
    with pytest.raises(ExportFailed):
        export("overview.output_trend", target)
    assert target.read_bytes() == b"%PDF-good"
    assert [p.name for p in tmp_path.iterdir()] == ["c.pdf"]


def test_png_width_out_of_range(export, tmp_path):
    with pytest.raises(ExportFailed, match="out of range"):
        export("overview.output_trend", tmp_path / "c.png", width=50)
