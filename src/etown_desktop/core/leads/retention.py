"""Retention: a lead is kept for its event's retention period (default 12 months) after it was
taken, then listed as expired and purged. Also: next steps that are due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from etown_desktop.core.leads.erasure import delete_leads
from etown_desktop.core.leads.model import Lead


def add_months(day: date, months: int) -> date:
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)


@dataclass(frozen=True)
class Expired:
    lead_id: int
    event_id: int
    expired_on: date


def expired(store, today: date | None = None) -> list[Expired]:
    today = today or store.clock().date()
    months = {e.id: e.retention_months for e in store.events()}
    out = []
    for lead_id, event_id, created in store.execute("SELECT id, event_id, created FROM leads ORDER BY id"):
        until = add_months(datetime.fromisoformat(created).date(), months.get(event_id, 12))
        if until <= today:
            out.append(Expired(lead_id, event_id, until))
    return out


def purge_expired(store, today: date | None = None) -> int:
    return delete_leads(store, [e.lead_id for e in expired(store, today)])


def due_leads(leads: list[Lead], today: date) -> list[Lead]:
    """Leads (not withdrawn) whose next step is due today or overdue, the oldest due first."""
    iso = today.isoformat()
    return sorted((lead for lead in leads if lead.due and lead.due <= iso and not lead.withdrawn),
                  key=lambda lead: lead.due)
