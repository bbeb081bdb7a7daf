"""A python-docx document prepared for the app's exports: A4, East Asian font on every style,
the font described in the font table, a footer with the edition and "data as of"."""

from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

from etown_desktop.core.office.fonts import EA_FONT, add_wml_font_entry, set_ea_wml

STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "List Bullet", "Table Grid")
MUTED = RGBColor(0x5B, 0x66, 0x75)
FONT_TABLE_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"


def new_document(landscape: bool = False):
    from docx import Document

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.0))
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.2)
    for name in STYLES:
        try:
            style = doc.styles[name]
        except KeyError:
            continue
        set_ea_wml(style.element.get_or_add_rPr(), EA_FONT)
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
        if rpr is not None:
            set_ea_wml(rpr, EA_FONT)
    doc.styles["Normal"].font.size = Pt(10.5)
    _font_table(doc)
    return doc


def _font_table(doc) -> None:
    for rel in doc.part.rels.values():
        if rel.reltype == FONT_TABLE_RT and not rel.is_external:
            part = rel.target_part
            root = etree.fromstring(part.blob)
            add_wml_font_entry(root)
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)  # noqa: SLF001
            return


# Style ids of python-docx's default template. Setting the id directly skips python-docx's lookup
# by name, which scans every style for each paragraph (most of a brief's time otherwise).
STYLE_IDS = {"Title": "Title", "Subtitle": "Subtitle", "Heading 1": "Heading1", "Heading 2": "Heading2",
             "List Bullet": "ListBullet", "Table Grid": "TableGrid"}


def para(doc, text: str = "", style: str | None = None):
    """A paragraph of ``text`` in the style named ``style``."""
    p = doc.add_paragraph(text)
    if style:
        p._p.style = STYLE_IDS[style]  # noqa: SLF001
    return p


def heading(doc, text: str, level: int):
    """A real Word heading (Heading 1/2): the navigation pane and a table of contents list it."""
    return para(doc, text, f"Heading {level}")


def grid_table(doc, cols: int):
    table = doc.add_table(rows=1, cols=cols)
    table._tbl.tblStyle_val = STYLE_IDS["Table Grid"]  # noqa: SLF001
    return table


def usable_width(doc):
    s = doc.sections[-1]
    return s.page_width - s.left_margin - s.right_margin


def footer(doc, lines: list[str]) -> None:
    """Footer lines (edition, data as of) and the page number on every page."""
    f = doc.sections[0].footer
    f.is_linked_to_previous = False
    para = f.paragraphs[0]
    para.text = ""
    for i, line in enumerate(lines):
        p = para if i == 0 else f.add_paragraph()
        run = p.add_run(line)
        run.font.size = Pt(8)
        run.font.color.rgb = MUTED
    p = f.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _page_field(p)


def _page_field(p) -> None:
    run = p.add_run()
    run.font.size = Pt(8)
    for kind, value in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = value
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = value
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)  # noqa: SLF001 - python-docx has no field API


def repeat_header(row) -> None:
    """Mark a table row as the header row repeated at the top of every page."""
    tr_pr = row._tr.get_or_add_trPr()  # noqa: SLF001
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def cant_split(table) -> None:
    """No row of ``table`` is split across two pages."""
    for tr in table._tbl.tr_lst:  # noqa: SLF001
        tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def set_alt_text(inline_shape, descr: str, title: str = "") -> None:
    doc_pr = inline_shape._inline.docPr  # noqa: SLF001 - alt text lives on wp:docPr
    doc_pr.set("descr", descr)
    if title:
        doc_pr.set("title", title)


def muted(paragraph, size: float = 9.0) -> None:
    for r in paragraph.runs:
        r.font.color.rgb = MUTED
        r.font.size = Pt(size)


def append_rows(table, rows, size_pt: float | None = None) -> None:
    """Append plain text rows to a python-docx table, written as XML directly: python-docx's
    ``add_row`` + ``cells`` recompute the grid for every cell (seconds for a few thousand)."""
    tbl = table._tbl  # noqa: SLF001
    w = qn
    half_points = str(round(size_pt * 2)) if size_pt else None
    space = "{http://www.w3.org/XML/1998/namespace}space"
    for values in rows:
        tr = etree.SubElement(tbl, w("w:tr"))
        for value in values:
            tc = etree.SubElement(tr, w("w:tc"))
            p = etree.SubElement(tc, w("w:p"))
            r = etree.SubElement(p, w("w:r"))
            if half_points:
                rpr = etree.SubElement(r, w("w:rPr"))
                etree.SubElement(rpr, w("w:sz")).set(w("w:val"), half_points)
            t = etree.SubElement(r, w("w:t"))
            t.set(space, "preserve")
            t.text = _xml_safe(value)


def _xml_safe(text: str) -> str:
    """Drop characters XML 1.0 cannot hold (control characters in imported data)."""
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20)
