"""``leads brief``, ``leads briefs`` and ``leads card``: follow-up brief PDFs and "My card" (Qt paints
the PDFs; the rest of ``leads`` needs no Qt)."""

from __future__ import annotations

import logging
from pathlib import Path

from etown_desktop.app.leads_cli_text import reason_text

log = logging.getLogger(__name__)


def _write_brief(store, lead, out: Path, brief_lang: str | None, repo) -> Path:
    from etown_desktop.core.leads.followup import followup_brief
    from etown_desktop.core.leads.my_card import load_card
    from etown_desktop.ui.brief.brief_pdf import export_brief_pdf

    event = store.event(lead.event_id)
    brief = followup_brief(lead, staffer=store.setting("staffer"), contact=store.setting("contact"),
                           lang=brief_lang, card=load_card(store))
    export_brief_pdf(repo, brief, out, brief.lang)
    store.record_brief(lead.id, out)  # deleted with the lead
    log.info("follow-up brief for lead %d of event %s", lead.id, event.name)
    return out


def _brief_jobs(args, store, t, inp, leads, out_for) -> tuple[int, int]:
    from etown_desktop.app.export_cli import _qt_app
    from etown_desktop.core.leads.consent_filter import select
    from etown_desktop.core.leads.followup import PURPOSES
    from etown_desktop.core.repository import Repository

    included, skipped = select(leads, PURPOSES)
    for s in skipped:
        print(t["brief_skipped"].format(id=s.lead_id, name=s.name, reason=reason_text(t, s.reason, s.missing)))
    if not included:
        return 0, len(skipped)
    app = _qt_app()  # noqa: F841 - must stay alive while painting
    repo = Repository()
    try:
        for lead in included:
            out = _write_brief(store, lead, out_for(lead), args.brief_lang, repo)
            print(t["brief_done"].format(path=out, kb=out.stat().st_size / 1024))
    finally:
        repo.close()
    return len(included), len(skipped)


def brief(args, store, t, inp, unlock) -> int:
    unlock(store, inp)
    written, _ = _brief_jobs(args, store, t, inp, [store.lead(args.id)], lambda lead: args.output)
    return 0 if written else 1


def briefs(args, store, t, inp, unlock, event_id) -> int:
    from etown_desktop.core.export.atomic import explain_os_error
    from etown_desktop.core.errors import ExportFailed
    from etown_desktop.core.leads.followup import brief_file_name

    unlock(store, inp)
    folder: Path = args.output
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportFailed(explain_os_error(exc, folder / "brief.pdf")) from exc
    written, skipped = _brief_jobs(args, store, t, inp, store.leads(event_id),
                                   lambda lead: folder / brief_file_name(lead))
    print(t["briefs_done"].format(n=written, folder=folder, skipped=skipped))
    return 0


def card(args, store, t) -> int:
    from dataclasses import fields, replace

    from etown_desktop.core.export.atomic import check_extension, write_bytes
    from etown_desktop.core.leads.my_card import MyCard, card_text, load_card, qr_png, qr_svg, save_card

    card = load_card(store)
    changes = {f.name: getattr(args, f.name) for f in fields(MyCard) if getattr(args, f.name) is not None}
    if changes:
        card = replace(card, **changes)
        save_card(store, card)
    print(card_text(card).strip())
    if args.output:
        out = check_extension(args.output, [".png", ".svg"])
        write_bytes(out, qr_svg(card) if out.suffix.lower() == ".svg" else qr_png(card))
        print(t["brief_done"].format(path=out, kb=out.stat().st_size / 1024))
    return 0
