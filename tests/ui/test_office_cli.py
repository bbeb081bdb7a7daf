"""``etown-desktop export story … -o F.pptx``, ``export brief … -o F.docx``, ``export table … -o
F.docx``: files written, one clear line in English or Chinese for bad input, nothing half-written."""

from __future__ import annotations

import io
import json
import os
import zipfile

import pytest
from docx import Document
from pptx import Presentation

from etown_desktop.app.cli import main


def test_export_story_pptx(tmp_path, capsys):
    out = tmp_path / "deck.pptx"
    assert main(["export", "story", "zone", "-o", str(out), "--lang", "zh"]) == 0
    assert "已写入" in capsys.readouterr().out
    prs = Presentation(str(out))
    assert len(prs.slides) == 11
    assert prs.slides[0].shapes.title.text_frame.text == "亦庄一览"


@pytest.mark.parametrize("argv, lang, expected", [
    (["export", "story", "nope", "-o", "{d}/d.pptx"], "en", "No story 'nope'. Known stories: zone"),
    (["export", "story", "nope", "-o", "{d}/d.pptx", "--lang", "zh"], "zh", "没有名为 'nope' 的演示"),
    (["export", "story", "zone", "-o", "{d}/missing/d.pptx"], "en", "The folder {d}/missing does not exist"),
    (["export", "story", "zone", "-o", "{d}/missing/d.pptx", "--lang", "zh"], "zh", "文件夹 {d}/missing 不存在"),
    (["export", "story", "zone", "-o", "{d}/d.pptx", "--template", "{d}/t.pptx"], "en",
     "The template {d}/t.pptx is not a PowerPoint (.pptx) file"),
    (["export", "story", "zone", "-o", "{d}/d.pptx", "--template", "{d}/locked.pptx", "--lang", "zh"], "zh",
     "模板 {d}/locked.pptx 受密码保护"),
    (["export", "story", "zone", "-o", "{d}/d.pdf"], "en", "not a supported file type"),
])
def test_bad_input_is_one_clear_line(tmp_path, capsys, argv, lang, expected):
    (tmp_path / "t.pptx").write_text("not a deck", encoding="utf-8")
    (tmp_path / "locked.pptx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)
    argv = [a.format(d=tmp_path) for a in argv]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert expected.format(d=tmp_path) in err
    assert not (tmp_path / "d.pptx").exists() and not any(p.name.startswith(".d.") for p in tmp_path.iterdir())


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes into read-only folders")
def test_unwritable_folder(tmp_path, capsys):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert main(["export", "story", "zone", "-o", str(folder / "d.pptx")]) == 1
        assert "cannot be written to" in capsys.readouterr().err
    finally:
        folder.chmod(0o755)


def test_template_without_title_placeholder_warns(tmp_path, capsys):
    import sys

    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "core"))
    from test_office_template import _bureau_template

    template = _bureau_template(tmp_path / "plain.pptx", drop_titles=True)
    out = tmp_path / "deck.pptx"
    assert main(["export", "story", "auto", "-o", str(out), "--template", str(template)]) == 0
    captured = capsys.readouterr()
    assert "has no layout with a title placeholder; the built-in layout was used" in captured.err
    assert out.exists()


def test_export_brief_docx_with_real_chart_pictures(qapp, tmp_path, capsys):
    from PIL import Image

    items = tmp_path / "items.json"
    items.write_text(json.dumps(["F001", "chart:overview.output_trend", "profile:auto"]), encoding="utf-8")
    out = tmp_path / "brief.docx"
    assert main(["export", "brief", "--items", str(items), "-o", str(out), "--lang", "both"]) == 0
    assert "Wrote" in capsys.readouterr().out
    doc = Document(str(out))
    shapes = list(doc.inline_shapes)
    assert len(shapes) == 2  # the chart in English and in Chinese
    for shape in shapes:
        blob = doc.part.related_parts[shape._inline.graphic.graphicData.pic.blipFill.blip.embed].blob  # noqa: SLF001
        image = Image.open(io.BytesIO(blob))
        dpi = image.width / (shape.width / 914400)
        assert 295 < dpi < 305 and round(image.info["dpi"][0]) == 300
        # a real chart: not a blank picture
        assert len(image.convert("L").getcolors(1 << 16) or []) > 20
    # a PDF brief is still a PDF
    pdf = tmp_path / "brief.pdf"
    assert main(["export", "brief", "--items", str(items), "-o", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_export_brief_docx_unknown_item(tmp_path, capsys):
    items = tmp_path / "items.json"
    items.write_text(json.dumps(["F001", "company:nobody"]), encoding="utf-8")
    out = tmp_path / "brief.docx"
    assert main(["export", "brief", "--items", str(items), "-o", str(out), "--lang", "zh"]) == 1
    err = capsys.readouterr().err
    assert "未知条目 company:nobody" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_export_table_docx(tmp_path, capsys):
    out = tmp_path / "t.docx"
    assert main(["export", "table", "reforms", "-o", str(out)]) == 0
    assert zipfile.is_zipfile(out)
    assert Document(str(out)).tables[0].rows[0].cells[0].text
    assert main(["export", "table", "nope", "-o", str(out)]) == 1
    assert "No table 'nope'" in capsys.readouterr().err


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs /proc (a folder that accepts no new files)")
def test_a_folder_that_accepts_no_files_is_one_line_in_chinese(capsys):
    assert main(["export", "story", "zone", "-o", "/proc/deck.pptx", "--lang", "zh"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "无法写入文件夹 /proc，请选择其他文件夹；未写入任何文件。"
