"""Issue 17 §8: slow exports show a progress line on a terminal (and nothing when piped), Ctrl+C
stops them at the next step leaving no file, and the GUI confirms a finished export with an
"Open folder" button in the status bar."""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

SLOW = {
    "pack": ["export", "pack", "-o", "{out}.zip"],
    "brief zip": ["export", "brief", "--items", "{items}", "--zip", "-o", "{out}.zip"],
    "wide chart": ["export", "chart", "overview.output_trend", "--width", "12000", "-o", "{out}.png"],
}
BRIEF_ITEMS = '["F001", "chart:overview.output_trend", "company:beijing_benz", "profile:biomedicine"]'


def _argv(name: str, tmp_path: Path) -> tuple[list[str], Path]:
    items = tmp_path / "items.json"
    items.write_text(BRIEF_ITEMS, encoding="utf-8")
    argv = [a.format(out=tmp_path / "out", items=items) for a in SLOW[name]]
    return argv, Path(argv[-1])


def _start(argv: list[str], stderr_tty: bool):
    """The command with its stderr on a pseudo-terminal (returns the master side) or a pipe.
    SIGINT is restored to its default in the child, as in a shell's foreground job."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    master = None
    if stderr_tty:
        master, slave = pty.openpty()
        err = slave
    else:
        err = subprocess.PIPE
    proc = subprocess.Popen([sys.executable, "-m", "etown_desktop", *argv], env=env, stdout=subprocess.PIPE,
                            stderr=err, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    if stderr_tty:
        os.close(slave)
    return proc, master


def _read_until(master: int, wanted: bytes, deadline_s: float) -> bytes:
    """What the terminal received, read until ``wanted`` appears or the deadline passes."""
    seen = b""
    deadline = time.monotonic() + deadline_s
    while wanted not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
    return seen


@pytest.mark.parametrize("name", list(SLOW))
def test_a_slow_export_shows_progress_on_a_terminal_only(tmp_path, name):
    argv, out = _argv(name, tmp_path)
    proc, master = _start(argv, stderr_tty=True)
    try:
        seen = _read_until(master, b"\r", 120)
        proc.wait(timeout=180)
        seen += _read_until(master, b"\0", 0.5)  # the rest (the line is erased at the end)
    finally:
        os.close(master)
    assert proc.returncode == 0
    assert f"Writing {out.name}: ".encode() in seen, seen[-400:]
    assert out.stat().st_size > 1000
    # Piped (a script, a log file): no progress line at all.
    out.unlink()
    piped = subprocess.run([sys.executable, "-m", "etown_desktop", *argv], capture_output=True, text=True,
                           timeout=180, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert piped.returncode == 0 and piped.stderr == "", piped.stderr
    assert piped.stdout.startswith(f"Wrote {out}")


@pytest.mark.parametrize("name", ["pack", "wide chart"])
def test_ctrl_c_stops_a_slow_export_promptly_and_leaves_nothing(tmp_path, name):
    argv, out = _argv(name, tmp_path)
    proc, master = _start(argv, stderr_tty=True)
    try:
        seen = _read_until(master, b"Writing", 120)  # the export is under way
        assert b"Writing" in seen, seen
        proc.send_signal(signal.SIGINT)
        sent = time.monotonic()
        proc.wait(timeout=30)
        stopped_after = time.monotonic() - sent
        seen += _read_until(master, b"written.", 2)
    finally:
        os.close(master)
    assert proc.returncode == 130, seen[-300:]
    assert stopped_after < 3.0, f"Ctrl+C took {stopped_after:.1f} s"
    assert b"Interrupted; nothing was written." in seen
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["items.json"], "a temporary file was left"


def test_png_progress_and_the_picture_are_right(qapp, tmp_path):
    """The banded PNG writer: every step reported, the image and its DPI as Qt would write them."""
    from PIL import Image
    from PySide6.QtGui import QImage

    from etown_desktop.core.charts import build_chart
    from etown_desktop.core.repository import Repository
    from etown_desktop.ui.export.chart_export import chart_image, export_chart

    repo = Repository()
    spec = build_chart(repo, "overview.output_trend")
    steps: list[str] = []
    out = export_chart(spec, tmp_path / "c.png", "en", None, dpi=192, progress=steps.append)
    assert steps[0] == "PNG 0 %" and steps[-1] == "PNG 100 %" and len(steps) >= 4
    img = Image.open(out)
    assert img.mode == "RGB" and round(img.info["dpi"][0]) == 192
    expected = chart_image(spec, "en", None, dpi=192, image_format=QImage.Format.Format_RGB888)
    assert img.size == (expected.width(), expected.height())
    assert img.tobytes() == b"".join(
        bytes(expected.constScanLine(y))[:expected.width() * 3] for y in range(expected.height()))


def test_a_raising_progress_stops_the_pack_and_leaves_no_file(qapp, tmp_path):
    from etown_desktop.core.repository import Repository
    from etown_desktop.ui.export.pack import export_pack

    made: list[str] = []

    def progress(step: str) -> None:
        made.append(step)
        if len(made) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export_pack(Repository(), tmp_path / "p.zip", "en", progress=progress)
    assert made[0].startswith("[1] ") and len(made) == 3
    assert list(tmp_path.iterdir()) == []


# -- the GUI: "Saved NAME" + Open folder ----------------------------------------------------------
@pytest.fixture
def window(qtbot, repo, app_settings):
    from etown_desktop.ui.export.export_actions import install_exports
    from etown_desktop.ui.main_window import MainWindow

    win = MainWindow(repo, settings=app_settings, auto_build=False)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    install_exports(win, repo)
    return win


def test_a_finished_export_offers_to_open_its_folder(window, dialogs, tmp_path, monkeypatch, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QDesktopServices

    from etown_desktop.ui.export.saved_notice import SavedNotice

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    dialogs.file_answer = str(tmp_path / "fs.pdf")
    window.export_factsheet_action.trigger()
    assert (tmp_path / "fs.pdf").is_file()
    notice = window.findChild(SavedNotice, "savedNotice")
    assert notice is not None and notice.isVisible()
    assert notice.label.text() == "Saved fs.pdf" and notice.open_button.text() == "Open folder"
    assert notice.open_button.isVisible()
    qtbot.mouseClick(notice.open_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(tmp_path)]
    # A failed export offers nothing new.
    dialogs.file_answer = str(tmp_path / "missing" / "fs.pdf")
    window.export_factsheet_action.trigger()
    assert notice.label.text() == "Saved fs.pdf" and any("does not exist" in t for t in dialogs.texts("warning"))


def test_the_notice_speaks_chinese(window, dialogs, tmp_path, qapp, qtbot):
    from etown_desktop.ui import i18n
    from etown_desktop.ui.export.saved_notice import show_saved

    try:
        i18n.install_translator("zh", qapp)
        notice = show_saved(window, tmp_path / "pack.zip")
        assert notice.label.text() == "已保存 pack.zip" and notice.open_button.text() == "打开文件夹"
    finally:
        i18n.install_translator("en", qapp)
    # retranslated live (LanguageChange is delivered through the event loop)
    qtbot.waitUntil(lambda: notice.open_button.text() == "Open folder", timeout=5000)
    assert notice.label.text() == "Saved pack.zip"
