"""Filtering the (decrypted, in memory) leads of a list: text, rating, sector, next step due.

Encrypted fields cannot be queried in SQL; the list holds the unlocked leads in memory and
filters them here on every keystroke (10,000 leads in a few milliseconds)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from etown_desktop.core.leads.model import Lead

DUE_ANY, DUE_NOW, DUE_SET = "", "due", "set"  # all / due today or overdue / has a due date


@dataclass(frozen=True)
class LeadFilter:
    text: str = ""
    rating: str = ""
    sector: str = ""
    due: str = DUE_ANY


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def haystack(lead: Lead) -> str:
    """What the text filter searches: names, company, title, email, phone, country, notes."""
    p = lead.personal
    if p is None:
        return ""
    return fold(" ".join((p.family, p.given, p.family + p.given, p.company, p.title, p.email, p.phone,
                          lead.country, p.notes, p.next_step)))


def apply(leads: list[Lead], f: LeadFilter, today: date, texts: list[str] | None = None) -> list[int]:
    """Indexes of the leads that pass; ``texts`` are their precomputed haystacks (faster)."""
    words = fold(f.text).split()
    iso = today.isoformat()
    out = []
    for i, lead in enumerate(leads):
        if f.rating and lead.rating != f.rating:
            continue
        if f.sector and f.sector not in lead.sectors:
            continue
        if f.due == DUE_NOW and not (lead.due and lead.due <= iso and not lead.withdrawn):
            continue
        if f.due == DUE_SET and not lead.due:
            continue
        if words:
            hay = texts[i] if texts is not None else haystack(lead)
            if not all(w in hay for w in words):
                continue
        out.append(i)
    return out
