"""The event commands: list stories, kiosk without a PIN, --set-pin from stdin, stats to CSV/XLSX/PDF,
offscreen screenshots of a slide, the presenter view and the PIN pad."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from required_tools import require_tool



def _run(args: list[str], tmp_path: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "etown_desktop", *args], env=env, input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_list_stories(tmp_path):
    out = _run(["list", "stories"], tmp_path)
    assert out.returncode == 0, out.stderr
    ids = [line.split("\t")[0] for line in out.stdout.splitlines()]
    assert ids[0] == "zone" and {"ngit", "auto", "biomedicine"} <= set(ids)


def test_kiosk_refuses_without_a_pin_then_set_pin(tmp_path):
    out = _run(["kiosk"], tmp_path)
    assert out.returncode == 3
    assert "--set-pin" in out.stderr and "Traceback" not in out.stderr
    out = _run(["kiosk", "--set-pin"], tmp_path, stdin="12\n")
    assert out.returncode != 0 and "4 to 12 digits" in out.stderr
    out = _run(["kiosk", "--set-pin"], tmp_path, stdin="480213\n")
    assert out.returncode == 0, out.stderr
    files = list((tmp_path / "config").rglob("kiosk-pin"))
    assert len(files) == 1 and "480213" not in files[0].read_text()


def test_stats_to_csv_xlsx_pdf(tmp_path):
    out = _run(["stats", "-o", str(tmp_path / "r.csv")], tmp_path)
    assert out.returncode != 0 and "has not run" in out.stderr
    log_dir = Path(os.environ["ETOWN_DESKTOP_DATA_HOME"])  # the data folder (tests/conftest.py)
    tool = Path(__file__).resolve().parents[2] / "tools" / "sample_visit_log.py"
    subprocess.run([sys.executable, str(tool), str(log_dir / "visits.sqlite")], check=True,
                   capture_output=True, timeout=60)
    for ext in ("csv", "xlsx", "pdf"):
        out = _run(["stats", "-o", str(tmp_path / f"r.{ext}")], tmp_path)
        assert out.returncode == 0, out.stderr
        assert (tmp_path / f"r.{ext}").stat().st_size > 200
    text = subprocess.run([require_tool("pdftotext"), str(tmp_path / "r.pdf"), "-"], capture_output=True,
                          text=True).stdout
    assert "Booth report" in text and "Visits per hour" in text and "F0" in text
    out = _run(["stats", "--since", "2100-01-01", "-o", str(tmp_path / "none.csv")], tmp_path)
    assert out.returncode == 0 and "(0 visits)" in out.stdout
    out = _run(["stats", "-o", str(tmp_path / "r.txt")], tmp_path)
    assert out.returncode != 0 and not (tmp_path / "r.txt").exists()


@pytest.mark.parametrize("args, size", [
    (["present", "--slide", "3", "--size", "1366x768"], (1366, 768)),
    (["present", "--slide", "2", "--presenter-view"], (1366, 768)),
    (["kiosk", "--pin-pad", "--lang", "zh", "--size", "1920x1080"], (1920, 1080)),
])
def test_screenshots(tmp_path, args, size):
    from PySide6.QtGui import QImage

    out = _run([*args, "--screenshot", str(tmp_path / "s.png")], tmp_path)
    assert out.returncode == 0, out.stderr
    img = QImage(str(tmp_path / "s.png"))
    assert (img.width(), img.height()) == size
