"""The provenance of the figures on a slide as HTML (presenter view, kiosk source card)."""

from __future__ import annotations

from etown_desktop.core.formatting import (
    format_paragraph,
    format_period,
    format_publisher,
    format_source_date,
    format_usd,
    format_value,
)
from etown_desktop.core.repository import Repository


def figures_html(repo: Repository, figure_ids: list[str], lang: str) -> str:
    import html  # here, not at the top: its import (a large regular expression, the entity
    # table) is not the kiosk's first slide's (issue 22)

    rows = []
    esc = html.escape
    for fid in figure_ids:
        f = repo.figure(fid)
        s = f.source
        usd = format_usd(f, lang)
        parts = [format_period(f, lang), f"{s.ref} “{s.title(lang)}”", format_publisher(s, lang),
                 format_source_date(s, lang), format_paragraph(f.paragraph, lang)]
        rows.append(f"<p><b>{esc(format_value(f, lang, 'words'))}</b> — {esc(f.label(lang))}"
                    + (f"<br>{esc(usd)}" if usd else "")
                    + f"<br>{esc(' · '.join(parts))}"
                    + (f"<br><i>{esc(f.note(lang))}</i>" if f.note(lang) else "") + "</p>")
    return "".join(rows)
