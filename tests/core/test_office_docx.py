"""Briefs and tables as Word documents, read back with python-docx: real headings, every number a
figure with its qualifier and a numbered citation, chart pictures with alt text (title and
values), a sources section, edition and "data as of" in the footer, "both" side by side, the East
Asian font; a table with its header row repeated on every page."""

from __future__ import annotations

import io
import json
import re

import pandas as pd
import pytest
from docx import Document
from docx.oxml.ns import qn

from etown_desktop.core.brief.resolve import citation_sources, resolve_brief
from etown_desktop.core.brief.storage import from_json
from etown_desktop.core.brief.texts import text as btext
from etown_desktop.core.charts import build_chart
from etown_desktop.core.coverage import coverage_text
from etown_desktop.core.errors import ExportFailed
from etown_desktop.core.export.tabular import number_text
from etown_desktop.core.formatting import format_publisher, format_source_date, format_value
from etown_desktop.core.office.brief_docx import export_brief_docx
from etown_desktop.core.office.table_docx import export_table_docx
from etown_desktop.core.tables import build_table
from office_readback import DIGIT, strip_allowed

REFS = ["F001", "chart:overview.output_trend", "company:beijing_benz", "reform:work_permit",
        "profile:biomedicine", "profile:auto#companies", "target:T06", "figures:F033,F034"]


def fake_png(calls):
    from PIL import Image

    def draw(chart_id: str, lang: str, width_in: float) -> bytes:
        calls.append((chart_id, lang, width_in))
        im = Image.new("RGB", (round(width_in * 300), round(width_in * 150)), "white")
        buf = io.BytesIO()
        im.save(buf, "PNG", dpi=(300, 300))
        return buf.getvalue()
    return draw


@pytest.fixture(scope="module")
def brief():
    return from_json(json.dumps(REFS))


@pytest.fixture(scope="module")
def docs(repo, brief, tmp_path_factory):
    folder = tmp_path_factory.mktemp("briefs")
    out = {}
    for lang in ("en", "zh", "both"):
        calls: list = []
        path = folder / f"brief_{lang}.docx"
        export_brief_docx(repo, brief, path, lang, fake_png(calls))
        out[lang] = (path, calls)
    return out


def _body_texts(doc) -> list[str]:
    texts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            texts += [c.text for c in row.cells]
    return [t for t in texts if t.strip()]


def test_items_are_real_headings_in_order(repo, brief, docs):
    items = resolve_brief(repo, brief)
    for lang, (path, _calls) in docs.items():
        doc = Document(str(path))
        h1 = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
        langs = ["en", "zh"] if lang == "both" else [lang]
        want = [f"{n}. " + " · ".join(it.title(lg) for lg in langs) for n, it in enumerate(items, start=1)]
        assert h1 == want + [" · ".join(btext(lg, "sources") for lg in langs)]
        assert any(p.style.name == "Heading 2" for p in doc.paragraphs)  # the profile's sections
        assert doc.paragraphs[0].style.name == "Title"


def test_every_number_is_a_figure_with_its_qualifier_and_citation(repo, brief, docs):
    items = resolve_brief(repo, brief)
    sources = citation_sources(items)
    numbers = {s.id: n for n, s in enumerate(sources, start=1)}
    meta = repo.metadata
    for lang, (path, _calls) in docs.items():
        langs = ["en", "zh"] if lang == "both" else [lang]
        doc = Document(str(path))
        texts = _body_texts(doc)
        allowed = [meta.edition, brief.cover.date]
        for lg in langs:
            allowed += [coverage_text(repo, lg)]
            for it in items:
                allowed.append(it.title(lg))
                for ln in it.lines:
                    if ln.figure is None:
                        allowed.append(ln.text(lg))
            for n, s in enumerate(sources, start=1):
                allowed += [f"[{n}] {s.ref}", s.title(lg), format_source_date(s, lg)]
        for text in texts:
            for lg in langs:
                for it in items:
                    for ln in it.lines:
                        if ln.figure is None:
                            continue
                        f = ln.figure
                        cite = btext(lg, "cite", n=numbers[f.source.id], p=f.paragraph)
                        if ln.text(lg) in text:
                            # the sentence carries the qualified value and is followed by its citation
                            assert format_value(f, lg, "words") in ln.text(lg)
                            assert f"{ln.text(lg)} {cite}" in text, (lg, text)
                            text = text.replace(f"{ln.text(lg)} {cite}", " ")
            text = re.sub(r"^\d+\. ", "", text)  # the item number of a heading / contents line
            left = strip_allowed(text, allowed)
            assert not DIGIT.search(left), (lang, text)


