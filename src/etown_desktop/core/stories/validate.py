"""Build-time checks of the story files: every slide points at something real, no typed numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from etown_desktop.core.errors import SourceDataInvalid
from etown_desktop.core.stories.records import MAX_KPIS, SLIDE_KINDS, STORY_KINDS

# Names that contain digits but are not figures; removed before the number check.
NAME_ALLOW_LIST = ("Fortune Global 500", "世界500强")
_DIGITS = re.compile(r"[0-9\uff10-\uff19]+(?:[.,][0-9\uff10-\uff19]+)*")
_NUMBER_WORDS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred|thousand|million|billion|dozens?|half|double|triple)\b", re.IGNORECASE)
# Chinese numerals; 一 is left out because it is part of everyday words (一站式, 统一).
_ZH_NUMERALS = re.compile(r"[〇零二三四五六七八九十百千万亿两半倍]")


def typed_number(text: str) -> str | None:
    """The first number-like token typed into a story text, or None when there is none."""
    for name in NAME_ALLOW_LIST:
        text = text.replace(name, "")
    for pattern in (_DIGITS, _NUMBER_WORDS, _ZH_NUMERALS):
        found = pattern.search(text)
        if found:
            return found.group(0)
    return None


def _ref_targets(tables: dict[str, list[dict]]) -> dict[str, set[str]]:
    from etown_desktop.core.charts import chart_ids

    def ids(name: str, key: str = "id") -> set[str]:
        return {r[key] for r in tables[name]}

    return {
        "kpis": ids("figures"), "chart": set(chart_ids()), "cluster": ids("clusters"),
        "clusters": ids("cluster_groups"), "reform": ids("reforms"), "company": ids("companies"),
        "plan": ids("plans"), "sources": ids("sources"),
    }


@dataclass(frozen=True)
class _Cluster:
    id: str
    name_en: str
    name_zh: str


def validate_stories(tables: dict[str, list[dict]]) -> None:
    """Raise SourceDataInvalid naming the file, the slide and the problem."""
    from etown_desktop.core.profiles.definitions import profile_names
    from etown_desktop.core.sectors import SECTOR_IDS

    targets = _ref_targets(tables)
    names = profile_names(_Cluster(r["id"], r["name_en"], r["name_zh"]) for r in tables["clusters"])
    stories = {s["id"]: s for s in tables["stories"]}
    for s in tables["stories"]:
        where = f"stories.csv {s['id']}"
        if s["kind"] not in STORY_KINDS:
            raise SourceDataInvalid(f"{where}: kind must be one of {', '.join(STORY_KINDS)}")
        if (s["kind"] == "sector") != (s["sector_id"] is not None):
            raise SourceDataInvalid(f"{where}: a sector story names its sector, a zone story none")
        if s["sector_id"] is not None and s["sector_id"] not in SECTOR_IDS:
            raise SourceDataInvalid(f"{where}: unknown sector {s['sector_id']!r}")
        if s["sector_id"] is not None:  # one name per sector: the data's name of its lead cluster
            for lang, name in zip(("en", "zh"), names[s["sector_id"]]):
                if name not in s[f"title_{lang}"]:
                    raise SourceDataInvalid(f"{where}: title_{lang} must name the sector as the "
                                            f"clusters do: {name!r}")
        _check_texts(where, s, ("title_en", "title_zh", "description_en", "description_zh"))
    counts: dict[str, int] = {}
    for sl in tables["story_slides"]:
        where = f"story_slides.csv {sl['story_id']} slide {sl['position']}"
        counts[sl["story_id"]] = counts.get(sl["story_id"], 0) + 1
        kind = sl["kind"]
        if kind not in SLIDE_KINDS:
            raise SourceDataInvalid(f"{where}: unknown kind {kind!r} (one of {', '.join(SLIDE_KINDS)})")
        refs = (sl["ref"] or "").split()
        if not refs and kind != "sources":
            raise SourceDataInvalid(f"{where}: a {kind} slide needs a ref ({SLIDE_KINDS[kind]})")
        if kind != "kpis" and kind != "sources" and len(refs) > 1:
            raise SourceDataInvalid(f"{where}: a {kind} slide names one {kind}")
        if kind == "kpis" and len(refs) > MAX_KPIS:
            raise SourceDataInvalid(f"{where}: at most {MAX_KPIS} figures on a slide")
        if kind == "kpis" and not (sl["title_en"] and sl["title_zh"]):
            raise SourceDataInvalid(f"{where}: a kpis slide needs a title in English and Chinese")
        unknown = [r for r in refs if r not in targets[kind]]
        if unknown:
            raise SourceDataInvalid(f"{where}: {', '.join(unknown)} does not exist ({SLIDE_KINDS[kind]})")
        if bool(sl["title_en"]) != bool(sl["title_zh"]) or bool(sl["note_en"]) != bool(sl["note_zh"]):
            raise SourceDataInvalid(f"{where}: a title or note needs both English and Chinese")
        _check_texts(where, sl, ("title_en", "title_zh", "note_en", "note_zh"))
    for story_id in stories:
        positions = sorted(sl["position"] for sl in tables["story_slides"] if sl["story_id"] == story_id)
        if not positions:
            raise SourceDataInvalid(f"stories.csv {story_id}: the story has no slides")
        if positions != list(range(1, len(positions) + 1)):
            raise SourceDataInvalid(f"story_slides.csv {story_id}: positions must run 1, 2, 3 … "
                                    f"without gaps (found {positions})")


def _check_texts(where: str, row: dict, columns: tuple[str, ...]) -> None:
    for col in columns:
        number = typed_number(row[col] or "")
        if number is not None:
            raise SourceDataInvalid(
                f"{where}: {col} contains the number {number!r}; a story takes every value from "
                "the figures table, so write the text without it")
