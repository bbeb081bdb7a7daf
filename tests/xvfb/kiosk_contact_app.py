"""Helper run by test_kiosk_contact_real.py: the booth kiosk with "Leave your contact" on a real X
server. Prints ``READY``, then writes the global centres of the widgets the test clicks (the
contact button, fields, keyboard keys, consent boxes, Submit) and the form's state to the JSON file
named on the command line every 100 ms, until that file's ``.stop`` twin appears."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from state_loop import write_state  # tests/xvfb, next to this script


def centre(w) -> list[int] | None:
    if w is None or not w.isVisible():
        return None
    p = w.mapToGlobal(w.rect().center())
    return [p.x(), p.y()]


def main(out: str) -> int:
    from etown_desktop.ui.qt_workarounds import guard_refcount_bug

    guard_refcount_bug()
    app = QApplication(["etown-desktop"])
    from etown_desktop.core.kiosk.pin import hash_pin
    from etown_desktop.core.leads.store import LeadStore
    from etown_desktop.core.repository import Repository
    from etown_desktop.core.stories.store import find_story, load_stories
    from etown_desktop.ui.kiosk.kiosk_session import KioskSession

    repo = Repository()
    session = KioskSession(repo, find_story(load_stories(repo.path), None), hash_pin("2468"), "en", 90)
    session.start()
    store = LeadStore()  # the kiosk's: opened without the passphrase
    session.window.enable_contact_form(store)
    path = Path(out)

    def state() -> None:
        w = session.window
        form = w.contact_form
        data = {"button": centre(w.contact_button), "form": form.isVisible(),
                "thanks": form.stack.currentWidget() is form.thanks,
                "fields": {k: centre(e) for k, e in form.edits.items()},
                "texts": {k: e.text() for k, e in form.edits.items()},
                "keys": {k: centre(b) for k, b in form.keyboard.keys.items()},
                "consents": {k: centre(c) for k, c in form.consents.items()},
                "checked": {k: c.isChecked() for k, c in form.consents.items()},
                "consent_geometry": {k: [c.x(), c.y(), c.width(), c.height()] for k, c in form.consents.items()},
                "submit": centre(form.submit_button), "unlocked": store.unlocked}
        if write_state(path, data):
            session.stop()

    timer = QTimer()
    timer.timeout.connect(state)
    QTimer.singleShot(500, lambda: (print("READY", flush=True), timer.start(100)))
    QTimer.singleShot(90_000, lambda: QApplication.exit(4))  # never hang the test
    session.finished.connect(app.quit)
    code = app.exec()
    store.close()
    repo.close()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
