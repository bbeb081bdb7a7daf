"""The brief as data: items (by reference), the cover the staffer types, and the language.

An item reference is a figure id as it is (``"F001"``) or ``kind:id`` for anything else:
``chart:overview.output_trend``, ``company:boe``, ``cluster:ngit``, ``reform:one_seal``,
``target:T01``, ``profile:ngit`` (the whole profile) or ``profile:ngit#companies`` (one section),
and ``figures:F001,F005`` for rows selected in a table.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from etown_desktop.core.errors import BriefInvalid

ITEM_KINDS = ("figure", "chart", "company", "cluster", "reform", "target", "profile", "figures")
LANGS = ("en", "zh", "both")


@dataclass(frozen=True)
class Cover:
    company: str = ""  # the investor's company
    date: str = ""  # the meeting date, as typed (ISO from the date picker)
    staffer: str = ""
    contact: str = ""


@dataclass(frozen=True)
class BriefItem:
    ref: str
    fingerprint: str = ""  # what its figures were when added (detects edition changes)

    @property
    def kind(self) -> str:
        return parse_ref(self.ref)[0]

    @property
    def target(self) -> str:
        return parse_ref(self.ref)[1]


@dataclass(frozen=True)
class Brief:
    items: tuple[BriefItem, ...] = ()
    cover: Cover = field(default_factory=Cover)
    lang: str = "en"
    edition: str = ""  # the database edition the fingerprints were taken from

    def refs(self) -> list[str]:
        return [i.ref for i in self.items]

    def with_item(self, item: BriefItem) -> Brief:
        if item.ref in self.refs():
            return self
        return replace(self, items=(*self.items, item))

    def without(self, index: int) -> Brief:
        return replace(self, items=self.items[:index] + self.items[index + 1:])

    def moved(self, src: int, dst: int) -> Brief:
        items = list(self.items)
        item = items.pop(src)
        items.insert(max(0, min(dst, len(items))), item)
        return replace(self, items=tuple(items))

    def reordered(self, refs: list[str]) -> Brief:
        by_ref = {i.ref: i for i in self.items}
        return replace(self, items=tuple(by_ref[r] for r in refs if r in by_ref))


def parse_ref(ref: str) -> tuple[str, str]:
    """'F001' -> ('figure', 'F001'); 'company:boe' -> ('company', 'boe')."""
    ref = ref.strip() if isinstance(ref, str) else ""
    if not ref:
        raise BriefInvalid("An item id is empty.")
    if ":" not in ref:
        return "figure", ref
    kind, _, target = ref.partition(":")
    if kind not in ITEM_KINDS or not target:
        raise BriefInvalid(f"Unknown item {ref!r}: use a figure id (F001) or kind:id with kind one of "
                           f"{', '.join(k for k in ITEM_KINDS if k != 'figure')}.")
    return kind, target
