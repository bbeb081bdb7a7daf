"""Frozen records returned by the repository. Each carries both languages where the data has them."""

from __future__ import annotations

from dataclasses import field

from etown_desktop.core.lazy_record import LazyFrozenRecord

# Each record is made a frozen dataclass when first used (core/lazy_record.py): a start that
# shows one slide makes four of the fifteen.


class Source(metaclass=LazyFrozenRecord):
    id: str
    ref: str
    seed_file: str
    title_en: str
    title_zh: str
    publisher: str | None
    published: str | None
    updated: str | None
    language: str
    page_section: str | None
    page_section_zh: str | None
    note_en: str | None
    note_zh: str | None

    def section(self, lang: str = "en") -> str | None:
        return self.page_section_zh if lang == "zh" else self.page_section

    @property
    def is_undated(self) -> bool:
        return not self.published and not self.updated

    def title(self, lang: str = "en") -> str:
        return self.title_zh if lang == "zh" else self.title_en


class Unit(metaclass=LazyFrozenRecord):
    id: str
    en_one: str
    en: str
    zh: str
    zh_factor: float
    style: str


class Figure(metaclass=LazyFrozenRecord):
    """One stated figure, flattened with its source (one row of the ``figure_provenance`` view)."""

    id: str
    metric: str
    topic: str
    label_en: str
    label_zh: str
    value: float
    unit: Unit
    qualifier: str
    period_en: str | None
    period_zh: str | None
    year: int | None
    usd_value: float | None
    usd_rate: float | None
    paragraph: int
    company_id: str | None
    note_en: str | None
    note_zh: str | None
    source: Source

    def label(self, lang: str = "en") -> str:
        return self.label_zh if lang == "zh" else self.label_en

    def note(self, lang: str = "en") -> str | None:
        return self.note_zh if lang == "zh" else self.note_en

    def period(self, lang: str = "en") -> str | None:
        return self.period_zh if lang == "zh" else self.period_en


class ClusterGroup(metaclass=LazyFrozenRecord):
    id: str
    name_en: str
    name_zh: str
    note_en: str | None
    note_zh: str | None
    source_id: str
    paragraph: int


class Cluster(metaclass=LazyFrozenRecord):
    id: str
    group_id: str
    name_en: str
    name_zh: str
    description_en: str
    description_zh: str
    target: Figure | None
    source_id: str
    paragraph: int

    def name(self, lang: str = "en") -> str:
        return self.name_zh if lang == "zh" else self.name_en


class Company(metaclass=LazyFrozenRecord):
    id: str
    name_en: str
    name_zh: str
    kind: str
    country_en: str
    country_zh: str
    cluster_id: str | None
    fortune500: bool | None
    fortune500_basis: str | None
    description_en: str
    description_zh: str
    source_id: str
    paragraph: int

    def name(self, lang: str = "en") -> str:
        return self.name_zh if lang == "zh" else self.name_en


class District(metaclass=LazyFrozenRecord):
    id: str
    name_en: str
    name_zh: str


class ZoneIndustry(metaclass=LazyFrozenRecord):
    id: str
    name_en: str
    name_zh: str


class ClusterZone(metaclass=LazyFrozenRecord):
    district: District
    industry: ZoneIndustry
    source_id: str
    paragraph: int
    note_en: str | None
    note_zh: str | None


class ReformMeasure(metaclass=LazyFrozenRecord):
    reform_id: str
    measure: str
    label_en: str
    label_zh: str
    before: Figure
    after: Figure | None
    note_en: str | None
    note_zh: str | None


class Reform(metaclass=LazyFrozenRecord):
    id: str
    name_en: str
    name_zh: str
    what_changed_en: str
    what_changed_zh: str
    first_in_beijing: bool
    source_id: str
    paragraph: int
    mentions: tuple[tuple[str, int], ...] = field(default_factory=tuple)

    def name(self, lang: str = "en") -> str:
        return self.name_zh if lang == "zh" else self.name_en


class Plan(metaclass=LazyFrozenRecord):
    id: str
    name_en: str
    name_zh: str
    target_year: int
    source_id: str
    paragraph: int
    description_en: str
    description_zh: str


class Target(metaclass=LazyFrozenRecord):
    id: str
    plan_id: str
    target: Figure
    actual: Figure | None
    actual_relation: str | None  # "same" (comparable) or "related" (context, a different measure)
    note_en: str | None
    note_zh: str | None


class Metadata(metaclass=LazyFrozenRecord):
    schema_version: int
    edition: str
    data_date: str
    figure_count: int


class SearchHit(metaclass=LazyFrozenRecord):
    kind: str  # figure | company | cluster | reform | source
    ref_id: str
    label_en: str
    label_zh: str
    topic: str | None
