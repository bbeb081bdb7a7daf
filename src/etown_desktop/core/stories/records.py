"""Frozen records of a story and its slides, in both languages."""

from __future__ import annotations

from etown_desktop.core.lazy_record import LazyFrozenRecord

# What a slide can show, and what its ``ref`` names.
SLIDE_KINDS: dict[str, str] = {
    "kpis": "figure ids separated by spaces (one to four)",
    "chart": "a chart id (etown-desktop list charts)",
    "cluster": "a cluster id",
    "clusters": "a cluster group id",
    "reform": "a reform id",
    "company": "a company id",
    "plan": "a plan id",
    "sources": "nothing (every source) or source ids separated by spaces",
}
STORY_KINDS = ("zone", "sector")
MAX_KPIS = 4


class Slide(metaclass=LazyFrozenRecord):  # a frozen dataclass once used (core/lazy_record.py)
    story_id: str
    position: int
    kind: str
    ref: str | None
    title_en: str | None
    title_zh: str | None
    note_en: str | None
    note_zh: str | None

    def title(self, lang: str = "en") -> str | None:
        return self.title_zh if lang == "zh" else self.title_en

    def note(self, lang: str = "en") -> str | None:
        return self.note_zh if lang == "zh" else self.note_en

    @property
    def refs(self) -> tuple[str, ...]:
        return tuple((self.ref or "").split())


class Story(metaclass=LazyFrozenRecord):  # a frozen dataclass once used
    id: str
    kind: str
    sector_id: str | None
    title_en: str
    title_zh: str
    description_en: str
    description_zh: str
    slides: tuple[Slide, ...]

    def title(self, lang: str = "en") -> str:
        return self.title_zh if lang == "zh" else self.title_en

    def description(self, lang: str = "en") -> str:
        return self.description_zh if lang == "zh" else self.description_en
