"""Leave your contact on a real X server (Xvfb + openbox): the kiosk's button, real key events into
a field, clicks on the booth's own keyboard and consent box, Submit; then the staff side unlocks
and sees the lead the kiosk could not read: on the command line (`leads list --json` with the
passphrase), and in the main window — Leads ▸ Leads list, Leads ▸ Unlock with real keys (Alt+L, U,
the passphrase typed, Enter) — where the lead appears in the list."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from required_tools import require_tool
from state_loop import HelperApp
from x_session import XSession

pytestmark = pytest.mark.xvfb
HERE = Path(__file__).resolve().parent
PASS = "booth passphrase"


def _cli(env: dict, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "etown_desktop", "--lang", "en", "leads", *args], env=env,
                          input=stdin, capture_output=True, text=True, timeout=120)


def test_a_visitor_leaves_a_contact_and_staff_reads_it(tmp_path):
    require_tool("xdotool")  # real key presses and clicks (XSession requires openbox and wmctrl)
    session = XSession(tmp_path, (1366, 768))
    app = None
    try:
        env = session.app_env(tmp_path, PYTHONPATH=os.pathsep.join(sys.path),
                              ETOWN_DESKTOP_DATA_HOME=str(tmp_path / "data" / "E-Town Investor Desktop"))
        assert _cli(env, "init", stdin=PASS + "\n").returncode == 0
        assert _cli(env, "event", "new", "Booth", "--kiosk").returncode == 0
        app = HelperApp(HERE / "kiosk_contact_app.py", tmp_path / "state.json", env)
        assert app.wait_ready() == ""  # the kiosk's READY names no window

        def click(xy) -> None:
            session.run("xdotool", "mousemove", "--sync", str(xy[0]), str(xy[1]), "click", "1")

        state = app.wait_state(lambda s: s["button"], "the contact button")
        click(state["button"])
        state = app.wait_state(lambda s: s["form"] and s["fields"]["given"], "the form")
        click(state["fields"]["given"])
        session.run("xdotool", "type", "--delay", "50", "Ana")  # real key events into the focused field
        click(state["fields"]["email"])
        for key in "ana@x.cn":
            click(state["keys"][key])  # the booth's own keyboard
        state = app.wait_state(lambda s: s["texts"]["email"] == "ana@x.cn", "the keyboard's text")
        assert state["texts"]["given"] == "Ana"
        click(state["consents"]["contact"])
        state = app.wait_state(lambda s: s["checked"]["contact"], "the ticked consent")
        click(state["submit"])
        state = app.wait_state(lambda s: s["thanks"], "the thanks page")
        assert state["texts"] == {k: "" for k in state["texts"]}  # the entries left the screen
        assert state["unlocked"] is False  # the kiosk never held the private key
        assert b"ana@x.cn" not in (tmp_path / "data" / "E-Town Investor Desktop" / "leads.sqlite").read_bytes()
        listed = _cli(env, "list", "--json", stdin=PASS + "\n")
        assert listed.returncode == 0, listed.stderr
        assert [(x["id"], x["consent"]) for x in json.loads(listed.stdout)] == [(1, ["contact"])]
        shown = _cli(env, "show", "1", stdin=PASS + "\n").stdout
        assert "ana@x.cn" in shown and "kiosk" in shown
        assert app.stop() == 0
        _staff_unlocks_in_the_window(session, env, tmp_path)
    finally:
        if app is not None and app.proc.poll() is None:
            app.proc.kill()
        session.close()
    err = app.stderr() if app else ""
    assert "Traceback" not in err, err[-2000:]


def _staff_unlocks_in_the_window(session: XSession, env: dict, tmp_path: Path) -> None:
    """The real app: Leads ▸ Leads list (locked), Leads ▸ Unlock by keys, the passphrase typed, Enter;
    the kiosk's lead is then a row of the list. Observed through leads_staff_app.py's state file."""
    app = HelperApp(HERE / "leads_staff_app.py", tmp_path / "staff.json", env)
    try:
        wid = app.wait_ready()  # the helper quits by itself after 90 s: never hangs

        def keys(*args: str) -> None:
            session.run("xdotool", "windowactivate", "--sync", wid)
            session.run("xdotool", *args)

        def click(xy) -> None:
            session.run("xdotool", "mousemove", "--sync", str(xy[0]), str(xy[1]), "click", "1")

        state = app.wait_state(lambda s: not s["unlocked"] and not s["menu"], "the main window")
        keys("key", "alt+l")  # the Leads menu, by its mnemonic
        state = app.wait_state(lambda s: s["menu"] and "list" in s["entries"], "the Leads menu")
        click(state["entries"]["list"])
        app.wait_state(lambda s: s["page"] == "locked" and not s["rows"], "the locked Leads list")
        keys("key", "alt+l")
        app.wait_state(lambda s: s["menu"], "the Leads menu again")
        session.run("xdotool", "key", "u")  # &Unlock…
        app.wait_state(lambda s: s["dialog"] == "leadsPassphrase" and s["focus"] == "passphrase",
                       "the passphrase dialog")
        session.run("xdotool", "type", "--delay", "40", PASS)
        session.run("xdotool", "key", "Return")
        state = app.wait_state(lambda s: s["unlocked"] and s["page"] == "list" and s["rows"],
                               "the unlocked Leads list")
        assert state["dialog"] is None
        assert state["rows"] == [["Ana", ""]]  # the kiosk's lead: a given name, no company
        assert state["count"] == "1 of 1 leads"
    finally:
        code = app.stop()
    err = app.stderr()
    assert code == 0 and "Traceback" not in err, err[-3000:]
