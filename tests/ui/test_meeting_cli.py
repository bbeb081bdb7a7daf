"""``etown-desktop search``, ``list profiles`` and ``export brief``: output, JSON, clear refusals."""

from __future__ import annotations

import json
import subprocess
import zipfile

import pytest
from required_tools import require_tool

from etown_desktop.app.cli import main
from etown_desktop.core.profiles import PROFILES


def test_list_profiles_marks_the_thin_ones(capsys):
    assert main(["list", "profiles"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [ln.split("\t")[0] for ln in lines] == list(PROFILES)
    assert [ln.split("\t")[0] for ln in lines if "hold little" in ln] == ["industrial_internet", "new_materials"]
    assert main(["--lang", "zh", "list", "profiles"]) == 0
    assert "biomedicine\t生物医药\n" in capsys.readouterr().out  # the cluster's name, from the data


def test_search_prints_grouped_results(capsys):
    assert main(["search", "Benz"]) == 0
    out = capsys.readouterr().out
    assert "Companies and projects (3)" in out and "beijing_benz\tBeijing Benz" in out
    assert main(["search", "奔驰", "--lang", "zh"]) == 0
    assert "北京奔驰" in capsys.readouterr().out


def test_search_json_and_numbers(capsys):
    assert main(["search", "1,043", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0] == {"kind": "figure", "id": "F033", "title": "Foreign-invested firms attracted",
                       "detail": "1,043 firms · S2", "tab": "foreign-investment", "figure_id": "F033"}
    assert main(["search", "no", "such", "thing", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["search", "qqqzzz"]) == 0
    assert "No matches" in capsys.readouterr().out


def test_export_brief_from_a_list_of_ids(qapp, tmp_path, capsys):
    items = tmp_path / "items.json"
    items.write_text(json.dumps(["F001", "chart:overview.output_trend", "company:boe", "profile:auto"]),
                     encoding="utf-8")
    out = tmp_path / "brief.pdf"
    assert main(["export", "brief", "--items", str(items), "-o", str(out), "--lang", "both"]) == 0
    assert out.read_bytes().startswith(b"%PDF") and "Wrote" in capsys.readouterr().out
    text = subprocess.run([require_tool("pdftotext"), str(out), "-"], capture_output=True, text=True).stdout
    assert "BOE Technology Group" in text and "京东方科技集团" in text
    zipped = tmp_path / "brief.zip"
    assert main(["export", "brief", "--items", str(items), "-o", str(zipped), "--zip"]) == 0
    with zipfile.ZipFile(zipped) as zf:
        names = set(zf.namelist())
    assert {"brief.pdf", "charts/overview.output_trend_en.svg", "tables/brief_figures_en.xlsx"} <= names


@pytest.mark.parametrize("content,message", [
    ('["F999"]', "unknown item(s) F999"), ("{oops", "not valid JSON"), ('["planet:mars"]', "Unknown item"),
])
def test_export_brief_refuses_bad_items_and_writes_nothing(qapp, tmp_path, capsys, content, message):
    items = tmp_path / "items.json"
    items.write_text(content, encoding="utf-8")
    out = tmp_path / "brief.pdf"
    assert main(["export", "brief", "--items", str(items), "-o", str(out)]) == 1
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_export_brief_missing_items_file(qapp, tmp_path, capsys):
    assert main(["export", "brief", "--items", str(tmp_path / "none.json"), "-o", str(tmp_path / "b.pdf")]) == 1
    assert "does not exist" in capsys.readouterr().err
