"""The atomic edition switch, step by step: an import that fails before any one of its steps (read
the staged folder, build, check, hash, move into the store, write the manifest, switch) leaves the
previous edition active, unchanged and alone — no half state, no stray file — and the app's next
start opens it cleanly. Deterministic, unlike the kill test (test_editions_kill.py): every step
boundary is hit, one after the other."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import file_checksums
from editions_testdata import edit_template

from etown_desktop.core.db import build as db_build
from etown_desktop.core.db import check as db_check
from etown_desktop.core.editions import folder, importer
from etown_desktop.core.editions.importer import apply_import, prepare_import
from etown_desktop.core.editions.store import EditionStore, sha256_of
from etown_desktop.core.export import atomic


class InjectedFault(OSError):
    """The failure the test puts in place of one step (as a full disk or a pulled USB stick would)."""


class Tripwire:
    """Counts the calls of the import's step functions; the ``fail_at``-th call raises instead of
    running. ``fail_at=None`` records the order of a complete import."""

    STEPS = (  # (module, attribute): every step that reads the staged data or writes a file
        (folder, "write_folder"), (db_build, "load"), (db_build, "edition_of"), (db_build, "build"),
        (db_check, "check_database"), (importer, "sha256_of"), (EditionStore, "_write_json"),
        (atomic, "write_bytes"), (os, "replace"),
    )

    def __init__(self, monkeypatch: pytest.MonkeyPatch, fail_at: int | None) -> None:
        self.fail_at, self.calls = fail_at, []
        for owner, name in self.STEPS:
            monkeypatch.setattr(owner, name, self._wrap(name, getattr(owner, name)))

    def _wrap(self, name, real):
        def step(*args, **kwargs):
            self.calls.append(name)
            if len(self.calls) == self.fail_at:
                raise InjectedFault(f"injected failure before step {self.fail_at} ({name})")
            return real(*args, **kwargs)
        return step


def _snapshot(root: Path) -> dict[str, str]:
    """Every file of the data folder with its checksum (the staging folder may exist, empty)."""
    return file_checksums(root)


def _next_start(root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "ETOWN_DESKTOP_DATA_HOME": str(root)}
    return subprocess.run([sys.executable, "-m", "etown_desktop", "data", "status"], env=env,
                          capture_output=True, text=True, timeout=60)


@pytest.mark.timeout(600)
def test_a_failure_before_any_step_keeps_the_previous_edition(tmp_path, store, committed_db,
                                                              template_xlsx, monkeypatch):
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    edit_template(template_xlsx, first, change_and_remove=False)
    edit_template(template_xlsx, second)  # one figure changed, one removed: another edition
    apply_import(prepare_import(first, store, committed_db), store)
    previous = store.active_id()
    assert store.select(committed_db).edition.edition == previous
    before = _snapshot(store.root)
    state_before = (store.root / "state.json").read_bytes()

    # A complete import of the second workbook, recorded: the steps to interrupt.
    with monkeypatch.context() as m:
        trace = Tripwire(m, None)
        plan = prepare_import(second, store, committed_db)
        assert plan.ok, plan.report.render()
        new_id = apply_import(plan, store).edition
    steps = trace.calls
    assert new_id != previous
    for name in ("build", "check_database", "_write_json", "replace"):
        assert name in steps, f"the import no longer calls {name}: update Tripwire.STEPS ({steps})"
    assert steps[-1] in ("replace", "write_bytes", "_write_json"), steps  # the switch comes last
    # Back to the previous edition, with the second one removed, for a clean start at each step.
    store.set_active(previous)
    store.db_path(new_id).unlink()
    store.manifest_path(new_id).unlink()
    (store.root / "state.json").write_bytes(state_before)
    assert _snapshot(store.root) == before

    for k in range(1, len(steps) + 1):
        where = f"failure before step {k} of {len(steps)} ({steps[k - 1]})"
        with monkeypatch.context() as m:
            Tripwire(m, k)
            with pytest.raises(Exception) as failed:  # the fault itself, or the named error it became
                plan = prepare_import(second, store, committed_db)
                assert plan.ok, plan.report.render()
                apply_import(plan, store)
        chain, exc = [], failed.value
        while exc is not None:
            chain.append(exc)
            exc = exc.__cause__ or exc.__context__
        assert any(isinstance(e, InjectedFault) for e in chain), f"{where}: {failed.value!r}"
        # The previous edition is active, unchanged, and nothing else was left behind.
        assert (store.root / "state.json").read_bytes() == state_before, where
        after = _snapshot(store.root)
        assert after == before, f"{where}: files changed or left behind: " \
            f"{sorted(set(after) ^ set(before) | {p for p in before if after.get(p) != before[p]})}"
        fresh = EditionStore(store.root)
        selection = fresh.select(committed_db)
        assert selection.edition is not None and selection.edition.edition == previous, where
        assert selection.messages == (), where
        assert db_check.check_database(selection.path).ok, where
        assert sha256_of(selection.path) == selection.edition.sha256, where
        # The app's next start opens the previous edition without a complaint.
        started = _next_start(store.root)
        assert started.returncode == 0, f"{where}: {started.stderr[-2000:]}"
        assert previous in started.stdout and "first.xlsx" in started.stdout, where
        assert "skip" not in (started.stdout + started.stderr).lower(), where

    # After all that, the same import goes through and switches.
    apply_import(prepare_import(second, store, committed_db), store)
    assert store.active_id() == new_id == EditionStore(store.root).select(committed_db).edition.edition
    assert json.loads((store.root / "state.json").read_text())["active"] == new_id
