"""Leads benchmark: the figures of issue 18 (capture, 10,000 leads, unlock, export, follow-up briefs).

    form open (target ≤ 100 ms)         LeadForm built and shown, offscreen
    save (≤ 50 ms)                      add_lead with sealing, unlocked (duplicate check against the
                                        event's 10,000 leads included), and locked (the kiosk's path)
    list filter keystroke (≤ 50 ms)     one keystroke in the Leads list's filter over 10,000 leads
    unlock (≤ 1 s)                      Argon2id (interactive limits) + SecretBox; then opening all
                                        10,000 sealed leads (what exports need); and in the window:
                                        unlock → the Leads list painted and usable (leads opened as
                                        painted, the rest in background batches), how long the
                                        background takes and its longest event-loop turn
    export CSV (≤ 2 s)                  Salesforce CSV of 10,000 leads
    follow-up briefs (100 ≤ 60 s)       PDF briefs of N leads

Usage:  python bench/bench_leads.py [--leads 10000] [--briefs 100]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASS = "bench passphrase"
SECTORS = ("ngit", "auto", "biomedicine", "industrial_internet", "new_materials")


def fill(store, n: int) -> None:
    """n leads in one transaction (setup only; a real capture commits each lead on its own)."""
    from etown_desktop.core.leads.model import Personal

    event = store.current_event()
    now = store._now()
    rows = []
    for i in range(n):
        p = Personal(family=f"Family{i}", given=f"Given{i}", company=f"Company {i % 997}", title="Director",
                     email=f"person{i}@company{i % 997}.example", phone=f"+49 30 {i:07d}",
                     notes=f"Met at the booth, talked about sector {SECTORS[i % 5]}")
        rows.append((event.id, now, now, "bench", "staff", "en", "DE", SECTORS[i % 5],
                     ("hot", "warm", "cold")[i % 3], f"2026-{1 + i % 12:02d}-15" if i % 4 == 0 else "",
                     store._seal(p)))
    with store._tx():
        cur = store._conn.executemany(
            "INSERT INTO leads (event_id, created, updated, staffer, method, lang, country, sectors, rating, due, "
            "sealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        ids = [r[0] for r in store._conn.execute("SELECT id FROM leads ORDER BY id")]
        store._conn.executemany(
            "INSERT INTO consents (lead_id, created, notice_version, notice_lang, contact, materials, marketing, "
            "partners, abroad, staffer, method) VALUES (?, ?, 1, 'en', 1, 1, 0, 0, 1, 'bench', 'staff')",
            [(i, now) for i in ids])
    del cur


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--leads", type=int, default=10_000)
    ap.add_argument("--briefs", type=int, default=100)
    args = ap.parse_args()
    from etown_desktop.core.leads.model import Personal
    from etown_desktop.core.leads.store import LeadDraft, LeadStore

    out: dict[str, float] = {}
    tmp = Path(tempfile.mkdtemp(prefix="bench-leads-"))
    store = LeadStore(tmp / "leads.sqlite")
    t = time.perf_counter()
    store.init_keys(PASS)
    out["init (key pair + Argon2id)"] = time.perf_counter() - t
    store.add_event("Bench fair", "2026-04-20", "Hannover")
    t = time.perf_counter()
    fill(store, args.leads)
    print(f"setup: {args.leads:,} leads sealed and stored in {time.perf_counter() - t:.1f} s; "
          f"file {store.path.stat().st_size / 1e6:.1f} MB")
    store.close()

    store = LeadStore(tmp / "leads.sqlite")
    t = time.perf_counter()
    store.unlock(PASS)
    out["unlock (Argon2id + SecretBox)"] = time.perf_counter() - t
    t = time.perf_counter()
    leads = store.leads()
    out[f"open {len(leads):,} sealed leads for the list"] = time.perf_counter() - t

    def save_times(n: int, locked: bool) -> list[float]:
        s = LeadStore(tmp / "leads.sqlite")
        if not locked:
            s.unlock(PASS)
            s.leads()  # the list is open (leads opened once per unlock)
        times = []
        for i in range(n):
            d = LeadDraft(Personal(family=f"New{i}{'k' if locked else 'u'}", company="Fresh GmbH",
                                   email=f"new{i}{locked}@fresh.example"), sectors=("auto",), rating="hot")
            t0 = time.perf_counter()
            s.add_lead(d, frozenset({"contact"}), method="kiosk" if locked else "staff")
            times.append(time.perf_counter() - t0)
        s.close()
        return times

    out["save, unlocked (median of 20; duplicate check incl.)"] = statistics.median(save_times(20, False))
    out["save, locked/kiosk (median of 20)"] = statistics.median(save_times(20, True))

    from etown_desktop.core.leads.export import export_leads

    t = time.perf_counter()
    result = export_leads(store.leads(), tmp / "leads.csv", "salesforce", {1: "Bench fair"})
    out[f"export Salesforce CSV ({result.written:,} leads)"] = time.perf_counter() - t

    from PySide6.QtWidgets import QApplication

    from etown_desktop.ui.qt_workarounds import guard_refcount_bug

    guard_refcount_bug()
    app = QApplication.instance() or QApplication([])
    from etown_desktop.ui.leads.lead_form import LeadForm
    from etown_desktop.ui.leads.leads_panel import LeadsPanel
    from etown_desktop.ui.leads.leads_session import LeadsSession

    from PySide6.QtCore import QEventLoop

    session = LeadsSession(tmp / "leads.sqlite")  # a fresh app run: nothing opened yet
    t = time.perf_counter()
    session.unlock(PASS)
    panel = LeadsPanel(session)
    panel.resize(1200, 600)
    panel.show()
    app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 0)  # the first paint
    out["unlock → Leads list usable (window)"] = time.perf_counter() - t
    turns = []
    t = time.perf_counter()
    while panel.model.opening:
        t0 = time.perf_counter()
        app.processEvents()
        turns.append(time.perf_counter() - t0)
    out[f"… rest opened in the background ({panel.model.total:,} leads)"] = time.perf_counter() - t
    out["… longest event-loop turn meanwhile"] = max(turns, default=0.0)
    panel.close()
    panel.deleteLater()
    session.close()

    session = LeadsSession(tmp / "leads.sqlite")
    session.unlock(PASS)
    opens = []
    for _ in range(10):
        t = time.perf_counter()
        form = LeadForm(session)
        form.show()
        app.processEvents()
        opens.append(time.perf_counter() - t)
        form.close()
        form.deleteLater()
    out["form open (median of 10)"] = statistics.median(opens)
    t = time.perf_counter()
    panel = LeadsPanel(session)
    panel.resize(1200, 600)
    panel.show()
    app.processEvents()
    out[f"list built ({panel.model.rowCount():,} rows)"] = time.perf_counter() - t
    while panel.model.opening:  # keystrokes measured over the whole list, as before
        app.processEvents()
    keys = []
    typed = ""
    for ch in "company 99":
        typed += ch
        t = time.perf_counter()
        panel.search.setText(typed)
        app.processEvents()
        keys.append(time.perf_counter() - t)
    out["list filter keystroke (max of 10)"] = max(keys)
    out["list filter keystroke (median of 10)"] = statistics.median(keys)

    if args.briefs:
        from etown_desktop.core.leads.followup import brief_file_name, followup_brief
        from etown_desktop.core.repository import Repository
        from etown_desktop.ui.brief.brief_pdf import export_brief_pdf

        repo = Repository()
        folder = tmp / "briefs"
        folder.mkdir()
        t = time.perf_counter()
        for lead in session.leads()[: args.briefs]:
            export_brief_pdf(repo, followup_brief(lead), folder / brief_file_name(lead), "en")
        out[f"follow-up briefs ({args.briefs} PDFs)"] = time.perf_counter() - t
        repo.close()
    session.close()
    width = max(len(k) for k in out)
    for key, value in out.items():
        print(f"{key:<{width}}  {ms(value) if value < 2 else f'{value:,.2f} s'}")
    print(json.dumps({k: round(v, 4) for k, v in out.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
