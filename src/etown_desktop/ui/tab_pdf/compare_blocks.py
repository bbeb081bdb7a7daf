"""A profile comparison (the Sector profiles tab's CompareView) as printable blocks.

On screen the two profiles stand side by side, section by section, one rich-text cell per item.
On paper each section is a two-column table headed by the two profiles' names, so a row still pairs
the matching items; each row cites its items' sources in the page footer. A section the view cut at
its first rows (:data:`~etown_desktop.ui.profiles.profile_widgets.MAX_ITEMS`) says "… and N more".
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from etown_desktop.core.profiles.profile import ProfileFigure
from etown_desktop.core.profiles.texts import text as ptext
from etown_desktop.core.records import Source
from etown_desktop.ui.profiles.profile_widgets import MAX_ITEMS
from etown_desktop.ui.tab_pdf.blocks import Block, Heading, Paragraph, Table


def plain(html: str) -> str:
    """A cell's rich text as plain lines (an empty cell prints empty, not "—")."""
    doc = QTextDocument()
    doc.setHtml(html)
    body = doc.toPlainText().replace("\u2028", "\n").replace("\u00a0", " ").strip()
    return "" if body == "—" else body


def item_source(item: object) -> str | None:
    if isinstance(item, ProfileFigure):
        return item.figure.source.id
    if isinstance(item, Source):
        return item.id
    return getattr(item, "source_id", None)


def compare_blocks(view, lang: str) -> list[Block]:
    """``view``: a built CompareView (its ``comparison`` and its cell labels, in section order)."""
    comparison = view.comparison
    names = (comparison.left.name(lang), comparison.right.name(lang))
    blocks: list[Block] = []
    for prof in (comparison.left, comparison.right):
        if prof.thin:
            blocks.append(Paragraph(f"{prof.name(lang)}: {ptext(lang, 'thin')}", bold=True))
    cells = iter(view.cells)
    for section in comparison.sections:
        blocks.append(Heading(ptext(lang, section.key)))
        pairs = [next(cells) for _ in section.rows[:MAX_ITEMS]]  # the view shows the first rows
        if not pairs:
            blocks.append(Paragraph(ptext(lang, "none"), muted=True))
            continue
        shown = list(zip(section.rows, pairs))
        rows = tuple((plain(left.text()), plain(right.text())) for _, (left, right) in shown)
        sources = tuple(tuple(sid for sid in dict.fromkeys(map(item_source, items)) if sid)
                        for items, _ in shown)
        blocks.append(Table(names, rows, sources))
        if len(section.rows) > len(shown):
            note = ptext(lang, "more").format(n=f"{len(section.rows) - len(shown):,}",
                                              total=f"{len(section.rows):,}")
            blocks.append(Paragraph(note, muted=True))
    return blocks
