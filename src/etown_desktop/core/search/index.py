"""The search index: every figure, company, cluster, reform, target, source and profile as one
entry with its text in both languages, its aliases and the numbers it states (Qt-free).

Text terms match anywhere in an entry's text (case- and width-insensitive); number terms match
whole numbers in their written forms ("1,043" = "1043", "3.0" = "3"), so "600" finds ¥600 bn and
6000亿元 but not 6,000 people. Any string is safe to search.

The entries are made once, by ``db build`` (:mod:`core.search.build_index` writes them into the
database); the app searches those tables (:mod:`core.search.query`) and never builds them.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from etown_desktop.core.formatting import format_number, format_value
from etown_desktop.core.profiles.definitions import PROFILES, profile_names
from etown_desktop.core.records import Cluster, Company, Figure, Reform, Source, Target

log = logging.getLogger(__name__)

KIND_ORDER = ("profile", "figure", "company", "cluster", "reform", "target", "source")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_NUMBER_TERM = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
TOPIC_TABS = {
    "overview": "overview", "clusters": "clusters", "foreign_investment": "foreign-investment",
    "fortune500": "fortune500", "reforms": "reforms", "targets": "targets",
    "beijing_context": "clusters",
}


def normalize(text: str) -> str:
    """Case- and width-folded text (full-width Ｂｅｎｚ = Benz), spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def canonical_number(text: str) -> str | None:
    """'1,043' -> '1043'; '3.0' -> '3'; '96.70' -> '96.7'; not a number -> None."""
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        return None
    return format_number(value).replace(",", "")


@dataclass(frozen=True)
class SearchEntry:
    kind: str  # one of KIND_ORDER
    ref_id: str
    title_en: str
    title_zh: str
    detail_en: str  # the value with its qualifier, and its source
    detail_zh: str
    tab: str  # the tab that shows it
    figure_id: str | None  # the figure to highlight, if any
    names: frozenset[str]  # normalized title and aliases (ranking: exact)
    names_blob: str  # the same, each after a NUL (ranking: starts with / contains)
    haystack: str
    numbers: frozenset[str]

    def title(self, lang: str = "en") -> str:
        return self.title_zh if lang == "zh" else self.title_en

    def detail(self, lang: str = "en") -> str:
        return self.detail_zh if lang == "zh" else self.detail_en


def _figure_numbers(f: Figure) -> set[str]:
    values = {f.value, f.value * f.unit.zh_factor, f.value * f.unit.zh_factor / 10000}
    if f.usd_value is not None:
        values |= {f.usd_value, f.usd_value * 10}
    return {format_number(round(v, 6)).replace(",", "") for v in values}


def _entry(kind: str, ref: str, en: str, zh: str, detail_en: str, detail_zh: str, tab: str,
           texts: list[str | None], aliases: list[str], figure_id: str | None = None,
           numbers: set[str] | None = None) -> SearchEntry:
    all_text = [en, zh, detail_en, detail_zh, *aliases, *(t for t in texts if t)]
    hay = normalize(" \u0001 ".join(all_text))
    nums = set(numbers or ())
    for t in (en, zh, *aliases):
        nums |= {c for c in (canonical_number(m) for m in _NUMBER.findall(t)) if c}
    names = [normalize(x) for x in (en, zh, *aliases)]
    return SearchEntry(kind, ref, en, zh, detail_en, detail_zh, tab, figure_id, frozenset(names),
                       "".join("\0" + n for n in names), hay, frozenset(nums))


def _fig_detail(f: Figure, lang: str) -> str:
    return f"{format_value(f, lang, style='words')} · {f.source.ref}"


class RecordSource(Protocol):
    """What the entries are made from: a :class:`Repository`, or the build's
    :class:`~core.search.table_catalog.TableCatalog` (the same records from the loaded tables)."""

    def aliases(self) -> list[tuple[str, str, str]]: ...
    def figures(self) -> list[Figure]: ...
    def sources(self) -> list[Source]: ...
    def companies(self) -> list[Company]: ...
    def clusters(self) -> list[Cluster]: ...
    def reforms(self) -> list[Reform]: ...
    def targets(self) -> list[Target]: ...


def build_entries(repo: RecordSource) -> list[SearchEntry]:
    return list(iter_entries(repo))


def iter_entries(repo: RecordSource) -> Iterator[SearchEntry]:
    """The entries one by one, kind by kind in :data:`KIND_ORDER` (the build streams them)."""
    aliases: dict[tuple[str, str], list[str]] = {}
    for kind, ref, alias in repo.aliases():
        aliases.setdefault((kind, ref), []).append(alias)
    names = profile_names(repo.clusters())
    for p in PROFILES.values():
        yield _entry("profile", p.id, *names[p.id], "Sector profile", "行业概况",
                     "profiles", [], aliases.get(("profile", p.id), []))
    for f in repo.figures():
        yield _entry(
            "figure", f.id, f.label_en, f.label_zh, _fig_detail(f, "en"), _fig_detail(f, "zh"),
            TOPIC_TABS.get(f.topic, "sources"),
            [f.id, f.note_en, f.note_zh, f.period_en, f.period_zh, f.metric.replace("_", " "),
             format_value(f, "en"), format_value(f, "zh")],
            aliases.get(("figure", f.id), []), figure_id=f.id, numbers=_figure_numbers(f))
    ref = {s.id: s.ref for s in repo.sources()}
    for c in repo.companies():
        yield _entry("company", c.id, c.name_en, c.name_zh, f"{c.country_en} · {ref[c.source_id]}",
                     f"{c.country_zh} · {ref[c.source_id]}",
                     "fortune500", [c.description_en, c.description_zh],
                     aliases.get(("company", c.id), []))
    for c in repo.clusters():
        tid = c.target.id if c.target else None
        yield _entry("cluster", c.id, c.name_en, c.name_zh,
                     _fig_detail(c.target, "en") if c.target else ref[c.source_id],
                     _fig_detail(c.target, "zh") if c.target else ref[c.source_id], "clusters",
                     [c.description_en, c.description_zh], aliases.get(("cluster", c.id), []),
                     figure_id=tid, numbers=_figure_numbers(c.target) if c.target else None)
    for r in repo.reforms():
        yield _entry("reform", r.id, r.name_en, r.name_zh, ref[r.source_id], ref[r.source_id], "reforms",
                     [r.what_changed_en, r.what_changed_zh], aliases.get(("reform", r.id), []))
    for t in repo.targets():
        f = t.target
        yield _entry("target", t.id, f.label_en, f.label_zh, _fig_detail(f, "en"),
                     _fig_detail(f, "zh"), "targets", [t.note_en, t.note_zh, f.period_en, f.period_zh],
                     aliases.get(("target", t.id), []), figure_id=f.id,
                     numbers=_figure_numbers(f))
    for s in repo.sources():
        yield _entry("source", s.id, f"{s.ref} {s.title_en}", f"{s.ref} {s.title_zh}",
                     s.publisher or "", s.publisher or "", "sources",
                     [s.note_en, s.note_zh, s.seed_file], aliases.get(("source", s.id), []))
