"""The follow-up brief of a lead: the meeting brief (core/brief) filled with the profiles of the
lead's sectors, its company on the cover, in the lead's language. Only for leads whose consent
covers receiving materials."""

from __future__ import annotations

from datetime import date

from etown_desktop.core.brief.model import Brief, BriefItem, Cover
from etown_desktop.core.leads.model import Lead
from etown_desktop.core.profiles.definitions import ZONE_PROFILE

PURPOSES = ("materials",)


def followup_brief(lead: Lead, staffer: str = "", contact: str = "", day: date | None = None,
                   lang: str | None = None) -> Brief:
    sectors = lead.sectors or (ZONE_PROFILE,)
    items = tuple(BriefItem(f"profile:{s}") for s in sectors)
    company = lead.personal.company if lead.personal else ""
    name = lead.personal.display_name() if lead.personal else ""
    cover = Cover(company=company or name, date=(day or date.today()).isoformat(),
                  staffer=staffer or lead.staffer, contact=contact)
    return Brief(items=items, cover=cover, lang=lang or lead.lang or "en")


def brief_file_name(lead: Lead) -> str:
    """A safe file name: id and company or name (letters and digits of any script)."""
    base = (lead.personal.company or lead.personal.display_name()) if lead.personal else ""
    safe = "".join(ch if ch.isalnum() else "-" for ch in base).strip("-")[:40]
    return f"lead-{lead.id}" + (f"-{safe}" if safe else "") + ".pdf"
