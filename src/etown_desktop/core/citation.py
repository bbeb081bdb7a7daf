"""Citations of a figure's source: a short one for a slide, a full one for a report."""

from __future__ import annotations

from etown_desktop.core.formatting import format_paragraph, format_publisher, format_source_date
from etown_desktop.core.records import Figure


def short_citation(fig: Figure, lang: str = "en") -> str:
    """'S1, PR Newswire (Cision), published 22 Oct 2022, paragraph 5'."""
    src = fig.source
    sep = "，" if lang == "zh" else ", "
    return sep.join([src.ref, format_publisher(src, lang), format_source_date(src, lang),
                     format_paragraph(fig.paragraph, lang)])


def full_citation(fig: Figure, edition: str, lang: str = "en") -> str:
    """Title, publisher (or "publisher not stated"), date (or "undated"), paragraph, edition."""
    src = fig.source
    if lang == "zh":
        return (f"《{src.title('zh')}》（{src.title('en')}），{format_publisher(src, 'zh')}，"
                f"{format_source_date(src, 'zh')}，{format_paragraph(fig.paragraph, 'zh')}。"
                f"来源编号 {src.ref}；亦庄投资者桌面数据版本 {edition}。")
    return (f"“{src.title('en')}”. {format_publisher(src, 'en')}, {format_source_date(src, 'en')}, "
            f"{format_paragraph(fig.paragraph, 'en')}. Source {src.ref}; "
            f"E-Town Investor Desktop data edition {edition}.")
