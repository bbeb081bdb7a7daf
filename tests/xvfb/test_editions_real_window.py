"""Real window (Xvfb + openbox): an imported edition that is damaged is skipped at start with a
message box; closing the box through the window manager leaves the app running on the bundled
edition. The imported edition is TEST DATA (tests/editions_testdata.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from editions_testdata import edit_template
from required_tools import require_tools
from waiting import wait_until
from x_session import XSession, stop

pytestmark = pytest.mark.xvfb


def _windows(env) -> dict[str, str]:
    out = subprocess.run(["wmctrl", "-l"], env=env, capture_output=True, text=True).stdout
    return {line.split(None, 3)[0]: (line.split(None, 3) + [""])[3] for line in out.splitlines()}


def _wait_for(env, text: str, timeout: float = 60) -> str:
    return wait_until(lambda: next((wid for wid, title in _windows(env).items() if text in title), None),
                      timeout=timeout, interval=0.2,
                      message=lambda: f"no window titled {text!r}; windows: {_windows(env)}")


@pytest.mark.timeout(180)
def test_a_damaged_edition_is_skipped_with_a_message_in_a_real_window(tmp_path, monkeypatch):
    require_tools("openbox", "wmctrl")
    from etown_desktop.core.editions.dbread import read_database
    from etown_desktop.core.editions.importer import apply_import, prepare_import
    from etown_desktop.core.editions.store import EditionStore
    from etown_desktop.core.editions.workbook_template import write_template
    from etown_desktop.core.resources import database_path

    home = tmp_path / "userdata"
    monkeypatch.setenv("ETOWN_DESKTOP_DATA_HOME", str(home))
    template = write_template(read_database(database_path()), tmp_path / "template.xlsx")
    edit_template(template, tmp_path / "good.xlsx")
    store = EditionStore()
    info = apply_import(prepare_import(tmp_path / "good.xlsx", store, database_path()), store)
    with open(store.db_path(info.edition), "r+b") as fh:
        fh.seek(4096)
        fh.write(b"\0" * 512)

    session = XSession(tmp_path)  # Xvfb, and openbox managing windows
    env = session.app_env(tmp_path, ETOWN_DESKTOP_DATA_HOME=str(home))
    app = subprocess.Popen([sys.executable, "-m", "etown_desktop", "--lang", "en"], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        box = _wait_for(env, "Data editions")
        main = _wait_for(env, "E-Town Investor Desktop")
        assert box != main
        subprocess.run(["wmctrl", "-i", "-c", box], env=env, check=True)  # the title bar's close
        wait_until(lambda: box not in _windows(env), timeout=20, interval=0.2,
                   message="the message box did not close")
        assert main in _windows(env) and app.poll() is None
        subprocess.run(["wmctrl", "-i", "-c", main], env=env, check=True)
        assert app.wait(30) == 0
        assert f"Skipping edition {info.edition}" in app.stderr.read()
        assert EditionStore(home).select(database_path()).is_factory
    finally:
        stop(app)
        session.close()
