"""Font names the office documents ask for, and the East Asian font attribute.

PowerPoint, Word and WPS take Chinese glyphs from the *East Asian* font (``a:ea`` in DrawingML,
``w:eastAsia`` in WordprocessingML), not from the Latin one. Microsoft YaHei ships with every
Windows since Vista and with WPS; the GB2312 character set (``charset="-122"`` / ``w:charset="86"``)
is the fallback hint: an Office or WPS without YaHei substitutes its own Simplified Chinese font,
LibreOffice substitutes any installed font that covers Chinese (fontconfig).
"""

from __future__ import annotations

from lxml import etree

EA_FONT = "Microsoft YaHei"
EA_FONT_ALT = "微软雅黑"  # the name Chinese Windows lists; Word's font table keeps it as altName
EA_PANOSE = "020B0503020204020204"
EA_CHARSET_DML = "-122"  # GB2312_CHARSET, signed, as DrawingML writes it
EA_CHARSET_WML = "86"  # the same, as WordprocessingML writes it (hex)
LATIN_FONT = "Calibri"

A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def set_ea_dml(rpr: etree._Element, typeface: str = EA_FONT) -> None:
    """Set ``<a:ea typeface=…/>`` on a DrawingML run/paragraph/default properties element (a:rPr,
    a:defRPr, a:endParaRPr), keeping the schema order (latin, ea, cs, sym come after fills)."""
    tag = f"{{{A_NS}}}ea"
    ea = rpr.find(tag)
    if ea is None:
        ea = etree.SubElement(rpr, tag)
        latin = rpr.find(f"{{{A_NS}}}latin")
        if latin is not None:
            latin.addnext(ea)
        else:
            _place_before(rpr, ea, ("cs", "sym", "hlinkClick", "hlinkMouseOver", "rtl", "extLst"), A_NS)
    ea.set("typeface", typeface)
    if typeface == EA_FONT:
        ea.set("panose", EA_PANOSE)
        ea.set("pitchFamily", "34")
        ea.set("charset", EA_CHARSET_DML)


def _place_before(parent: etree._Element, child: etree._Element, later: tuple[str, ...], ns: str) -> None:
    parent.remove(child)
    for i, existing in enumerate(parent):
        if etree.QName(existing).localname in later and etree.QName(existing).namespace == ns:
            parent.insert(i, child)
            return
    parent.append(child)


def set_ea_wml(rpr: etree._Element, typeface: str = EA_FONT) -> None:
    """Set ``w:eastAsia`` on a WordprocessingML run-properties element (w:rPr) and drop the theme
    East Asian font, which would otherwise win over it."""
    tag = f"{{{W_NS}}}rFonts"
    fonts = rpr.find(tag)
    if fonts is None:
        fonts = etree.Element(tag)
        rpr.insert(0, fonts)  # rFonts comes first after rStyle
        style = rpr.find(f"{{{W_NS}}}rStyle")
        if style is not None:
            style.addnext(fonts)
    fonts.set(f"{{{W_NS}}}eastAsia", typeface)
    fonts.attrib.pop(f"{{{W_NS}}}eastAsiaTheme", None)
    fonts.set(f"{{{W_NS}}}hint", "eastAsia")


def add_wml_font_entry(font_table: etree._Element) -> None:
    """Describe the East Asian font in Word's font table: its Chinese name and the GB2312
    character set, which Word and WPS use to pick a substitute when it is not installed."""
    for font in font_table.findall(f"{{{W_NS}}}font"):
        if font.get(f"{{{W_NS}}}name") == EA_FONT:
            return
    font = etree.SubElement(font_table, f"{{{W_NS}}}font")
    font.set(f"{{{W_NS}}}name", EA_FONT)
    for tag, val in (("altName", EA_FONT_ALT), ("panose1", EA_PANOSE), ("charset", EA_CHARSET_WML),
                     ("family", "swiss"), ("pitch", "variable")):
        el = etree.SubElement(font, f"{{{W_NS}}}{tag}")
        el.set(f"{{{W_NS}}}val", val)
