"""A kill at any moment of an import leaves the previous edition active and intact."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from editions_testdata import edit_template, synthetic_edition

from etown_desktop.core.editions.importer import apply_import, prepare_import
from etown_desktop.core.editions.store import EditionStore, sha256_of
from etown_desktop.core.editions.workbook_template import write_template


def _run_import(book, home, env):
    return subprocess.Popen(
        [sys.executable, "-m", "etown_desktop", "data", "import", str(book), "--yes"],
        env={**env, "ETOWN_DESKTOP_DATA_HOME": str(home)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.mark.timeout(300)
def test_killing_an_import_midway_keeps_the_previous_edition(tmp_path, store, committed_db,
                                                              template_xlsx):
    first = tmp_path / "first.xlsx"
    edit_template(template_xlsx, first)
    apply_import(prepare_import(first, store, committed_db), store)
    previous = store.active_id()
    previous_sum = sha256_of(store.db_path(previous))
    big = write_template(synthetic_edition(committed_db, 3000), tmp_path / "big.xlsx")
    env = dict(os.environ)
    # How long a whole import takes here, in a separate data folder.
    start = time.perf_counter()
    assert _run_import(big, tmp_path / "timing", env).wait(120) == 0
    total = time.perf_counter() - start
    killed = 0
    for fraction in (0.15, 0.3, 0.45, 0.6, 0.7, 0.8, 0.9, 0.95):
        proc = _run_import(big, store.root, env)
        time.sleep(total * fraction)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait(60)
        state = json.loads((store.root / "state.json").read_text())
        active = EditionStore(store.root).select(committed_db)
        if state["active"] == previous:
            assert active.edition.edition == previous
            assert sha256_of(store.db_path(previous)) == previous_sum
        else:  # the kill came after the switch: the new edition is complete and valid
            assert active.edition.edition == state["active"] and not active.messages
            break
    assert killed >= 3, f"only {killed} imports were killed midway (import takes {total:.1f} s)"
    # A later import still works, whatever the kills left in the staging folder.
    assert _run_import(big, store.root, env).wait(120) == 0
    from etown_desktop.core.repository import Repository

    base = Repository(committed_db)
    try:
        assert EditionStore(store.root).select(committed_db).edition.figures == 3000 + len(base.figures())
    finally:
        base.close()
