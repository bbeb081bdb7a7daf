"""The follow-up brief of a lead: the meeting brief (core/brief) filled with the profiles of the
lead's sectors, its company on the cover, in the lead's language. Only for leads whose consent
covers receiving materials."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from etown_desktop.core.brief.model import Brief, BriefItem, Cover
from etown_desktop.core.leads.model import Lead
from etown_desktop.core.leads.my_card import MyCard, card_text
from etown_desktop.core.profiles.definitions import ZONE_PROFILE

PURPOSES = ("materials",)


@dataclass(frozen=True)
class FollowupBrief(Brief):
    """A brief whose cover also shows the staffer's "My card" QR code (a short vCard 3.0)."""

    card_qr: str = ""


def followup_brief(lead: Lead, staffer: str = "", contact: str = "", day: date | None = None,
                   lang: str | None = None, card: MyCard | None = None) -> FollowupBrief:
    sectors = lead.sectors or (ZONE_PROFILE,)
    items = tuple(BriefItem(f"profile:{s}") for s in sectors)
    company = lead.personal.company if lead.personal else ""
    name = lead.personal.display_name() if lead.personal else ""
    cover = Cover(company=company or name, date=(day or date.today()).isoformat(),
                  staffer=staffer or lead.staffer, contact=contact)
    qr = card_text(card) if card is not None and not card.empty else ""
    return FollowupBrief(items=items, cover=cover, lang=lang or lead.lang or "en", card_qr=qr)


def brief_file_name(lead: Lead) -> str:
    """A safe file name: id and company or name (letters and digits of any script)."""
    base = (lead.personal.company or lead.personal.display_name()) if lead.personal else ""
    safe = "".join(ch if ch.isalnum() else "-" for ch in base).strip("-")[:40]
    return f"lead-{lead.id}" + (f"-{safe}" if safe else "") + ".pdf"
