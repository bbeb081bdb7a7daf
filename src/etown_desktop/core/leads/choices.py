"""The fixed, bilingual choice lists of a lead, kept as data in ``resources/leads/choices.json``:
ratings, the qualification questions and their answers, and the consent purposes' sentences."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from etown_desktop.core.resources import resource_path

CONSENT_PURPOSES = ("contact", "materials", "marketing", "partners", "abroad")


@dataclass(frozen=True)
class Choice:
    id: str
    en: str
    zh: str

    def label(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


@dataclass(frozen=True)
class Question:
    id: str
    en: str
    zh: str
    choices: tuple[Choice, ...]

    def label(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en

    def choice(self, choice_id: str) -> Choice | None:
        return next((c for c in self.choices if c.id == choice_id), None)


@dataclass(frozen=True)
class ChoiceLists:
    ratings: tuple[Choice, ...]
    questions: tuple[Question, ...]
    consent: tuple[Choice, ...]

    def rating_ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.ratings)

    def question(self, qid: str) -> Question | None:
        return next((q for q in self.questions if q.id == qid), None)

    def rating_label(self, rid: str, lang: str) -> str:
        return next((r.label(lang) for r in self.ratings if r.id == rid), rid)

    def consent_text(self, purpose: str, lang: str) -> str:
        return next(c.label(lang) for c in self.consent if c.id == purpose)


def _choice(d: dict) -> Choice:
    return Choice(d["id"], d["en"], d["zh"])


@lru_cache(maxsize=1)
def choice_lists() -> ChoiceLists:
    raw = json.loads(resource_path("leads", "choices.json").read_text(encoding="utf-8"))
    lists = ChoiceLists(
        ratings=tuple(_choice(r) for r in raw["ratings"]),
        questions=tuple(Question(q["id"], q["en"], q["zh"], tuple(_choice(c) for c in q["choices"]))
                        for q in raw["questions"]),
        consent=tuple(_choice(c) for c in raw["consent"]),
    )
    if tuple(c.id for c in lists.consent) != CONSENT_PURPOSES:
        raise ValueError("choices.json: the consent purposes must be " + ", ".join(CONSENT_PURPOSES))
    return lists