def test_the_citation_numbers_point_at_the_sources_section(repo, brief, docs):
    sources = citation_sources(resolve_brief(repo, brief))
    doc = Document(str(docs["en"][0]))
    entries = [p.text for p in doc.paragraphs if p.text.startswith("[")]
    assert len(entries) == len(sources)
    for n, (entry, s) in enumerate(zip(entries, sources), start=1):
        assert entry.startswith(f"[{n}] {s.ref} ") and format_publisher(s, "en") in entry
        assert format_source_date(s, "en") in entry


def test_charts_are_300_dpi_pictures_with_alt_text(repo, docs):
    spec = build_chart(repo, "overview.output_trend")
    for lang, (path, calls) in docs.items():
        langs = ["en", "zh"] if lang == "both" else [lang]
        assert [(c[0], c[1]) for c in calls] == [("overview.output_trend", lg) for lg in langs]
        doc = Document(str(path))
        shapes = list(doc.inline_shapes)
        assert len(shapes) == len(langs)
        for shape, lg, call in zip(shapes, langs, calls):
            descr = shape._inline.docPr.get("descr")  # noqa: SLF001
            assert spec.title(lg) in descr
            for p in spec.series[0].points:
                assert format_value(repo.figure(p.figure_id), lg, "words") in descr
            assert abs(shape.width / 914400 - call[2]) < 0.01  # placed at the width it was drawn for
            blob = shape._inline.graphic.graphicData.pic.blipFill.blip.embed  # noqa: SLF001
            from PIL import Image

            image = Image.open(io.BytesIO(doc.part.related_parts[blob].blob))
            assert abs(image.width / (shape.width / 914400) - 300) < 2


def test_both_languages_side_by_side(docs):
    doc = Document(str(docs["both"][0]))
    assert doc.tables and all(len(t.columns) == 2 for t in doc.tables)
    headers = {(t.rows[0].cells[0].text, t.rows[0].cells[1].text) for t in doc.tables if t.rows[0].cells[0].text}
    assert ("English", "中文") in headers
    row = next(r for t in doc.tables for r in t.rows if "nearly ¥600 bn" in r.cells[0].text)
    assert "近6000亿元" in row.cells[1].text


def test_footer_has_edition_and_data_as_of(repo, docs):
    meta = repo.metadata
    for lang, (path, _calls) in docs.items():
        footer = "\n".join(p.text for p in Document(str(path)).sections[0].footer.paragraphs)
        assert meta.edition in footer
        assert coverage_text(repo, "zh" if lang == "zh" else "en") in footer


def test_east_asian_font_on_the_styles(docs):
    doc = Document(str(docs["zh"][0]))
    for name in ("Normal", "Heading 1", "Heading 2", "Title"):
        fonts = doc.styles[name].element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == "Microsoft YaHei"
        assert fonts.get(qn("w:eastAsiaTheme")) is None  # would override it
    font_table = next(r.target_part for r in doc.part.rels.values() if r.reltype.endswith("/fontTable"))
    assert b"Microsoft YaHei" in font_table.blob and "微软雅黑".encode() in font_table.blob


def test_a_table_as_word_table_with_repeated_header(repo, tmp_path):
    for lang, table_id in (("en", "figures"), ("zh", "targets")):
        path = tmp_path / f"{table_id}.docx"
        export_table_docx(repo, table_id, path, lang)
        table = build_table(repo, table_id, lang)
        doc = Document(str(path))
        (grid,) = doc.tables
        assert [c.text for c in grid.rows[0].cells] == list(table.frame.columns)
        assert grid.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # noqa: SLF001
        assert len(grid.rows) == len(table.frame) + 1
        for row, values in zip(grid.rows[1:], table.frame.itertuples(index=False, name=None)):
            for cell, name, value in zip(row.cells, table.frame.columns, values):
                if name in table.numeric_columns:
                    assert cell.text == ("" if pd.isna(value) else number_text(value))
                elif isinstance(value, str):
                    assert cell.text == value
        assert doc.paragraphs[0].style.name == "Heading 1" and doc.paragraphs[0].text == table.title


def test_bad_output_names_are_refused(repo, brief, tmp_path):
    with pytest.raises(ExportFailed, match="not a supported file type"):
        export_brief_docx(repo, brief, tmp_path / "brief.doc", "en", fake_png([]))
    with pytest.raises(ExportFailed, match="does not exist"):
        export_table_docx(repo, "figures", tmp_path / "no" / "t.docx")
    assert list(tmp_path.iterdir()) == []
