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
import time
from pathlib import Path

import pytest
from required_tools import require_tool
from x_session import XSession

pytestmark = pytest.mark.xvfb
HERE = Path(__file__).resolve().parent
PASS = "booth passphrase"


def _cli(env: dict, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "etown_desktop", "--lang", "en", "leads", *args], env=env,
                          input=stdin, capture_output=True, text=True, timeout=120)


def _wait_state(path: Path, ok, what: str, timeout: float = 30) -> dict:
    deadline = time.monotonic() + timeout
    state: dict = {}
    while time.monotonic() < deadline:
        try:
            state = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            state = {}
        if state and ok(state):
            return state
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}; last state: {state}")


def test_a_visitor_leaves_a_contact_and_staff_reads_it(tmp_path):
    require_tool("xdotool")  # real key presses and clicks (XSession requires openbox and wmctrl)
    session = XSession(tmp_path, (1366, 768))
    app = None
    try:
        env = session.env()
        runtime = tmp_path / "runtime"
        runtime.mkdir(mode=0o700)
        env.update(QT_QPA_PLATFORM="xcb", XDG_RUNTIME_DIR=str(runtime), XDG_DATA_HOME=str(tmp_path / "data"),
                   XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=os.pathsep.join(sys.path),
                   ETOWN_DESKTOP_DATA_HOME=str(tmp_path / "data" / "E-Town Investor Desktop"))
        assert _cli(env, "init", stdin=PASS + "\n").returncode == 0
        assert _cli(env, "event", "new", "Booth", "--kiosk").returncode == 0
        state_file = tmp_path / "state.json"
        app = subprocess.Popen([sys.executable, str(HERE / "kiosk_contact_app.py"), str(state_file)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert app.stdout.readline().strip() == "READY"

        def click(xy) -> None:
            session.run("xdotool", "mousemove", "--sync", str(xy[0]), str(xy[1]), "click", "1")

        state = _wait_state(state_file, lambda s: s["button"], "the contact button")
        click(state["button"])
        state = _wait_state(state_file, lambda s: s["form"] and s["fields"]["given"], "the form")
        click(state["fields"]["given"])
        session.run("xdotool", "type", "--delay", "50", "Ana")  # real key events into the focused field
        click(state["fields"]["email"])
        for key in "ana@x.cn":
            click(state["keys"][key])  # the booth's own keyboard
        state = _wait_state(state_file, lambda s: s["texts"]["email"] == "ana@x.cn", "the keyboard's text")
        assert state["texts"]["given"] == "Ana"
        click(state["consents"]["contact"])
        state = _wait_state(state_file, lambda s: s["checked"]["contact"], "the ticked consent")
        click(state["submit"])
        state = _wait_state(state_file, lambda s: s["thanks"], "the thanks page")
        assert state["texts"] == {k: "" for k in state["texts"]}  # the entries left the screen
        assert state["unlocked"] is False  # the kiosk never held the private key
        assert b"ana@x.cn" not in (tmp_path / "data" / "E-Town Investor Desktop" / "leads.sqlite").read_bytes()
        listed = _cli(env, "list", "--json", stdin=PASS + "\n")
        assert listed.returncode == 0, listed.stderr
        assert [(x["id"], x["consent"]) for x in json.loads(listed.stdout)] == [(1, ["contact"])]
        shown = _cli(env, "show", "1", stdin=PASS + "\n").stdout
        assert "ana@x.cn" in shown and "kiosk" in shown
        state_file.with_suffix(".stop").write_text("")
        assert app.wait(timeout=30) == 0
        _staff_unlocks_in_the_window(session, env, tmp_path)
    finally:
        if app is not None and app.poll() is None:
            app.kill()
        session.close()
    err = app.stderr.read() if app and app.stderr else ""
    assert "Traceback" not in err, err[-2000:]


def _staff_unlocks_in_the_window(session: XSession, env: dict, tmp_path: Path) -> None:
    """The real app: Leads ▸ Leads list (locked), Leads ▸ Unlock by keys, the passphrase typed, Enter;
    the kiosk's lead is then a row of the list. Observed through leads_staff_app.py's state file."""
    state_file = tmp_path / "staff.json"
    app = subprocess.Popen([sys.executable, str(HERE / "leads_staff_app.py"), str(state_file)], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = ""
        while not line.startswith("READY"):  # the helper quits by itself after 90 s: never hangs
            line = app.stdout.readline()
            if not line:
                raise AssertionError(f"the staff app exited: {app.stderr.read()[-3000:]}")
        wid = line.split()[1]

        def keys(*args: str) -> None:
            session.run("xdotool", "windowactivate", "--sync", wid)
            session.run("xdotool", *args)

        def click(xy) -> None:
            session.run("xdotool", "mousemove", "--sync", str(xy[0]), str(xy[1]), "click", "1")

        state = _wait_state(state_file, lambda s: not s["unlocked"] and not s["menu"], "the main window")
        keys("key", "alt+l")  # the Leads menu, by its mnemonic
        state = _wait_state(state_file, lambda s: s["menu"] and "list" in s["entries"], "the Leads menu")
        click(state["entries"]["list"])
        _wait_state(state_file, lambda s: s["page"] == "locked" and not s["rows"], "the locked Leads list")
        keys("key", "alt+l")
        _wait_state(state_file, lambda s: s["menu"], "the Leads menu again")
        session.run("xdotool", "key", "u")  # &Unlock…
        _wait_state(state_file, lambda s: s["dialog"] == "leadsPassphrase" and s["focus"] == "passphrase",
                    "the passphrase dialog")
        session.run("xdotool", "type", "--delay", "40", PASS)
        session.run("xdotool", "key", "Return")
        state = _wait_state(state_file, lambda s: s["unlocked"] and s["page"] == "list" and s["rows"],
                            "the unlocked Leads list")
        assert state["dialog"] is None
        assert state["rows"] == [["Ana", ""]]  # the kiosk's lead: a given name, no company
        assert state["count"] == "1 of 1 leads"
    finally:
        state_file.with_suffix(".stop").write_text("")
        try:
            app.wait(timeout=30)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
    err = app.stderr.read() if app.stderr else ""
    assert app.returncode == 0 and "Traceback" not in err, err[-3000:]
