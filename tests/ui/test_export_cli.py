"""``etown-desktop export …`` / ``list …``: files written, clear messages, exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pandas as pd
import pytest
from required_tools import require_module



from etown_desktop.app.cli import main  # noqa: E402
from etown_desktop.core.charts import chart_ids  # noqa: E402
from etown_desktop.core.repository import Repository  # noqa: E402
from etown_desktop.core.tables import table_ids  # noqa: E402


def test_list_charts_and_tables(capsys):
    assert main(["list", "charts"]) == 0
    out = capsys.readouterr().out
    assert [ln.split("\t")[0] for ln in out.splitlines()] == chart_ids()
    assert main(["list", "tables"]) == 0
    assert [ln.split("\t")[0] for ln in capsys.readouterr().out.splitlines()] == table_ids()


def test_export_table_csv_excel(tmp_path, capsys):
    out = tmp_path / "f.csv"
    assert main(["export", "table", "figures", "-o", str(out), "--excel", "--lang", "zh"]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    repo = Repository()
    assert list(pd.read_csv(out, encoding="utf-8-sig")["编号"]) == [f.id for f in repo.figures()]
    assert f"已写入 {out}" in capsys.readouterr().out  # --lang zh: the messages are Chinese too


def test_export_chart_png_width(qapp, tmp_path):
    Image = require_module("PIL.Image")
    out = tmp_path / "c.png"
    assert main(["export", "chart", "overview.output_trend", "-o", str(out), "--width", "1500"]) == 0
    assert Image.open(out).size[0] == 1500


def test_export_factsheet_and_pack(qapp, tmp_path):
    fs = tmp_path / "fs.pdf"
    assert main(["export", "factsheet", "-o", str(fs), "--lang", "zh"]) == 0
    assert fs.read_bytes().startswith(b"%PDF")
    pack = tmp_path / "p.zip"
    assert main(["export", "pack", "-o", str(pack), "--sector", "biomedicine"]) == 0
    with zipfile.ZipFile(pack) as zf:
        assert "manifest.json" in zf.namelist()


@pytest.mark.parametrize("argv, message", [
    (["export", "chart", "nope", "-o", "{tmp}/x.png"], "No chart 'nope'"),
    (["export", "chart", "overview.output_trend", "-o", "{tmp}/x.gif"], "not a supported file type"),
    (["export", "table", "figures", "-o", "{tmp}/missing/x.csv"], "does not exist"),
    (["export", "table", "nope", "-o", "{tmp}/x.csv"], "No table 'nope'"),
    (["export", "pack", "-o", "{tmp}/x.zip", "--sector", "mining"], "No sector 'mining'"),
    (["export", "chart", "overview.output_trend", "-o", "{tmp}/x.png", "--width", "10"], "out of range"),
])
def test_failures_are_clear(qapp, tmp_path, capsys, argv, message):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_subprocess_exit_code_and_no_traceback(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    bad = subprocess.run([sys.executable, "-m", "etown_desktop", "export", "chart", "overview.output_trend",
                          "-o", str(tmp_path / "ro" / "c.svg")], capture_output=True, text=True, env=env,
                         timeout=120)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr and "does not exist" in bad.stderr
    good = subprocess.run([sys.executable, "-m", "etown_desktop", "export", "chart", "clusters.zone_matrix",
                           "-o", str(tmp_path / "c.pdf")], capture_output=True, text=True, env=env,
                          timeout=120)
    assert good.returncode == 0, good.stderr
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")
