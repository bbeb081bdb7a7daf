"""Records of the lead store: events, leads (plain part + sealed personal part), consent records."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from etown_desktop.core.leads.choices import CONSENT_PURPOSES

METHODS = ("staff", "kiosk")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _is_cjk(text: str) -> bool:
    return any("\u2e80" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\uf900" <= ch <= "\ufaff"
               for ch in text)


@dataclass(frozen=True)
class Event:
    id: int
    name: str
    date: str = ""  # ISO date
    place: str = ""
    lang: str = "en"  # default language of the event's leads
    retention_months: int = 12
    kiosk_leads: bool = False  # the kiosk may offer "Leave your contact" (off by default)


@dataclass(frozen=True)
class Personal:
    """What identifies a person: sealed at rest, readable only after unlocking."""

    family: str = ""
    given: str = ""
    company: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    next_step: str = ""
    answers: dict[str, str] = field(default_factory=dict)  # question id -> choice id

    def display_name(self) -> str:
        """'Anna Müller'; Chinese, Japanese and Korean names family first without a space: '王小明'."""
        if _is_cjk(self.family + self.given):
            return (self.family + self.given) or self.company
        return " ".join(p for p in (self.given, self.family) if p) or self.company

    @property
    def email_ok(self) -> bool:
        """False for a malformed email (kept as typed, flagged in the list)."""
        return not self.email or bool(EMAIL_RE.match(self.email))

    def as_dict(self) -> dict:
        return {"family": self.family, "given": self.given, "company": self.company,
                "title": self.title, "email": self.email, "phone": self.phone, "notes": self.notes,
                "next_step": self.next_step, "answers": dict(self.answers)}

    @classmethod
    def from_dict(cls, d: dict) -> Personal:
        known = {k: d[k] for k in cls().as_dict() if k in d}
        known["answers"] = {str(k): str(v) for k, v in (known.get("answers") or {}).items()}
        return cls(**known)


@dataclass(frozen=True)
class Consent:
    """One consent record. A change of purpose is a new record, never an edit."""

    id: int
    lead_id: int
    created: str  # ISO time, UTC
    notice_version: int
    notice_lang: str
    granted: frozenset[str]  # purposes ticked
    staffer: str
    method: str  # staff | kiosk
    withdrawn: bool = False  # a record written by "withdraw": nothing granted from then on

    def covers(self, *purposes: str) -> bool:
        return not self.withdrawn and all(p in self.granted for p in purposes)


@dataclass(frozen=True)
class Lead:
    id: int
    event_id: int
    created: str
    updated: str
    staffer: str = ""
    method: str = "staff"
    lang: str = "en"  # the person's preferred language
    country: str = ""
    sectors: tuple[str, ...] = ()
    rating: str = ""
    due: str = ""  # next step's due date (ISO)
    withdrawn: bool = False
    consent: Consent | None = None  # the latest record
    personal: Personal | None = None  # None while the store is locked


def consent_from_list(text: str) -> frozenset[str]:
    """'contact,materials' -> the set; '' -> no consent. Unknown names raise ValueError."""
    items = [p.strip() for p in (text or "").split(",") if p.strip()]
    unknown = [p for p in items if p not in CONSENT_PURPOSES]
    if unknown:
        raise ValueError(", ".join(unknown))
    return frozenset(items)
