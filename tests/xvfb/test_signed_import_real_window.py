"""Real window (Xvfb + openbox + real keys): the app runs on an edition signed by a trusted
publisher; Data ▸ Import update… (Alt+D, I), the file dialog, then a signed pack whose figures
were changed after signing. The refusal is shown in a message box, closing it through the window
manager leaves the app running, and the app stays on its signed edition. The publisher key and
the edited figure are TEST DATA (tests/trust_testdata.py, tests/editions_testdata.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from required_tools import require_tools
from test_editions_real_window import _wait_for, _windows
from trust_testdata import make_key, signed_pack, tampered, trust
from x_session import XSession, stop

pytestmark = pytest.mark.xvfb


class _Stderr:
    """The app's standard error, read on a thread, so a test can wait for a line."""

    def __init__(self, proc: subprocess.Popen) -> None:
        import threading

        self.lines: list[str] = []
        self.thread = threading.Thread(target=self._read, args=(proc,), daemon=True)
        self.thread.start()

    def _read(self, proc: subprocess.Popen) -> None:
        for line in proc.stderr:
            self.lines.append(line)

    def has(self, text: str) -> bool:
        return any(text in line for line in self.lines)


@pytest.mark.timeout(240)
def test_a_tampered_signed_pack_is_refused_through_the_data_menu(tmp_path, monkeypatch):
    require_tools("openbox", "wmctrl", "xdotool")
    from etown_desktop.core.editions.importer import apply_import, prepare_import
    from etown_desktop.core.editions.store import EditionStore
    from etown_desktop.core.resources import database_path
    from etown_desktop.core.trust.signers import signer_of

    from editions_testdata import synthetic_edition

    from etown_desktop.core.editions.pack import write_pack

    home = tmp_path / "userdata"
    config = tmp_path / "xdg-config"  # the test's own config folder (tests/conftest.py)
    monkeypatch.setenv("ETOWN_DESKTOP_DATA_HOME", str(home))
    store = EditionStore()
    # An edition of its own (the bundled facts plus TEST DATA figures), then signed: the
    # publisher signs exactly that edition, its import records the signer.
    first = write_pack(synthetic_edition(database_path(), 3), "unsigned", tmp_path / "e.etown")
    info = apply_import(prepare_import(first, store, database_path()), store)
    pair, _ = make_key(tmp_path / "keys", "bureau")
    trust(pair)
    good = signed_pack(store.db_path(info.edition), tmp_path / "good.etown", pair, 1)
    assert apply_import(prepare_import(good, store, database_path()), store) is None  # no-op
    assert signer_of(info.edition).sequence == 1
    files = tmp_path / "files"
    files.mkdir()
    bad = tampered(signed_pack(database_path(), tmp_path / "newer.etown", pair, 2),
                   files / "tampered.etown")

    # Xvfb, and openbox managing windows before the app starts (XSession waits for it and fails
    # clearly if it exits): a window manager not yet running lists no window at all, which looked
    # like "the app window did not appear".
    session = XSession(tmp_path)
    env = session.app_env(tmp_path, HOME=str(files), XDG_CONFIG_HOME=str(config),
                          ETOWN_DESKTOP_DATA_HOME=str(home))
    app = subprocess.Popen([sys.executable, "-m", "etown_desktop", "--lang", "en"], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err = _Stderr(app)

    def keys(wid: str, *names: str) -> None:
        subprocess.run(["xdotool", "windowfocus", "--sync", wid], env=env, timeout=10)
        subprocess.run(["xdotool", "key", "--delay", "80", *names], env=env, check=True, timeout=10)

    try:
        # This app's own main window (by its process, not any window with the title), once managed;
        # waited for as long as the app is busy starting (slow under load), failing at once if it
        # exits or stalls.
        wid = session.wait_app_window(app, "E-Town Investor Desktop", stderr=lambda: "".join(err.lines))
        main = f"0x{int(wid):08x}"  # as wmctrl -l lists it
        dialog = None
        deadline = time.monotonic() + 60  # the Data menu is added after the first paint
        while dialog is None and time.monotonic() < deadline:
            keys(main, "alt+d", "i")
            try:
                dialog = _wait_for(env, "Import update", timeout=3)
            except AssertionError:
                subprocess.run(["xdotool", "key", "Escape"], env=env, timeout=10)
        assert dialog is not None, "Data ▸ Import update… did not open the file dialog"
        subprocess.run(["xdotool", "windowfocus", "--sync", dialog], env=env, timeout=10)
        subprocess.run(["xdotool", "type", "--delay", "40", str(bad)], env=env, check=True,
                       timeout=30)
        deadline = time.monotonic() + 30
        while not err.has("Import refused") and time.monotonic() < deadline:
            subprocess.run(["xdotool", "key", "Return"], env=env, timeout=10)  # (a completer
            time.sleep(1.0)  # may take the first Return); polled, not a synchronisation sleep
        assert err.has("Import refused") and err.has("file_changed"), "".join(err.lines)[-3000:]
        box = _wait_for(env, "Import update")
        if os.environ.get("ETOWN_SHOT_SIGNED_REFUSAL"):  # a picture for the README / a look
            time.sleep(0.5)
            subprocess.run(["import", "-window", "root", os.environ["ETOWN_SHOT_SIGNED_REFUSAL"]],
                           env=env, timeout=30)
        subprocess.run(["wmctrl", "-i", "-c", box], env=env, check=True)  # the title bar's close
        deadline = time.monotonic() + 20
        while box in _windows(env) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert box not in _windows(env) and main in _windows(env) and app.poll() is None
        subprocess.run(["wmctrl", "-i", "-c", main], env=env, check=True)
        assert app.wait(30) == 0
    finally:
        stop(app)
        session.close()
    assert store.active_id() == info.edition  # the app stays on its signed edition
    assert signer_of(info.edition).sequence == 1
