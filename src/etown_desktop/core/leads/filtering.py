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
    """Indexes of the leads that pass; ``texts`` are their precomputed haystacks (faster).
    One pass per condition over the survivors (list comprehensions: ~1 ms per 10,000 leads)."""
    rows: list[int] = list(range(len(leads)))
    if f.rating:
        rows = [i for i in rows if leads[i].rating == f.rating]
    if f.sector:
        rows = [i for i in rows if f.sector in leads[i].sectors]
    if f.due == DUE_NOW:
        iso = today.isoformat()
        rows = [i for i in rows if leads[i].due and leads[i].due <= iso and not leads[i].withdrawn]
    elif f.due == DUE_SET:
        rows = [i for i in rows if leads[i].due]
    words = fold(f.text).split()
    if words:
        hay = texts if texts is not None else [haystack(lead) for lead in leads]
        for w in words:
            rows = [i for i in rows if w in hay[i]]
    return rows
