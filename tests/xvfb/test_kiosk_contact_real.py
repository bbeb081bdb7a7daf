"""Leave your contact on a real X server (Xvfb + openbox): the kiosk's button, real key events into
a field, clicks on the booth's own keyboard and consent box, Submit; then the staff side unlocks
(`leads list --json` with the passphrase) and sees the lead the kiosk could not read."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
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
    for tool in ("xdotool", "wmctrl"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")
    session = XSession(tmp_path, (1366, 768))
    app = None
    try:
        env = session.env()
        runtime = tmp_path / "runtime"
        runtime.mkdir(mode=0o700)
        env.update(QT_QPA_PLATFORM="xcb", XDG_RUNTIME_DIR=str(runtime), XDG_DATA_HOME=str(tmp_path / "data"),
                   XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=os.pathsep.join(sys.path))
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
    finally:
        if app is not None and app.poll() is None:
            app.kill()
        session.close()
    err = app.stderr.read() if app and app.stderr else ""
    assert "Traceback" not in err, err[-2000:]
