"""The lead store: events, leads and consent records in one local SQLite file.

Each lead is written in its own committed transaction (WAL, ``synchronous=FULL``), so a ``kill -9``
during capture loses at most the lead being typed. Personal fields go through :class:`Sealer`:
writing needs only the public key, reading needs :meth:`LeadStore.unlock`.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from etown_desktop.core.leads import duplicates, keyring
from etown_desktop.core.leads.choices import CONSENT_PURPOSES, choice_lists
from etown_desktop.core.leads.errors import (DuplicateLead, LeadInvalid, LeadNotFound, LeadsLocked,
                                             LeadsNotInitialised, LeadStoreUnavailable)
from etown_desktop.core.leads.model import METHODS, Consent, Event, Lead, Personal
from etown_desktop.core.leads.notice import CURRENT_VERSION
from etown_desktop.core.leads.schema import connect, default_store_path
from etown_desktop.core.leads.sectors import sector_ids

log = logging.getLogger(__name__)

MAX_FIELD = 200  # names, company, email … (notes may be long)
MAX_NOTES = 20_000


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class LeadDraft:
    """What a form or ``leads add`` gives: the personal part and the queryable part."""

    personal: Personal = field(default_factory=Personal)
    lang: str = ""  # empty: the event's default language
    country: str = ""
    sectors: tuple[str, ...] = ()
    rating: str = ""
    due: str = ""


def _clean(text: str, limit: int, keep_lines: bool = False) -> str:
    """Control characters removed (new lines kept in notes), NFC, trimmed, capped."""
    text = unicodedata.normalize("NFC", str(text or ""))
    allowed = "\n\t" if keep_lines else ""
    text = "".join(ch for ch in text if ch in allowed or unicodedata.category(ch) != "Cc")
    return text.strip()[:limit]


def clean_personal(p: Personal) -> Personal:
    d = p.as_dict()
    for k in d:
        if k in ("notes", "next_step"):
            d[k] = _clean(d[k], MAX_NOTES, keep_lines=True)
        elif k != "answers":
            d[k] = _clean(d[k], MAX_FIELD)
    return Personal.from_dict(d)


def validate(draft: LeadDraft) -> LeadDraft:
    p = clean_personal(draft.personal)
    if not (p.family or p.given or p.company):
        raise LeadInvalid("A lead needs a name or a company.")
    lists = choice_lists()
    if draft.rating and draft.rating not in lists.rating_ids():
        raise LeadInvalid(f"Unknown rating {draft.rating!r}: use {', '.join(lists.rating_ids())}.")
    for qid, cid in p.answers.items():
        q = lists.question(qid)
        if q is None or q.choice(cid) is None:
            raise LeadInvalid(f"Unknown answer {qid}={cid}.")
    if draft.due:
        try:
            datetime.strptime(draft.due, "%Y-%m-%d")
        except ValueError as exc:
            raise LeadInvalid(f"The due date {draft.due!r} is not a date (YYYY-MM-DD).") from exc
    sectors = tuple(dict.fromkeys(s.strip() for s in draft.sectors if s.strip()))
    unknown_sectors = [s for s in sectors if s not in sector_ids()]
    if unknown_sectors:
        raise LeadInvalid(f"Unknown sector(s) {', '.join(unknown_sectors)}: use {', '.join(sector_ids())}.")
    return replace(draft, personal=p, country=_clean(draft.country, MAX_FIELD), sectors=sectors,
                   lang="zh" if draft.lang == "zh" else ("en" if draft.lang else ""))


class LeadStore:
    def __init__(self, path: Path | str | None = None, clock: Callable[[], datetime] = utc_now) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        self.clock = clock
        self._conn = connect(self.path)
        self._sealer: keyring.Sealer | None = None
        self._opened: dict[int, tuple[bytes, Personal]] = {}  # lead id -> (sealed, opened), while unlocked
        self._keys: dict[int, tuple[bytes, set]] = {}  # lead id -> (sealed, duplicate keys)
        sealed = self._sealed_key()
        if sealed is not None:
            self._sealer = keyring.Sealer(sealed.public_key)
        if self.setting("needs_compact"):  # a deletion whose bytes another process kept in the file
            from etown_desktop.core.leads.erasure import compact

            compact(self)

    # -- keys -------------------------------------------------------------------------------
    def _sealed_key(self) -> keyring.SealedKey | None:
        row = self._conn.execute("SELECT public_key, salt, opslimit, memlimit, sealed_private "
                                 "FROM keyring WHERE id = 1").fetchone()
        return keyring.SealedKey(*row) if row else None

    @property
    def initialised(self) -> bool:
        return self._sealer is not None

    @property
    def unlocked(self) -> bool:
        return self._sealer is not None and self._sealer.can_open

    def init_keys(self, passphrase: str) -> None:
        if self.initialised:
            raise LeadInvalid("The lead store has a passphrase already; use `leads passphrase` to change it.")
        sealed = keyring.new_key_pair(passphrase)
        self._write_key(sealed)
        self._sealer = keyring.Sealer(sealed.public_key)

    def _write_key(self, s: keyring.SealedKey) -> None:
        with self._tx():
            self._conn.execute("INSERT OR REPLACE INTO keyring VALUES (1, ?, ?, ?, ?, ?, ?)",
                               (s.public_key, s.salt, s.opslimit, s.memlimit, s.sealed_private, self._now()))

    def _require_key(self) -> keyring.SealedKey:
        sealed = self._sealed_key()
        if sealed is None:
            raise LeadsNotInitialised("No staff passphrase is set yet: run `etown-desktop leads init`.")
        return sealed

    def unlock(self, passphrase: str) -> None:
        sealed = self._require_key()
        self._sealer = keyring.Sealer(sealed.public_key, keyring.open_private(sealed, passphrase))

    def lock(self) -> None:
        """Forget the private key and the opened leads (also on quit: they only lived here)."""
        self._opened, self._keys = {}, {}
        if self._sealer is not None:
            self._sealer = keyring.Sealer(self._require_key().public_key)

    def change_passphrase(self, old: str, new: str) -> None:
        self._write_key(keyring.reseal(self._require_key(), old, new))

    # -- plumbing ---------------------------------------------------------------------------
    def _now(self) -> str:
        return self.clock().astimezone(timezone.utc).isoformat(timespec="seconds")

    def _tx(self):
        store = self

        class _Tx:
            def __enter__(self):
                store._conn.execute("BEGIN IMMEDIATE")

            def __exit__(self, et, ev, tb):
                store._conn.execute("COMMIT" if et is None else "ROLLBACK")
                return False

        return _Tx()

    def execute(self, sql: str, params: tuple = ()) -> sqlite3.Cursor:
        try:
            return self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise LeadStoreUnavailable(f"The lead database {self.path} failed ({exc}).") from exc

    def close(self) -> None:
        self.lock()
        self._conn.close()

    # -- settings and events ----------------------------------------------------------------
    def setting(self, key: str, default: str = "") -> str:
        row = self.execute("SELECT value FROM meta WHERE key = ?", (f"setting.{key}",)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self._tx():
            self.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (f"setting.{key}", value))

    def add_event(self, name: str, date: str = "", place: str = "", lang: str = "en",
                  retention_months: int = 12, kiosk_leads: bool = False, make_current: bool = True) -> Event:
        name = _clean(name, MAX_FIELD)
        if not name:
            raise LeadInvalid("An event needs a name.")
        if not 1 <= int(retention_months) <= 120:
            raise LeadInvalid("The retention period is 1 to 120 months.")
        with self._tx():
            cur = self.execute(
                "INSERT INTO events (name, date, place, lang, retention_months, kiosk_leads, created) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", (name, date, _clean(place, MAX_FIELD), lang,
                                                 int(retention_months), int(kiosk_leads), self._now()))
        if make_current:
            self.set_setting("current_event", str(cur.lastrowid))
        return self.event(int(cur.lastrowid))

    def update_event(self, event: Event) -> Event:
        with self._tx():
            self.execute("UPDATE events SET name=?, date=?, place=?, lang=?, retention_months=?, kiosk_leads=? "
                         "WHERE id=?", (event.name, event.date, event.place, event.lang,
                                        event.retention_months, int(event.kiosk_leads), event.id))
        return self.event(event.id)

    def events(self) -> list[Event]:
        rows = self.execute("SELECT id, name, date, place, lang, retention_months, kiosk_leads "
                            "FROM events ORDER BY date DESC, id DESC").fetchall()
        return [Event(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6])) for r in rows]

    def event(self, event_id: int) -> Event:
        for e in self.events():
            if e.id == int(event_id):
                return e
        raise LeadNotFound(f"No event with id {event_id}.")

    def current_event(self) -> Event | None:
        value = self.setting("current_event")
        try:
            return self.event(int(value)) if value else None
        except LeadNotFound:
            return None

    def use_event(self, event_id: int) -> Event:
        event = self.event(event_id)
        self.set_setting("current_event", str(event.id))
        return event

    # -- leads ------------------------------------------------------------------------------
    def _seal(self, p: Personal) -> bytes:
        if self._sealer is None:
            raise LeadsNotInitialised("No staff passphrase is set yet: run `etown-desktop leads init`.")
        return self._sealer.seal(json.dumps(p.as_dict(), ensure_ascii=False).encode("utf-8"))

    def _open(self, blob: bytes) -> Personal:
        assert self._sealer is not None
        return Personal.from_dict(json.loads(self._sealer.open(blob).decode("utf-8")))

    def add_lead(self, draft: LeadDraft, granted: frozenset[str] = frozenset(), *, staffer: str = "",
                 method: str = "staff", notice_lang: str = "", event_id: int | None = None,
                 allow_duplicate: bool = False) -> int:
        """Store a new lead with its first consent record; returns its id.

        Unlocked, a lead that matches one of the event (same email, or name + company) raises
        :class:`DuplicateLead` unless ``allow_duplicate``; locked (the kiosk), it is marked for
        the comparison at the next unlock (:meth:`unchecked_duplicates`)."""
        if method not in METHODS:
            raise LeadInvalid(f"Unknown method {method!r}.")
        event = self.event(event_id) if event_id is not None else self.current_event()
        if event is None:
            raise LeadInvalid("No current event: create one first (`leads event new NAME`).")
        draft = validate(draft)
        checked = self.unlocked
        if checked and not allow_duplicate:
            found = self.find_duplicates(event.id, draft.personal)
            if found:
                raise DuplicateLead(f"This looks like lead {', '.join(map(str, found))} of the same event.", found)
        now = self._now()
        blob = self._seal(draft.personal)
        with self._tx():
            cur = self.execute(
                "INSERT INTO leads (event_id, created, updated, staffer, method, lang, country, sectors, "
                "rating, due, dup_checked, sealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (event.id, now, now, _clean(staffer, MAX_FIELD), method, draft.lang or event.lang,
                 draft.country, " ".join(draft.sectors), draft.rating, draft.due, int(checked), blob))
            lead_id = int(cur.lastrowid)
            self._insert_consent(lead_id, granted, staffer, method, notice_lang or draft.lang or event.lang, now)
        log.info("lead %d added to event %d (%s)", lead_id, event.id, method)
        return lead_id

    def update_lead(self, lead_id: int, draft: LeadDraft) -> Lead:
        """Edit the lead's fields; its consent is changed only through :meth:`give_consent`."""
        old = self.lead(lead_id)
        if old.withdrawn:
            raise LeadInvalid(f"Lead {lead_id} withdrew consent; only deletion is possible.")
        draft = validate(draft)
        self._require_unlocked()
        with self._tx():
            self.execute("UPDATE leads SET updated=?, lang=?, country=?, sectors=?, rating=?, due=?, sealed=? "
                         "WHERE id=?", (self._now(), draft.lang or old.lang, draft.country,
                                        " ".join(draft.sectors), draft.rating, draft.due,
                                        self._seal(draft.personal), lead_id))
        return self.lead(lead_id)

    def _require_unlocked(self) -> None:
        if not self.unlocked:
            raise LeadsLocked("The leads are locked: unlock them with the staff passphrase.")

    _LEAD_COLS = ("id, event_id, created, updated, staffer, method, lang, country, sectors, rating, due, "
                  "withdrawn, sealed")

    def _open_lead(self, lead_id: int, blob: bytes) -> Personal:
        """Open a lead's sealed fields once per unlock (a save compares with every lead of the event)."""
        blob = bytes(blob)
        hit = self._opened.get(lead_id)
        if hit is not None and hit[0] == blob:
            return hit[1]
        personal = self._open(blob)
        self._opened[lead_id] = (blob, personal)
        return personal

    def _lead_from(self, r: tuple, consents: dict[int, Consent], decrypt: bool) -> Lead:
        return Lead(id=r[0], event_id=r[1], created=r[2], updated=r[3], staffer=r[4], method=r[5],
                    lang=r[6], country=r[7], sectors=tuple(r[8].split()), rating=r[9], due=r[10],
                    withdrawn=bool(r[11]), consent=consents.get(r[0]),
                    personal=self._open_lead(r[0], r[12]) if decrypt else None)

    def lead(self, lead_id: int, decrypt: bool | None = None) -> Lead:
        r = self.execute(f"SELECT {self._LEAD_COLS} FROM leads WHERE id = ?", (int(lead_id),)).fetchone()
        if r is None:
            raise LeadNotFound(f"No lead with id {lead_id}.")
        history = self.consent_history(int(lead_id))
        return self._lead_from(r, {r[0]: history[-1]} if history else {},
                               self.unlocked if decrypt is None else decrypt)

    def leads(self, event_id: int | None = None, decrypt: bool | None = None) -> list[Lead]:
        """Every lead (of one event), oldest first; personal fields when unlocked."""
        decrypt = self.unlocked if decrypt is None else decrypt
        if decrypt:
            self._require_unlocked()
        where, params = ("WHERE event_id = ?", (int(event_id),)) if event_id is not None else ("", ())
        rows = self.execute(f"SELECT {self._LEAD_COLS} FROM leads {where} ORDER BY id", params).fetchall()
        latest = self._latest_consents(event_id)
        return [self._lead_from(r, latest, decrypt) for r in rows]

    def sealed_leads(self, event_id: int | None = None) -> tuple[list[Lead], list[bytes]]:
        """Every lead (of one event) without its personal fields, and each one's sealed fields, for
        opening later one by one (:meth:`open_personal`): a list shows at once, then fills in."""
        self._require_unlocked()
        where, params = ("WHERE event_id = ?", (int(event_id),)) if event_id is not None else ("", ())
        rows = self.execute(f"SELECT {self._LEAD_COLS} FROM leads {where} ORDER BY id", params).fetchall()
        latest = self._latest_consents(event_id)
        return [self._lead_from(r, latest, False) for r in rows], [bytes(r[12]) for r in rows]

    def open_personal(self, lead_id: int, blob: bytes) -> Personal:
        """A lead's sealed fields, opened (once per unlock; raises LeadsLocked when locked)."""
        self._require_unlocked()
        return self._open_lead(lead_id, blob)

    def count(self, event_id: int | None = None) -> int:
        if event_id is None:
            return int(self.execute("SELECT count(*) FROM leads").fetchone()[0])
        return int(self.execute("SELECT count(*) FROM leads WHERE event_id=?", (event_id,)).fetchone()[0])

    # -- duplicates -------------------------------------------------------------------------
    def find_duplicates(self, event_id: int, personal: Personal, exclude: int | None = None) -> tuple[int, ...]:
        """Leads of the event that are the same person (each lead opened and keyed once per unlock)."""
        self._require_unlocked()
        wanted = duplicates.keys(personal)
        if not wanted:
            return ()
        found = []
        for lead_id, blob in self.execute("SELECT id, sealed FROM leads WHERE event_id = ? ORDER BY id",
                                          (int(event_id),)):
            if lead_id != exclude and self._lead_keys(lead_id, blob) & wanted:
                found.append(lead_id)
        return tuple(found)

    def _lead_keys(self, lead_id: int, blob: bytes) -> set:
        hit = self._keys.get(lead_id)
        if hit is not None and hit[0] == blob:
            return hit[1]
        keys = duplicates.keys(self._open_lead(lead_id, blob))
        self._keys[lead_id] = (bytes(blob), keys)
        return keys

    def unchecked_events(self) -> list[int]:
        """The events that have leads written while locked (kiosk) not yet compared with the rest."""
        return [r[0] for r in self.execute(
            "SELECT DISTINCT event_id FROM leads WHERE dup_checked = 0 ORDER BY event_id")]

    def unchecked_duplicates(self) -> list[tuple[int, tuple[int, ...]]]:
        """Leads written while locked (kiosk) that match another lead: (lead id, matching ids).
        Those with no match are marked checked."""
        self._require_unlocked()
        out = []
        unchecked = self.execute("SELECT id, event_id FROM leads WHERE dup_checked = 0 ORDER BY id").fetchall()
        by_event: dict[int, list[Lead]] = {}
        for lead_id, event_id in unchecked:
            if event_id not in by_event:
                by_event[event_id] = self.leads(event_id)  # each event decrypted once
            leads = by_event[event_id]
            lead = next(x for x in leads if x.id == lead_id)
            found = duplicates.matches(lead.personal, leads, exclude=lead_id)
            if found:
                out.append((lead_id, found))
            else:
                self.keep_both(lead_id)
        return out

    def merge(self, keep_id: int, other_id: int) -> Lead:
        """One lead from two: ``other``'s details fill ``keep``'s gaps, its consent records move to
        ``keep`` (each stays provable; the newest applies) and ``other`` is deleted securely."""
        from etown_desktop.core.leads.erasure import delete_lead

        self._require_unlocked()
        keep, other = self.lead(keep_id), self.lead(other_id)
        personal = duplicates.merged(keep.personal, other.personal)
        sectors = tuple(dict.fromkeys(keep.sectors + other.sectors))
        with self._tx():
            self.execute("UPDATE leads SET updated=?, sectors=?, rating=?, due=?, country=?, dup_checked=1, "
                         "sealed=? WHERE id=?", (self._now(), " ".join(sectors), keep.rating or other.rating,
                                                 keep.due or other.due, keep.country or other.country,
                                                 self._seal(personal), keep_id))
            self.execute("UPDATE consents SET lead_id=? WHERE lead_id=?", (keep_id, other_id))
            self.execute("UPDATE briefs SET lead_id=? WHERE lead_id=?", (keep_id, other_id))
        delete_lead(self, other_id)
        return self.lead(keep_id)

    def keep_both(self, lead_id: int) -> None:
        with self._tx():
            self.execute("UPDATE leads SET dup_checked = 1 WHERE id = ?", (lead_id,))

    # -- consent ----------------------------------------------------------------------------
    def _insert_consent(self, lead_id: int, granted: frozenset[str], staffer: str, method: str,
                        lang: str, now: str, withdrawn: bool = False) -> None:
        unknown = set(granted) - set(CONSENT_PURPOSES)
        if unknown:
            raise LeadInvalid(f"Unknown consent choice(s): {', '.join(sorted(unknown))}.")
        self.execute(
            "INSERT INTO consents (lead_id, created, notice_version, notice_lang, contact, materials, "
            "marketing, partners, abroad, staffer, method, withdrawn) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (lead_id, now, CURRENT_VERSION, "zh" if lang == "zh" else "en",
             *(int(p in granted) for p in CONSENT_PURPOSES), _clean(staffer, MAX_FIELD), method, int(withdrawn)))

    def give_consent(self, lead_id: int, granted: frozenset[str], *, staffer: str = "",
                     method: str = "staff", notice_lang: str = "") -> Consent:
        """A new consent record (a change of purpose is never an edit of the old one)."""
        lead = self.lead(lead_id, decrypt=False)
        if lead.withdrawn and granted:
            raise LeadInvalid(f"Lead {lead_id} withdrew consent; record new consent as a new lead.")
        with self._tx():
            self._insert_consent(lead_id, granted, staffer, method, notice_lang or lead.lang, self._now())
            self.execute("UPDATE leads SET updated=? WHERE id=?", (self._now(), lead_id))
        return self.consent_history(lead_id)[-1]

    _CONSENT_COLS = ("id, lead_id, created, notice_version, notice_lang, contact, materials, marketing, "
                     "partners, abroad, staffer, method, withdrawn")

    @staticmethod
    def _consent_from(r: tuple) -> Consent:
        granted = frozenset(p for p, v in zip(CONSENT_PURPOSES, r[5:10]) if v)
        return Consent(r[0], r[1], r[2], r[3], r[4], granted, r[10], r[11], bool(r[12]))

    def consent_history(self, lead_id: int) -> list[Consent]:
        rows = self.execute(f"SELECT {self._CONSENT_COLS} FROM consents WHERE lead_id=? ORDER BY created, id",
                            (int(lead_id),)).fetchall()
        return [self._consent_from(r) for r in rows]

    def _latest_consents(self, event_id: int | None) -> dict[int, Consent]:
        where = "WHERE lead_id IN (SELECT id FROM leads WHERE event_id = ?)" if event_id is not None else ""
        rows = self.execute(f"SELECT {self._CONSENT_COLS} FROM consents {where} ORDER BY created, id",
                            (int(event_id),) if event_id is not None else ()).fetchall()
        return {r[1]: self._consent_from(r) for r in rows}  # later rows overwrite earlier ones

    # -- briefs made for a lead (deleted with it) -------------------------------------------
    def record_brief(self, lead_id: int, path: Path | str) -> None:
        with self._tx():
            self.execute("INSERT INTO briefs (lead_id, path, created) VALUES (?, ?, ?)",
                         (int(lead_id), str(Path(path).resolve()), self._now()))

    def brief_paths(self, lead_id: int) -> list[Path]:
        return [Path(r[0]) for r in self.execute("SELECT path FROM briefs WHERE lead_id=?", (lead_id,))]
