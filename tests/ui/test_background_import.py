"""The warm-up's background import: modules are imported on a worker thread, the step reports
done only when all are, a failing module does not stop the others, and a caller that needs the
modules now gets them (waits, or imports them itself)."""

from __future__ import annotations

import sys
import threading

from waiting import wait_until

from etown_desktop.ui.warmup.background_import import BackgroundImport


def _package(tmp_path, monkeypatch, name: str, delay_s: float = 0.0) -> None:
    """Modules ``{name}_slow`` (records its importing thread, takes ``delay_s``) and
    ``{name}_broken`` (raises) on sys.path."""
    (tmp_path / f"{name}_slow.py").write_text(
        "import threading, time\n"
        "THREAD = threading.current_thread().name\n"
        f"time.sleep({delay_s})\n")
    (tmp_path / f"{name}_broken.py").write_text("raise RuntimeError('broken on purpose')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for suffix in ("slow", "broken"):
        monkeypatch.delitem(sys.modules, f"{name}_{suffix}", raising=False)


def test_modules_are_imported_on_a_thread_and_the_step_ends_when_they_are(tmp_path, monkeypatch):
    _package(tmp_path, monkeypatch, "bgone", delay_s=0.3)
    step = BackgroundImport(["bgone_slow"])
    assert step() is False and step.running  # started, not finished: the GUI thread is free
    wait_until(step, timeout=10, interval=0.01, message="the background import never finished")
    assert step() and not step.running
    assert sys.modules["bgone_slow"].THREAD == "etown-warmup-imports"


def test_a_failing_module_does_not_stop_the_others(tmp_path, monkeypatch, caplog):
    _package(tmp_path, monkeypatch, "bgtwo")
    step = BackgroundImport(["bgtwo_broken", "no_such_module_xyz", "bgtwo_slow"])
    step()
    step.wait()
    assert step() is True
    assert "bgtwo_slow" in sys.modules and "bgtwo_broken" not in sys.modules
    assert "importing bgtwo_broken failed" in caplog.text  # logged; raised again where it is used


def test_wait_gives_the_modules_now_whether_or_not_the_thread_started(tmp_path, monkeypatch):
    _package(tmp_path, monkeypatch, "bgthree", delay_s=0.2)
    never_started = BackgroundImport(["bgthree_slow"])
    never_started.wait()  # imported here, on the calling thread
    assert sys.modules["bgthree_slow"].THREAD == threading.current_thread().name
    monkeypatch.delitem(sys.modules, "bgthree_slow")
    started = BackgroundImport(["bgthree_slow"])
    started()
    started.wait()  # the caller (e.g. a click on a tab) waits for the thread
    assert "bgthree_slow" in sys.modules and not started.running
