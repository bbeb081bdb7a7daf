"""An exported SVG opened in a viewer that has neither the bundled font nor a CJK font (rsvg with
a font configuration holding DejaVu only, Linux's usual sans, wider than the bundled font's
Latin): no text runs into the right margin, in English and Chinese."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from etown_desktop.core.charts import BUILDERS, build_chart

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")  # fonts-dejavu-core, installed by .ci/run
MARGIN_STRIP = 22  # px at the right edge of the 1200 px chart (its margin is 44 px)


@pytest.fixture(scope="module")
def viewer(tmp_path_factory):
    rsvg = shutil.which("rsvg-convert")
    assert rsvg, "rsvg-convert is missing (Debian: librsvg2-bin)"
    assert any(DEJAVU.glob("DejaVuSans*.ttf")), "DejaVu fonts are missing (Debian: fonts-dejavu-core)"
    folder = tmp_path_factory.mktemp("fc")
    conf = folder / "fonts.conf"
    conf.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>'
                    f"<dir>{DEJAVU}</dir><include ignore_missing=\"yes\">/etc/fonts/conf.d</include>"
                    f"<cachedir>{folder / 'cache'}</cachedir></fontconfig>\n")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf)}

    def render(svg: Path) -> Image.Image:
        png = svg.with_suffix(".png")
        subprocess.run([rsvg, "-o", str(png), str(svg)], check=True, timeout=60, env=env)
        return Image.open(png).convert("RGB")
    return render


def ink_in_right_margin(img: Image.Image) -> int:
    w, h = img.size
    return sum(1 for x in range(w - MARGIN_STRIP, w) for y in range(h)
               if sum(img.getpixel((x, y))) < 3 * 235)


def ink_at_left_edge(img: Image.Image) -> int:
    return sum(1 for x in range(0, 8) for y in range(img.size[1]) if sum(img.getpixel((x, y))) < 3 * 235)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("chart_id", list(BUILDERS))
def test_no_text_runs_off_the_right_edge(qapp, repo, tmp_path, viewer, chart_id, lang):
    from etown_desktop.ui.export.chart_export import export_chart

    svg = export_chart(build_chart(repo, chart_id), tmp_path / "c.svg", lang)
    assert "'Noto Sans SC Subset', 'Noto Sans CJK SC'" in svg.read_text(encoding="utf-8")
    img = viewer(svg)
    assert ink_in_right_margin(img) == 0 and ink_at_left_edge(img) == 0


def test_laid_out_for_the_bundled_font_alone_the_source_line_would_run_off(qapp, repo, tmp_path,
                                                                          viewer):
    """The control: measured with the bundled font only, DejaVu's wider Latin overflows."""
    from etown_desktop.ui.export.canvas import SvgCanvas
    from etown_desktop.ui.export.chart_renderer import WIDTH, NullCanvas, render_chart

    spec = build_chart(repo, "fortune500.presence")
    canvas = SvgCanvas(WIDTH, render_chart(spec, NullCanvas(), "en", None))
    render_chart(spec, canvas, "en", None)
    svg = tmp_path / "narrow.svg"
    svg.write_text(canvas.document(), encoding="utf-8")
    assert ink_in_right_margin(viewer(svg)) > 0
