"""How old the facts are: the date range of the sources, next to the date our team reviewed them.

``metadata.data_date`` is the date the data set was reviewed, not the date of the facts. Printing it
alone as "data as of" would make a 2019 article look current, so every "data as of" line in the app
and the exports says both: the sources' own dates (published, else "updated") and the review date.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from etown_desktop.core.formatting import format_date, normalize_lang

if TYPE_CHECKING:
    from etown_desktop.core.records import Source
    from etown_desktop.core.repository import Repository

TEXT = {
    "en": {"label": "Data as of: ", "range": "sources dated {first} – {last}", "one": "sources dated {first}",
           "none": "sources undated", "undated": " ({n} undated)", "reviewed": " · reviewed {date}"},
    "zh": {"label": "数据时间：", "range": "来源日期{first}至{last}", "one": "来源日期{first}",
           "none": "来源均未注明日期", "undated": "（{n}篇未注明日期）", "reviewed": " · 审核于{date}"},
}


@dataclass(frozen=True)
class SourceCoverage:
    earliest: str | None  # ISO dates of the oldest and newest dated source
    latest: str | None
    undated: int
    reviewed: str  # metadata.data_date: when our team reviewed the data set


def source_date(source: Source) -> str | None:
    """The date a source shows: its publication date, else its "updated" date, else None."""
    return source.published or source.updated or None


def source_date_range(repo: Repository) -> tuple[str | None, str | None, int]:
    """(earliest, latest, undated_count) over every source in the database (ISO dates): the same
    as ``date_range(repo.sources())``, counted in SQL."""
    return repo.source_date_summary()


def date_range(sources: list[Source]) -> tuple[str | None, str | None, int]:
    dates = sorted(d for d in (source_date(s) for s in sources) if d)
    undated = sum(1 for s in sources if not source_date(s))
    return (dates[0] if dates else None, dates[-1] if dates else None, undated)


def coverage(repo: Repository) -> SourceCoverage:
    earliest, latest, undated = source_date_range(repo)
    return SourceCoverage(earliest, latest, undated, repo.metadata.data_date)


def format_coverage(cov: SourceCoverage, lang: str = "en", label: bool = True) -> str:
    """'Data as of: sources dated 29 Sep 2019 – 22 Nov 2023 (1 undated) · reviewed 23 Nov 2026'.

    With ``label=False`` the leading 'Data as of: ' / '数据时间：' is left out (for a labelled field).
    """
    lang = normalize_lang(lang)
    t = TEXT[lang]
    if cov.earliest is None or cov.latest is None:
        dated = t["none"]
    elif cov.earliest == cov.latest:
        dated = t["one"].format(first=format_date(cov.earliest, lang))
    else:
        dated = t["range"].format(first=format_date(cov.earliest, lang), last=format_date(cov.latest, lang))
    if cov.undated and cov.earliest is not None:
        dated += t["undated"].format(n=cov.undated)
    if cov.reviewed:
        reviewed = t["reviewed"].format(date=format_date(cov.reviewed, lang))
        dated += reviewed.lstrip() if dated.endswith("）") else reviewed
    return (t["label"] if label else "") + dated


def coverage_text(repo: Repository, lang: str = "en", label: bool = True) -> str:
    """The honest "data as of" line for ``repo`` (see :func:`format_coverage`)."""
    return format_coverage(coverage(repo), lang, label)
