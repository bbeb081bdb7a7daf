"""Merge detection: in one event, the same email, or the same name and company, is one person."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from etown_desktop.core.leads.model import Lead, Personal


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return " ".join(text.split())


def keys(p: Personal) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    if _norm(p.email):
        out.add(("email", _norm(p.email)))
    name = (_norm(p.family), _norm(p.given))
    if any(name) and _norm(p.company):
        out.add(("name+company", *name, _norm(p.company)))
    return out


def matches(candidate: Personal, leads: Iterable[Lead], exclude: int | None = None) -> tuple[int, ...]:
    """Ids of the (unlocked) leads that are the same person as ``candidate``."""
    wanted = keys(candidate)
    if not wanted:
        return ()
    return tuple(lead.id for lead in leads
                 if lead.id != exclude and lead.personal is not None and keys(lead.personal) & wanted)


def merged(keep: Personal, other: Personal) -> Personal:
    """``keep`` with its empty fields filled from ``other``; notes and next steps joined."""
    d, o = keep.as_dict(), other.as_dict()
    for k, v in o.items():
        if k in ("notes", "next_step"):
            if v and v != d[k]:
                d[k] = "\n".join(t for t in (d[k], v) if t)
        elif k == "answers":
            d[k] = {**v, **d[k]}
        elif not d[k]:
            d[k] = v
    return Personal.from_dict(d)
