"""``etown-desktop leads …``: events, leads, consent, exports and follow-up briefs, headless.

    leads init | passphrase
    leads event new NAME [--date D] [--place P] [--language en|zh] [--retention MONTHS] [--kiosk]
    leads event list | use ID
    leads add --family F --given G --company C --email E [--phone P] [--country C] [--sector ID …]
              [--rating hot|warm|cold] [--note TEXT] [--consent contact,materials,…]
    leads list [--event ID] [--json] | show ID | edit ID … | withdraw ID | delete ID [--yes]
    leads purge --expired | export -o FILE.csv|xlsx|vcf [--event ID] [--for salesforce|hubspot|plain]
    leads brief ID -o F.pdf | briefs --event ID -o FOLDER

Commands that read leads take the passphrase from the terminal, or from the first line of standard
input when it is not a terminal. Failures print one line in the user's language, no traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from etown_desktop.app.cli_language import add_lang_to_leaves

from etown_desktop.app.leads_cli_text import T, reason_text

log = logging.getLogger(__name__)


def _lead_fields(p: argparse.ArgumentParser, adding: bool) -> None:
    p.add_argument("--family", help="family name (any script)")
    p.add_argument("--given", help="given name")
    p.add_argument("--company")
    p.add_argument("--title")
    p.add_argument("--email")
    p.add_argument("--phone")
    p.add_argument("--country")
    p.add_argument("--language", dest="lead_lang", choices=["en", "zh"], help="the person's preferred language")
    p.add_argument("--sector", action="append", default=None,
                   help="a sector of interest (profile id: ngit, auto, biomedicine, industrial_internet, "
                        "new_materials); repeat for several")
    p.add_argument("--rating", choices=["hot", "warm", "cold"])
    p.add_argument("--answer", action="append", default=None, metavar="QUESTION=CHOICE",
                   help="a qualification answer, e.g. timeframe=lt_6m, size=10_50m, investment_type=rd_centre")
    p.add_argument("--note")
    p.add_argument("--next-step", dest="next_step")
    p.add_argument("--due", help="the next step's due date, YYYY-MM-DD")
    p.add_argument("--consent", default=None,
                   help="consent as a comma list of contact,materials,marketing,partners,abroad; "
                        "an empty list records 'no consent'" + (" (default)" if adding else
                                                               " (given: a new consent record)"))
    p.add_argument("--staffer", help="who took the lead (default: the saved staffer name)")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    leads = sub.add_parser("leads", help="leads met at events: capture, consent, export, follow-up briefs")
    act = leads.add_subparsers(dest="leads_command", metavar="ACTION", required=True)
    act.add_parser("init", help="set the staff passphrase (creates the key pair)")
    act.add_parser("passphrase", help="change the staff passphrase")
    ev = act.add_parser("event", help="events: new, list, use")
    ev_act = ev.add_subparsers(dest="event_command", metavar="ACTION", required=True)
    new = ev_act.add_parser("new", help="create an event and make it current")
    new.add_argument("name")
    new.add_argument("--date", default="")
    new.add_argument("--place", default="")
    new.add_argument("--language", dest="event_lang", choices=["en", "zh"], default="en",
                     help="the event's default language for leads and briefs (default: en)")
    new.add_argument("--retention", type=int, default=12, help="months the leads are kept (default 12)")
    new.add_argument("--kiosk", action="store_true", help="the kiosk may offer 'Leave your contact'")
    ev_act.add_parser("list", help="every event")
    use = ev_act.add_parser("use", help="make an event current")
    use.add_argument("id", type=int)
    add = act.add_parser("add", help="add a lead; prints its id")
    _lead_fields(add, adding=True)
    add.add_argument("--event", type=int, help="event id (default: the current event)")
    add.add_argument("--keep-both", action="store_true", help="add even if it looks like a lead of the event")
    lst = act.add_parser("list", help="the leads of an event")
    lst.add_argument("--event", type=int, help="event id (default: the current event)")
    lst.add_argument("--all", action="store_true", help="every event")
    lst.add_argument("--json", action="store_true", help="id, company, event, rating and consent per lead")
    show = act.add_parser("show", help="one lead with its consent history")
    show.add_argument("id", type=int)
    edit = act.add_parser("edit", help="change a lead's fields (a new --consent adds a record)")
    edit.add_argument("id", type=int)
    _lead_fields(edit, adding=False)
    wd = act.add_parser("withdraw", help="withdraw every consent of a lead")
    wd.add_argument("id", type=int)
    de = act.add_parser("delete", help="delete a lead on request (bytes removed from the file)")
    de.add_argument("id", type=int)
    de.add_argument("--yes", action="store_true", help="do not ask")
    pu = act.add_parser("purge", help="delete the leads past their event's retention period")
    pu.add_argument("--expired", action="store_true", required=True)
    ex = act.add_parser("export", help="CSV/XLSX for a CRM, or vCard; only leads whose consent covers it")
    ex.add_argument("-o", "--output", type=Path, required=True, help="FILE.csv, FILE.xlsx or FILE.vcf")
    ex.add_argument("--event", type=int, help="event id (default: the current event)")
    ex.add_argument("--all", action="store_true", help="every event")
    ex.add_argument("--for", dest="target", choices=["salesforce", "hubspot", "plain"], default="plain")
    br = act.add_parser("brief", help="a follow-up brief PDF for one lead")
    br.add_argument("id", type=int)
    br.add_argument("-o", "--output", type=Path, required=True, help="FILE.pdf")
    br.add_argument("--brief-lang", choices=["en", "zh", "both"], help="default: the lead's language")
    card = act.add_parser("card", help='"My card": your contact as a QR code (short vCard 3.0)')
    for opt in ("name", "org", "title", "tel", "email", "url"):
        card.add_argument(f"--{opt}", help=f"set the card's {opt} (kept for next time)")
    card.add_argument("-o", "--output", type=Path, help="FILE.png or FILE.svg")
    brs = act.add_parser("briefs", help="a follow-up brief for every lead of an event who wants materials")
    brs.add_argument("--event", type=int, help="event id (default: the current event)")
    brs.add_argument("-o", "--output", type=Path, required=True, help="FOLDER")
    brs.add_argument("--brief-lang", choices=["en", "zh", "both"], help="default: each lead's language")
    add_lang_to_leaves(leads, "language of the messages (default: the system's)")


def _lang(args: argparse.Namespace) -> str:
    if getattr(args, "lang", None):
        return args.lang
    from etown_desktop.core.system_language import system_language

    return "zh" if system_language() == "zh" else "en"


class _Input:
    """Passphrases from the terminal (hidden), else lines of standard input, in order."""

    def __init__(self, t: dict) -> None:
        self.t = t
        self.tty = sys.stdin is not None and sys.stdin.isatty()

    def secret(self, key: str) -> str:
        if self.tty:
            import getpass

            value = getpass.getpass(self.t[key])
        else:
            line = sys.stdin.readline() if sys.stdin is not None else ""
            value = line.rstrip("\r\n")
        if not value:
            from etown_desktop.core.leads.errors import PassphraseRejected

            raise PassphraseRejected(self.t["no_input"])
        return value

    def optional_secret(self) -> str:
        """The passphrase if one is given (Enter on the terminal or an empty stdin skips it)."""
        if self.tty:
            import getpass

            return getpass.getpass(self.t["passphrase_optional"])
        line = sys.stdin.readline() if sys.stdin is not None else ""
        return line.rstrip("\r\n")

    def new_secret(self) -> str:
        from etown_desktop.core.leads.keyring import check_new_passphrase

        first = self.secret("new_passphrase")
        check_new_passphrase(first, self.secret("again") if self.tty else None)
        return first


def run(args: argparse.Namespace) -> int:
    from etown_desktop.core.errors import EtownError

    lang = _lang(args)
    t = T[lang]
    try:
        from etown_desktop.core.leads.store import LeadStore

        store = LeadStore()
        try:
            return _COMMANDS[args.leads_command](args, store, t, _Input(t))
        finally:
            store.close()
    except EtownError as exc:
        print(t["failed"].format(error=exc), file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except (KeyboardInterrupt, EOFError):
        print(t["cancelled"], file=sys.stderr)
        return 130


# -- commands ---------------------------------------------------------------------------------
def _init(args, store, t, inp) -> int:
    store.init_keys(inp.new_secret())
    print(t["init_done"].format(path=store.path))
    return 0


def _passphrase(args, store, t, inp) -> int:
    old = inp.secret("old_passphrase")
    store.change_passphrase(old, inp.new_secret())
    print(t["passphrase_done"])
    return 0


def _event(args, store, t, inp) -> int:
    if args.event_command == "new":
        e = store.add_event(args.name, args.date, args.place, args.event_lang, args.retention, args.kiosk)
        print(t["event_new"].format(id=e.id, name=e.name))
    elif args.event_command == "use":
        e = store.use_event(args.id)
        print(t["event_use"].format(id=e.id, name=e.name))
    else:
        events = store.events()
        if not events:
            print(t["no_events"])
        current = store.current_event()
        for e in events:
            mark = "*" if current and e.id == current.id else " "
            print(f"{mark} {e.id:>4}  {e.date:<10}  {e.name}  ({e.place}; {e.lang}; {e.retention_months} m; "
                  f"{store.count(e.id)} leads)")
    return 0


def _draft(args, base=None):
    from dataclasses import replace

    from etown_desktop.core.leads.errors import LeadInvalid
    from etown_desktop.core.leads.model import Personal
    from etown_desktop.core.leads.store import LeadDraft

    base = base or LeadDraft()
    p = base.personal.as_dict()
    for key, value in (("family", args.family), ("given", args.given), ("company", args.company),
                       ("title", args.title), ("email", args.email), ("phone", args.phone),
                       ("notes", args.note), ("next_step", args.next_step)):
        if value is not None:
            p[key] = value
    for pair in args.answer or ():
        qid, sep, cid = pair.partition("=")
        if not sep:
            raise LeadInvalid(f"--answer {pair!r}: use QUESTION=CHOICE.")
        p["answers"][qid.strip()] = cid.strip()
    changes = {k: v for k, v in (("lang", args.lead_lang), ("country", args.country),
                                 ("rating", args.rating), ("due", args.due)) if v is not None}
    if args.sector is not None:
        changes["sectors"] = tuple(args.sector)
    return replace(base, personal=Personal.from_dict(p), **changes)


def _consent(args):
    from etown_desktop.core.leads.errors import LeadInvalid
    from etown_desktop.core.leads.model import consent_from_list

    try:
        return consent_from_list(args.consent or "")
    except ValueError as exc:
        raise LeadInvalid(f"Unknown consent choice(s): {exc}. Use contact,materials,marketing,partners,abroad.") from exc


def _staffer(args, store) -> str:
    import getpass

    if args.staffer:
        store.set_setting("staffer", args.staffer)
        return args.staffer
    return store.setting("staffer") or getpass.getuser()


def _add(args, store, t, inp) -> int:
    from etown_desktop.core.leads.errors import DuplicateLead

    consent = _consent(args)
    if store.initialised:
        secret = inp.optional_secret()
        if secret:
            store.unlock(secret)  # unlocked, a duplicate is caught now; locked, at the next unlock
    try:
        lead_id = store.add_lead(_draft(args), consent, staffer=_staffer(args, store), event_id=args.event,
                                 allow_duplicate=args.keep_both)
    except DuplicateLead as exc:
        print(t["duplicate"].format(ids=", ".join(map(str, exc.matches)), first=exc.matches[0]), file=sys.stderr)
        return 3
    print(t["added"].format(id=lead_id))
    if not store.unlocked:
        print(t["added_unchecked"].format(id=lead_id), file=sys.stderr)
    return 0


def _unlock(store, inp) -> None:
    store._require_key()
    store.unlock(inp.secret("passphrase"))


def _event_id(args, store, t) -> int | None:
    if getattr(args, "all", False):
        return None
    if getattr(args, "event", None) is not None:
        return store.event(args.event).id
    current = store.current_event()
    if current is None:
        from etown_desktop.core.leads.errors import LeadInvalid

        raise LeadInvalid(t["no_event"])
    return current.id


def _consent_word(c) -> str:
    if c is None or c.withdrawn:
        return "-"
    return ",".join(sorted(c.granted)) or "none"


def _list(args, store, t, inp) -> int:
    event_id = _event_id(args, store, t)
    _unlock(store, inp)
    suspects = dict(store.unchecked_duplicates())
    leads = store.leads(event_id)
    if args.json:
        events = {e.id: e.name for e in store.events()}
        print(json.dumps([{"id": x.id, "company": x.personal.company, "event": x.event_id,
                           "event_name": events.get(x.event_id, ""), "rating": x.rating,
                           "consent": sorted(x.consent.granted) if x.consent and not x.consent.withdrawn else [],
                           "withdrawn": x.withdrawn} for x in leads], ensure_ascii=False, indent=1))
        return 0
    if not leads:
        print(t["no_leads"])
        return 0
    print("  ".join(t["heads"]))
    for x in leads:
        flags = [t["flag_withdrawn"]] if x.withdrawn else []
        if not x.personal.email_ok:
            flags.append(t["flag_email"])
        if x.method == "kiosk":
            flags.append(t["flag_kiosk"])
        if x.id in suspects:
            flags.append(t["flag_duplicate"].format(ids=",".join(map(str, suspects[x.id]))))
        name = x.personal.display_name() if (x.personal.family or x.personal.given) else ""
        print(f"{x.id:>5}  {name[:28]:<28}  {x.personal.company[:28]:<28}  {x.rating:<5}  "
              f"{_consent_word(x.consent):<24}  {x.due:<10}  {' '.join(flags)}")
    return 0


def _show(args, store, t, inp) -> int:
    from etown_desktop.core.leads.choices import CONSENT_PURPOSES, choice_lists

    _unlock(store, inp)
    x = store.lead(args.id)
    p, s = x.personal, t["show"]
    lang = "zh" if t is T["zh"] else "en"
    lists = choice_lists()
    answers = "; ".join(f"{q.label(lang)}: {q.choice(p.answers[q.id]).label(lang)}"
                        for q in lists.questions if q.id in p.answers and q.choice(p.answers[q.id]))
    rows = [("event", store.event(x.event_id).name), ("name", f"{p.family} / {p.given}"),
            ("company", p.company), ("title", p.title), ("email", p.email + ("" if p.email_ok else "  (?)")),
            ("phone", p.phone), ("country", x.country), ("lang", x.lang), ("sectors", ", ".join(x.sectors)),
            ("rating", lists.rating_label(x.rating, lang) if x.rating else ""), ("answers", answers),
            ("notes", p.notes), ("next", p.next_step), ("due", x.due), ("staffer", x.staffer),
            ("created", x.created), ("updated", x.updated)]
    print(f"#{x.id}")
    for key, value in rows:
        print(f"{s[key]}: {value}")
    print(f"{s['consent']}:")
    for c in store.consent_history(x.id):
        granted = t["withdrawn_record"] if c.withdrawn else (
            ", ".join(t[f"purpose_{p}"] for p in CONSENT_PURPOSES if p in c.granted) or t["nothing"])
        print(t["consent_line"].format(created=c.created, version=c.notice_version, lang=c.notice_lang,
                                       method=c.method, staffer=c.staffer, granted=granted))
    return 0


def _edit(args, store, t, inp) -> int:
    from etown_desktop.core.leads.store import LeadDraft

    _unlock(store, inp)
    old = store.lead(args.id)
    base = LeadDraft(old.personal, old.lang, old.country, old.sectors, old.rating, old.due)
    store.update_lead(args.id, _draft(args, base))
    print(t["updated"].format(id=args.id))
    if args.consent is not None:
        store.give_consent(args.id, _consent(args), staffer=_staffer(args, store))
        print(t["consent_new"].format(id=args.id))
    return 0


def _withdraw(args, store, t, inp) -> int:
    from etown_desktop.core.leads.erasure import withdraw

    _unlock(store, inp)
    withdraw(store, args.id, staffer=store.setting("staffer"))
    print(t["withdrawn"].format(id=args.id))
    return 0


def _delete(args, store, t, inp) -> int:
    from etown_desktop.core.leads.erasure import delete_lead

    _unlock(store, inp)
    lead = store.lead(args.id)
    if not args.yes:
        if not inp.tty:
            print(t["need_yes"], file=sys.stderr)
            return 2
        if input(t["confirm_delete"].format(id=lead.id, name=lead.personal.display_name())).strip().lower() not in ("y", "yes", "是"):
            print(t["cancelled"])
            return 1
    delete_lead(store, args.id)
    print(t["deleted"].format(id=args.id))
    return 0


def _purge(args, store, t, inp) -> int:
    from etown_desktop.core.leads.retention import expired, purge_expired

    _unlock(store, inp)
    found = expired(store)
    if not found:
        print(t["expired_none"])
        return 0
    names = {e.id: e.name for e in store.events()}
    for e in found:
        print(t["expired"].format(id=e.lead_id, date=e.expired_on.isoformat(), event=names.get(e.event_id, e.event_id)))
    print(t["purged"].format(n=purge_expired(store)))
    return 0


def _left_out(t, skipped) -> None:
    if not skipped:
        return
    groups: dict[str, tuple] = {}
    for s in skipped:
        first, n = groups.get(s.reason, (s, 0))
        groups[s.reason] = (first, n + 1)
    sep = "；" if t is T["zh"] else "; "
    text = sep.join(f"{n} × {reason_text(t, s.reason, s.missing)}" for s, n in groups.values())
    print(t["left_out"].format(n=len(skipped), summary=text))
    for s in skipped:
        print(t["left_out_one"].format(id=s.lead_id, name=s.name, reason=reason_text(t, s.reason, s.missing)))


def _export(args, store, t, inp) -> int:
    from etown_desktop.core.leads.export import export_leads

    event_id = _event_id(args, store, t)
    _unlock(store, inp)
    names = {e.id: e.name for e in store.events()}
    result = export_leads(store.leads(event_id), args.output, args.target, names)
    if result.written:
        print(t["exported"].format(path=result.path, n=result.written))
    else:
        print(t["exported_none"].format(path=result.path))
    _left_out(t, result.skipped)
    return 0


def _brief(args, store, t, inp) -> int:
    from etown_desktop.app.leads_cli_briefs import brief

    return brief(args, store, t, inp, _unlock)


def _briefs(args, store, t, inp) -> int:
    from etown_desktop.app.leads_cli_briefs import briefs

    return briefs(args, store, t, inp, _unlock, _event_id(args, store, t))


def _card(args, store, t, inp) -> int:
    from etown_desktop.app.leads_cli_briefs import card

    return card(args, store, t)


_COMMANDS = {"init": _init, "passphrase": _passphrase, "event": _event, "add": _add, "list": _list,
             "show": _show, "edit": _edit, "withdraw": _withdraw, "delete": _delete, "purge": _purge,
             "export": _export, "brief": _brief, "briefs": _briefs, "card": _card}
