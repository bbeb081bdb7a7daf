"""Provenance of a statement that is not a number: a reform, a district's leading industry.

Reform boxes and the district × industry matrix dots have no figure id, but like every figure they
come from a paragraph of a source; clicking them shows that here (through the provenance hub).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from etown_desktop.ui import theme

if TYPE_CHECKING:
    from etown_desktop.core.repository import Repository


@dataclass(frozen=True)
class Statement:
    title: str
    text: str
    mentions: tuple[tuple[str, int], ...]  # (source id, paragraph)



def statement_html(repo: Repository, statement: Statement, lang: str) -> str:
    from etown_desktop.core.formatting import format_paragraph, format_publisher, format_source_date

    c = theme.colors()
    esc = html.escape
    provenance = QCoreApplication.translate("ProvenancePanel", "Provenance")
    parts = ["<div style='margin:8px'>",
             f"<p style='color:{c.muted}; margin:0'>{esc(provenance)}</p>",
             f"<p style='font-size:large; font-weight:700; margin:4px 0'>{esc(statement.title)}</p>"]
    if statement.text:
        parts.append(f"<p>{esc(statement.text)}</p>")
    if len(statement.mentions) < 2:
        heading = QCoreApplication.translate("ProvenancePanel", "Stated in")
    else:
        heading = QCoreApplication.translate("ProvenancePanel", "Stated in (each source)")
    parts.append(f"<p style='margin-top:10px'><b>{esc(heading)}</b></p><ul>")
    files = []
    for source_id, paragraph in statement.mentions:
        src = repo.source(source_id)
        files.append(src.seed_file)
        parts.append(f"<li><b>{esc(src.ref)}</b> · {esc(src.title(lang))} — "
                     f"{esc(format_publisher(src, lang))}, {esc(format_source_date(src, lang))}, "
                     f"{esc(format_paragraph(paragraph, lang))}</li>")
    parts.append("</ul>")
    details = QCoreApplication.translate("ProvenancePanel", "Details: archived copy %1").replace(
        "%1", ", ".join(dict.fromkeys(files)))
    parts.append(f"<p style='color:{c.muted}; font-size:small'>{esc(details)}</p></div>")
    return "".join(parts)
