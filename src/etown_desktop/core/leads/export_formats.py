"""What each lead export contains: the columns of Salesforce's and HubSpot's lead imports, or all
fields (plain), and which consent purposes a lead needs to be included.

Salesforce (Data Import Wizard, leads): Last Name and Company are required, Email Opt Out is 1/0.
HubSpot (contacts import): Email is the dedupe key; "Legal basis for processing contact's data".
Both CRMs are hosted services, usually outside mainland China: exporting to them is a transfer
abroad, so those exports need the "abroad" consent as well as "contact" (PIPL Art. 38-39)."""

from __future__ import annotations

from dataclasses import dataclass

from etown_desktop.core.leads.choices import choice_lists
from etown_desktop.core.leads.model import Lead
from etown_desktop.core.leads.sectors import sector_label

TARGETS = ("salesforce", "hubspot", "plain")
NOT_PROVIDED = "[not provided]"  # Salesforce needs a Last Name and a Company


@dataclass(frozen=True)
class ExportFormat:
    id: str
    purposes: tuple[str, ...]
    columns: tuple[str, ...]


SALESFORCE = ExportFormat("salesforce", ("contact", "abroad"), (
    "First Name", "Last Name", "Company", "Title", "Email", "Phone", "Country", "Industry",
    "Lead Source", "Rating", "Description", "Email Opt Out"))
HUBSPOT = ExportFormat("hubspot", ("contact", "abroad"), (
    "First Name", "Last Name", "Email", "Phone Number", "Company Name", "Job Title", "Country/Region",
    "Industry", "Lead Source", "Rating", "Notes", "Marketing contact status",
    "Legal basis for processing contact's data"))
PLAIN = ExportFormat("plain", ("contact",), (
    "id", "event", "family name", "given name", "company", "title", "email", "email looks valid",
    "phone", "country", "language", "sectors", "rating", "investment type", "timeframe", "size",
    "notes", "next step", "due", "staffer", "method", "created", "consent", "consent given",
    "notice version"))
VCARD_PURPOSES = ("contact",)
FORMATS = {f.id: f for f in (SALESFORCE, HUBSPOT, PLAIN)}


def _answer(lead: Lead, qid: str) -> str:
    q = choice_lists().question(qid)
    cid = lead.personal.answers.get(qid, "")
    c = q.choice(cid) if q and cid else None
    return c.en if c else ""


def description(lead: Lead) -> str:
    """Notes, qualification answers and next step in one text (CRM 'Description')."""
    p = lead.personal
    parts = [p.notes]
    for q in choice_lists().questions:
        if _answer(lead, q.id):
            parts.append(f"{q.en}: {_answer(lead, q.id)}")
    if p.next_step or lead.due:
        parts.append(f"Next step: {p.next_step}" + (f" (due {lead.due})" if lead.due else ""))
    return "\n".join(x for x in parts if x)


def row(fmt: ExportFormat, lead: Lead, event_name: str,
        names: dict[str, dict[str, str]] | None = None) -> list[str]:
    """One lead's cells; ``names`` is :func:`sectors.sector_names`' result (resolved once per export)."""
    p = lead.personal
    industry = "; ".join(sector_label(s, "en", names) for s in lead.sectors)
    rating = choice_lists().rating_label(lead.rating, "en") if lead.rating else ""
    source = f"Event: {event_name}" if event_name else "Event"
    marketing = lead.consent is not None and lead.consent.covers("marketing")
    if fmt.id == "salesforce":
        last = p.family or p.given or NOT_PROVIDED
        first = p.given if p.family else ""
        return [first, last, p.company or NOT_PROVIDED, p.title, p.email, p.phone, lead.country, industry,
                source, rating, description(lead), "0" if marketing else "1"]
    if fmt.id == "hubspot":
        return [p.given, p.family, p.email, p.phone, p.company, p.title, lead.country, industry, source,
                rating, description(lead), "Marketing contact" if marketing else "Non-marketing contact",
                "Freely given consent from contact"]
    c = lead.consent
    return [str(lead.id), event_name, p.family, p.given, p.company, p.title, p.email,
            "yes" if p.email_ok else "no", p.phone, lead.country, lead.lang, " ".join(lead.sectors),
            lead.rating, _answer(lead, "investment_type"), _answer(lead, "timeframe"), _answer(lead, "size"),
            p.notes, p.next_step, lead.due, lead.staffer, lead.method, lead.created,
            ",".join(x for x in ("contact", "materials", "marketing", "partners", "abroad")
                     if c and x in c.granted), c.created if c else "", str(c.notice_version) if c else ""]
