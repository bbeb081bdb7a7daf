"""A rich-text label's content (a detail pane, a comparison cell) as printable paragraphs.

Qt parses the HTML (:class:`QTextDocument`); each text block becomes a paragraph: list items get a
bullet, a block set wholly in bold or at heading size prints bold, a block wholly in a colour (the
muted notes) prints muted. Line breaks inside a block (``<br>``) are kept.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextBlock, QTextDocument

from etown_desktop.ui.tab_pdf.blocks import Paragraph

BULLET = "• "


def _fragments(block: QTextBlock):
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid() and fragment.text().strip():
            yield fragment
        it += 1


def rich_paragraphs(html: str, heading_pt: float) -> list[Paragraph]:
    doc = QTextDocument()
    doc.setHtml(html)
    out: list[Paragraph] = []
    block = doc.begin()
    while block.isValid():
        body = block.text().replace("\u2028", "\n").replace("\u00a0", " ").strip()
        if body:
            formats = [f.charFormat() for f in _fragments(block)]
            bold = bool(formats) and all(f.fontWeight() >= QFont.Weight.DemiBold
                                         or f.fontPointSize() >= heading_pt for f in formats)
            muted = bool(formats) and all(f.hasProperty(f.Property.ForegroundBrush) for f in formats)
            bullet = BULLET if block.textList() is not None else ""
            out.append(Paragraph(bullet + body, muted=muted and not bold, bold=bold))
        block = block.next()
    return out
