"""--template: the bureau's deck's master and layouts (chosen by placeholder type, not by name),
its theme kept (charts take the theme colours); a template without a title placeholder falls back
to the built-in layout with a warning; not a .pptx / password-protected / damaged: one clear
error, nothing written, an existing file left as it was."""

from __future__ import annotations

import zipfile

import pytest
from lxml import etree
from pptx import Presentation
from pptx.util import Inches

from etown_desktop.core.errors import ExportFailed
from etown_desktop.core.office.errors import TemplateInvalid
from etown_desktop.core.office.story_pptx import export_story_pptx
from etown_desktop.core.stories.store import find_story, load_stories
from office_readback import charts, open_deck

P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


@pytest.fixture(scope="module")
def zone(repo):
    return find_story(load_stories(repo.path), "zone")


def _bureau_template(path, drop_titles: bool = False, ea: str = ""):
    """A 16:9 deck whose layouts have meaningless names, in a shuffled order, with a theme of its
    own (colours, fonts) and one slide of its own that must not survive."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    prs.slides.add_slide(prs.slide_layouts[0]).shapes.title.text = "Bureau cover"
    for i, layout in enumerate(prs.slide_layouts):
        layout.name = f"Bureau {chr(65 + (i * 7) % 11)}"
        if drop_titles:
            for ph in list(layout.placeholders):
                if ph.placeholder_format.type in (1, 3):  # TITLE, CENTER_TITLE
                    ph._element.getparent().remove(ph._element)  # noqa: SLF001
    lst = prs.slide_layouts._sldLayoutIdLst  # noqa: SLF001
    items = list(lst)
    for el in items:
        lst.remove(el)
    for el in reversed(items):
        lst.append(el)
    prs.save(str(path))
    _retheme(path, ea)
    return path


def _retheme(path, ea: str) -> None:
    """Give the template a theme of its own: accent 1 = #7A1F5C, minor Latin font Georgia."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("ppt/theme/theme"):
                root = etree.fromstring(data)
                for el in root.iter(f"{A}accent1"):
                    for c in el:
                        el.remove(c)
                    etree.SubElement(el, f"{A}srgbClr").set("val", "7A1F5C")
                for el in root.iter(f"{A}minorFont"):
                    el.find(f"{A}latin").set("typeface", "Georgia")
                    el.find(f"{A}ea").set("typeface", ea)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            dst.writestr(item, data)
    tmp.replace(path)


def _theme_xml(path) -> bytes:
    with zipfile.ZipFile(path) as zf:
        name = next(n for n in zf.namelist() if n.startswith("ppt/theme/theme"))
        return zf.read(name)


def test_layouts_are_chosen_by_placeholder_type_and_the_theme_is_kept(repo, zone, tmp_path):
    template = _bureau_template(tmp_path / "bureau.pptx")
    out = tmp_path / "deck.pptx"
    assert export_story_pptx(repo, zone, out, "en", template) == []
    prs = open_deck(out)
    assert len(prs.slides) == len(zone.slides)  # the template's own slide is gone
    assert "Bureau cover" not in [s.shapes.title.text_frame.text for s in prs.slides if s.shapes.title]
    assert b"7A1F5C" in _theme_xml(out) and b"Georgia" in _theme_xml(out)
    for slide, story_slide in zip(prs.slides, zone.slides):
        types = {ph.placeholder_format.type for ph in slide.slide_layout.placeholders}
        assert 1 in types or 3 in types  # a title placeholder, whatever the layout is called
        assert slide.slide_layout.name.startswith("Bureau")
        has_body = bool(types & {2, 7})  # BODY / OBJECT
        text_only = story_slide.kind in ("clusters", "sources")
        assert has_body == text_only, (story_slide.position, slide.slide_layout.name)
    # charts and text take the theme's colours: no colour of the built-in look is written
    chart = charts(prs.slides[1])[0]
    assert "srgbClr" not in chart._chartSpace.xml.split("<c:dLbls")[0]  # noqa: SLF001
    slide_xml = prs.slides[0].part.blob.decode()
    assert "0D2238" not in slide_xml and "FFC65C" not in slide_xml
    # the template's theme has no East Asian font: Microsoft YaHei is set on the runs
    assert 'typeface="Microsoft YaHei"' in slide_xml


def test_a_theme_east_asian_font_is_kept(repo, zone, tmp_path):
    template = _bureau_template(tmp_path / "bureau.pptx", ea="SimHei")
    out = tmp_path / "deck.pptx"
    export_story_pptx(repo, zone, out, "zh", template)
    assert "Microsoft YaHei" not in open_deck(out).slides[0].part.blob.decode()


def test_a_template_without_title_placeholder_falls_back_with_a_warning(repo, zone, tmp_path):
    template = _bureau_template(tmp_path / "no_title.pptx", drop_titles=True)
    out = tmp_path / "deck.pptx"
    assert export_story_pptx(repo, zone, out, "en", template) == ["no_title"]
    prs = open_deck(out)
    assert len(prs.slides) == len(zone.slides)
    assert prs.slides[0].shapes.title.text_frame.text == zone.slides[0].title_en
    assert "0D2238" in prs.slides[0].part.blob.decode()  # the built-in look


@pytest.mark.parametrize("content, rule", [
    (b"just some text, not a deck\n", "not_pptx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "protected"),  # an OLE/CFB file: encrypted OOXML
    (None, "not_pptx"),  # a ZIP that is not a presentation
    (b"PK\x03\x04broken", "not_pptx"),
])
def test_bad_templates_are_refused_and_nothing_is_written(repo, zone, tmp_path, content, rule):
    template = tmp_path / "template.pptx"
    if content is None:
        with zipfile.ZipFile(template, "w") as zf:
            zf.writestr("word/document.xml", "<x/>")
    else:
        template.write_bytes(content)
    out = tmp_path / "deck.pptx"
    out.write_bytes(b"the good deck from yesterday")
    with pytest.raises(TemplateInvalid) as err:
        export_story_pptx(repo, zone, out, "en", template)
    assert err.value.rule == rule
    assert out.read_bytes() == b"the good deck from yesterday"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".deck")] == []


def test_a_damaged_pptx_is_refused(repo, zone, tmp_path):
    template = tmp_path / "damaged.pptx"
    with zipfile.ZipFile(template, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("ppt/presentation.xml", "<not-closed")
    with pytest.raises(TemplateInvalid) as err:
        export_story_pptx(repo, zone, tmp_path / "deck.pptx", "en", template)
    assert err.value.rule == "damaged"
    assert not (tmp_path / "deck.pptx").exists()


def test_an_unwritable_folder_is_one_clear_error(repo, zone, tmp_path):
    with pytest.raises(ExportFailed, match="does not exist"):
        export_story_pptx(repo, zone, tmp_path / "missing" / "deck.pptx", "en")
    with pytest.raises(ExportFailed, match="not a supported file type"):
        export_story_pptx(repo, zone, tmp_path / "deck.ppt", "en")
