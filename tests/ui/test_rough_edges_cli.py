"""Rough edges 1, 6, 9 (CLI side): listings follow --lang, errors say what is really wrong, tables
export whole numbers as integers and displayed words, the CLI says which CSV it wrote."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from etown_desktop.app.cli import main
from etown_desktop.core.charts import build_chart, chart_ids
from etown_desktop.core.tables import TABLES

pytestmark = pytest.mark.usefixtures("qapp")  # a QApplication before any export makes a QGuiApplication

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize("argv", [["--lang", "zh", "list", "charts"], ["list", "charts", "--lang", "zh"]])
def test_list_charts_follows_lang(capsys, repo, argv):
    assert main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [ln.split("\t")[0] for ln in lines] == chart_ids()
    assert [ln.split("\t")[1] for ln in lines] == [build_chart(repo, c).title("zh") for c in chart_ids()]


@pytest.mark.parametrize("what", ["tables", "sectors", "tabs"])
def test_every_listing_is_chinese_with_lang_zh(capsys, what):
    assert main(["--lang", "zh", "list", what]) == 0
    titles = [ln.split("\t")[1] for ln in capsys.readouterr().out.splitlines()]
    assert titles and all(CJK.search(t) for t in titles), titles
    assert main(["list", what]) == 0
    english = [ln.split("\t")[1] for ln in capsys.readouterr().out.splitlines()]
    assert not any(CJK.search(t) for t in english), english


def test_list_tables_in_english_by_default(capsys):
    assert main(["list", "tables"]) == 0
    assert [ln.split("\t")[1] for ln in capsys.readouterr().out.splitlines()] == [
        t.title_en for t in TABLES.values()]


@pytest.mark.parametrize("target, wanted, unwanted", [
    ("/proc/x.png", "does not accept new files", "does not exist"),
    ("{tmp}", "is a folder, not a file name", "no extension"),
    ("", "No output file name was given", "Cannot export to :"),
])
def test_cli_error_says_what_is_really_wrong(capsys, tmp_path, target, wanted, unwanted):
    if target == "/proc/x.png" and not __import__("os").path.isdir("/proc"):
        pytest.skip("no /proc on this system")
    out = target.format(tmp=tmp_path)
    assert main(["export", "chart", "overview.output_trend", "-o", out]) == 1
    err = capsys.readouterr().err
    assert wanted in err and unwanted not in err, err
    assert len(err.strip().splitlines()) == 1


def test_db_check_on_a_folder_says_it_is_a_folder(capsys, tmp_path):
    assert main(["db", "check", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "is a folder, not a database file" in err and "does not exist" not in err


def test_csv_writes_whole_numbers_as_integers_and_displayed_words(tmp_path, capsys):
    out = tmp_path / "figures.csv"
    assert main(["export", "table", "figures", "-o", str(out)]) == 0
    assert "plain CSV" in capsys.readouterr().out  # the CLI says which CSV it wrote
    text = out.read_text(encoding="utf-8")
    assert not text.startswith("\ufeff")
    assert "1043.0" not in text and ",1043," in text
    assert not re.search(r",\d+\.0,", text), "a whole number written with .0"
    companies = tmp_path / "companies.csv"
    assert main(["export", "table", "companies", "-o", str(companies), "--excel"]) == 0
    assert "CSV for Excel" in capsys.readouterr().out
    frame = pd.read_csv(companies, encoding="utf-8-sig")
    assert "company" not in set(frame["Kind"]) and "Company" in set(frame["Kind"])
    assert "public" not in set(frame["Fortune 500 basis"].dropna())
    assert "bayer" in set(frame["ID"])  # the id stays, in its own column


def test_chinese_company_export_translates_every_word(tmp_path):
    out = tmp_path / "companies.csv"
    assert main(["export", "table", "companies", "-o", str(out), "--lang", "zh"]) == 0
    frame = pd.read_csv(out)
    for column in ("类型", "世界500强", "500强依据"):
        values = [v for v in frame[column].dropna() if v]
        assert values and all(CJK.search(str(v)) for v in values), (column, values)
