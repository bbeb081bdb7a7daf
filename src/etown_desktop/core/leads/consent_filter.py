"""Which leads a use may take: only those whose latest consent covers every purpose it needs;
a lead that withdrew never. Every lead left out gets a reason."""

from __future__ import annotations

from dataclasses import dataclass

from etown_desktop.core.leads.model import Lead

REASON_WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class Skipped:
    lead_id: int
    name: str
    reason: str  # "withdrawn" or "no consent: <purpose>[, <purpose>]"
    missing: tuple[str, ...] = ()


def select(leads: list[Lead], purposes: tuple[str, ...]) -> tuple[list[Lead], list[Skipped]]:
    included: list[Lead] = []
    skipped: list[Skipped] = []
    for lead in leads:
        name = lead.personal.display_name() if lead.personal else f"#{lead.id}"
        if lead.withdrawn or (lead.consent is not None and lead.consent.withdrawn):
            skipped.append(Skipped(lead.id, name, REASON_WITHDRAWN))
            continue
        granted = lead.consent.granted if lead.consent else frozenset()
        missing = tuple(p for p in purposes if p not in granted)
        if missing:
            skipped.append(Skipped(lead.id, name, "no consent: " + ", ".join(missing), missing))
        else:
            included.append(lead)
    return included, skipped


def summary(skipped: list[Skipped]) -> dict[str, int]:
    """How many were left out for each reason."""
    out: dict[str, int] = {}
    for s in skipped:
        out[s.reason] = out.get(s.reason, 0) + 1
    return out
