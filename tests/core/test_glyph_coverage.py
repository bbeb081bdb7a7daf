"""The bundled font covers what a Chinese user may type or import, its coverage file (read by the
Qt-free import validation) matches the font, and the import warns about a character outside it,
naming row, column and character in English and Chinese."""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import pytest
from editions_testdata import edit_template

from etown_desktop.core.editions.importer import prepare_import
from etown_desktop.core.glyphs.coverage import bundled_coverage, parse_coverage, undrawable
from etown_desktop.core.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
EXT_B = "\U00020000"  # 𠀀, CJK Ext-B: neither in 通用规范汉字表 nor in the font
PRIVATE_USE = "\ue000"


@pytest.fixture(scope="module")
def subset_tool():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import make_font_subset
    finally:
        sys.path.remove(str(ROOT / "tools"))
    return make_font_subset


@pytest.fixture(scope="module")
def font_cmap() -> set[int]:
    from fontTools.ttLib import TTFont

    return set(TTFont(str(resource_path("fonts", "NotoSansSC-Subset.otf"))).getBestCmap())


def test_the_coverage_file_is_the_fonts_own_cmap(font_cmap):
    cov = bundled_coverage()
    assert cov is not None
    listed = {cp for lo, hi in zip(cov.starts, cov.ends) for cp in range(lo, hi + 1)}
    assert listed == font_cmap, "re-run tools/make_font_subset.py (font and coverage file differ)"


def test_what_a_chinese_user_may_type_is_covered(font_cmap, subset_tool):
    tongyong = subset_tool.tongyong_codepoints()
    assert len(tongyong) == 8105
    assert not tongyong - font_cmap, "通用规范汉字表 characters missing"
    gb2312 = subset_tool.gb2312_codepoints()
    assert len(gb2312) == 7445  # 6,763 hanzi + 682 symbols
    assert not gb2312 - font_cmap, "GB 2312 characters missing"
    uro = set(range(0x4E00, 0x9FFF + 1))
    assert len(uro & font_cmap) >= 20_900  # the CJK Unified Ideographs block (traditional forms too)
    punctuation = set(range(0x3000, 0x303F + 1)) | set(range(0xFF01, 0xFF5E + 1))
    assert len(punctuation - font_cmap) <= 4  # the few the source font has no glyph for
    assert {ord(c) for c in "亦庄注册生物医药企业龘臺灣國際，。、（）“”《》：；！？"} <= font_cmap
    assert ord(EXT_B) not in font_cmap and ord(PRIVATE_USE) not in font_cmap


def test_the_font_stays_a_subset_of_reasonable_size():
    size = resource_path("fonts", "NotoSansSC-Subset.otf").stat().st_size
    assert 3_000_000 < size < 7_000_000  # the whole CJK font is 19 MB (four faces, each ~16 MB)
    assert "Open Font License" in resource_path("fonts", "OFL.txt").read_text(encoding="utf-8")


def test_parse_coverage_and_missing():
    cov = parse_coverage("# comment\n0041-005A\n4E2D\n\n0061-007A  # lower case\n")
    assert "A" in cov and "中" in cov and "z" in cov and "a" in cov
    assert "1" not in cov and "文" not in cov
    assert cov.missing("中文 A1\t中\n文") == ["文", "1"]  # distinct, in order; white space never
    assert undrawable("亦庄注册生物医药企业 E-Town 2025（北京）") == []
    assert undrawable(f"a{EXT_B}b{PRIVATE_USE}{EXT_B}") == [EXT_B, PRIVATE_USE]


def test_an_import_warns_about_a_character_no_bundled_font_draws(
        tmp_path, store, committed_db, template_xlsx):
    path = tmp_path / "rare.xlsx"
    rows = edit_template(template_xlsx, path, change_and_remove=False)
    wb = openpyxl.load_workbook(path)
    ws = wb["figures"]
    header = [c.value for c in ws[1]]
    ws.cell(row=rows["added_row"], column=header.index("label_zh") + 1, value=f"测试产值{EXT_B}")
    ws.cell(row=rows["firm_row"], column=header.index("note_en") + 1, value=f"Test data {PRIVATE_USE}")
    art = wb["article_text"]
    art.cell(row=art.max_row, column=3, value=art.cell(row=art.max_row, column=3).value + EXT_B)
    wb.save(path)

    plan = prepare_import(path, store, committed_db)
    assert plan.ok, plan.report.render()  # a warning: the import may go on
    found = {(p.origin, p.line, p.column, p.value): p for p in plan.report.warnings
             if p.rule.startswith("glyph_missing")}
    label = found[("rare.xlsx › figures", rows["added_row"], "label_zh", EXT_B)]
    note = found[("rare.xlsx › figures", rows["firm_row"], "note_en", PRIVATE_USE)]
    assert len(found) == 3, found
    en, zh = label.render("en"), label.render("zh")
    assert f"row {rows['added_row']}" in en and "column label_zh" in en
    assert f"“{EXT_B}” (U+20000)" in en and "empty box" in en
    assert f"第{rows['added_row']}行" in zh and "列 label_zh" in zh and f"“{EXT_B}”（U+20000）" in zh
    assert "空框" in zh and en.startswith("Warning") and zh.startswith("警告")
    assert "U+E000" in note.render("en")
    (article,) = [p for k, p in found.items() if p.rule == "glyph_missing_paragraph"]
    assert article.column == "text" and "paragraph 3" in article.render("en")
    assert "第 3 段" in article.render("zh")


def test_the_bundled_data_raises_no_glyph_warning(committed_db):
    from etown_desktop.core.editions.dbread import read_database
    from etown_desktop.core.editions.validation import validate

    report = validate(read_database(committed_db))
    assert not [p for p in report.problems if p.rule.startswith("glyph_missing")]
