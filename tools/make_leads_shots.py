"""Render the README's "Meeting investors: leads and follow-up" pictures with the app (offscreen):

    python tools/make_leads_shots.py [--out docs]

docs/leads-capture.png (the quick-capture form), docs/leads-list.png (the Leads list),
docs/leads-kiosk.png (the booth's "Leave your contact" form with its keyboard) and
docs/leads-brief-cover.png (page 1 of a follow-up brief, via pdftoppm). Sample people only.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PASS = "sample passphrase"


def settle(app, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def shrink(path: Path) -> None:
    subprocess.run(["convert", str(path), "-colors", "128", str(path)], check=False)


SAMPLE = [  # family, given, company, title, email, rating, sectors, due, consent
    ("Müller", "Anna", "Acme Medical GmbH", "CFO", "anna.mueller@acme.example", "hot", ("biomedicine",),
     "2026-05-04", {"contact", "materials", "abroad"}),
    ("王", "小明", "北京示例科技有限公司", "总经理", "wang@example.cn", "warm", ("ngit", "auto"), "",
     {"contact", "materials"}),
    ("Smith", "John", "Chipworks Inc.", "VP Operations", "john@chipworks.example", "cold", ("ngit",),
     "2026-07-01", {"contact"}),
    ("Tanaka", "Yuki", "Sample Motors", "Director", "yuki@motors.example", "hot", ("auto",), "2026-05-02",
     {"contact", "materials", "marketing"}),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs"))
    args = parser.parse_args(argv)
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="leads-shots-")
    from datetime import date

    from PySide6.QtWidgets import QApplication

    from etown_desktop.ui.qt_workarounds import guard_refcount_bug

    guard_refcount_bug()
    app = QApplication([])
    from etown_desktop.core.leads.model import Personal
    from etown_desktop.core.leads.store import LeadDraft
    from etown_desktop.ui.leads.lead_form import LeadForm
    from etown_desktop.ui.leads.leads_panel import LeadsPanel
    from etown_desktop.ui.leads.leads_session import LeadsSession

    session = LeadsSession()
    store = session.store
    store.init_keys(PASS)
    store.add_event("Hannover Messe 2026", "2026-04-20", "Hannover", kiosk_leads=True)
    store.set_setting("bureau", "Beijing E-Town investment promotion office (sample)")
    store.set_setting("contact", "invest@example.cn")
    store.set_setting("staffer", "Li Wei")
    for fam, giv, co, title, email, rating, sectors, due, consent in SAMPLE:
        store.add_lead(LeadDraft(Personal(family=fam, given=giv, company=co, title=title, email=email,
                                          next_step="send the sector brief" if due else ""),
                                 rating=rating, sectors=sectors, due=due, lang="zh" if fam == "王" else "en"),
                       frozenset(consent), staffer="Li Wei")
    session.unlock(PASS)
    args.out.mkdir(parents=True, exist_ok=True)

    form = LeadForm(session)
    for key, value in (("given", "Maria"), ("family", "Rossi"), ("company", "Sample Pharma S.p.A."),
                       ("title", "Head of Expansion"), ("email", "maria.rossi@pharma.example"),
                       ("phone", "+39 02 1234 5678"), ("country", "IT")):
        form.edits[key].setText(value)
    form.sector_buttons["biomedicine"].setChecked(True)
    form.rating.setCurrentIndex(form.rating.findData("hot"))
    form.consents["contact"].setChecked(True)
    form.resize(1180, 600)
    form.show()
    settle(app)
    form.grab().save(str(args.out / "leads-capture.png"))
    form.close()

    panel = LeadsPanel(session, today=date(2026, 5, 3))
    panel.resize(1200, 300)
    panel.show()
    settle(app)
    panel.grab().save(str(args.out / "leads-list.png"))

    from etown_desktop.core.leads.store import LeadStore
    from etown_desktop.ui.kiosk.contact_form import KioskContactForm

    kiosk_store = LeadStore(store.path)  # never unlocked, like the booth's
    kiosk = KioskContactForm(kiosk_store)
    kiosk.resize(1366, 768)
    kiosk.show()
    kiosk.edits["given"].setText("Ana")
    kiosk.edits["email"].setText("ana@")
    settle(app)
    kiosk.grab().save(str(args.out / "leads-kiosk.png"))

    from etown_desktop.core.leads.followup import followup_brief
    from etown_desktop.core.repository import Repository
    from etown_desktop.ui.brief.brief_pdf import export_brief_pdf

    repo = Repository()
    pdf = Path(tempfile.mkdtemp()) / "brief.pdf"
    lead = session.leads()[0]
    from etown_desktop.core.leads.my_card import MyCard

    card = MyCard("Li Wei", "Beijing E-Town (sample)", "Investment manager", "+86 10 0000 0000", "invest@example.cn")
    export_brief_pdf(repo, followup_brief(lead, staffer="Li Wei", contact="invest@example.cn", card=card), pdf, "en")
    subprocess.run(["pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(args.out / "leads-brief-cover")], check=True)
    for name in ("leads-capture", "leads-list", "leads-kiosk", "leads-brief-cover"):
        shrink(args.out / f"{name}.png")
        print(args.out / f"{name}.png", (args.out / f"{name}.png").stat().st_size // 1024, "KB")
    repo.close()
    session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
