"""The committed database equals a fresh build of the reviewed data files; the build refuses bad data."""

from __future__ import annotations

import shutil

import pytest

from etown_desktop.core.db.build import build, edition_of
from etown_desktop.core.db.check import table_contents
from etown_desktop.core.errors import SourceDataInvalid


@pytest.fixture(scope="module")
def fresh_db(tmp_path_factory, data_dir):
    return build(data_dir, tmp_path_factory.mktemp("build") / "etown.db")


def test_committed_database_equals_a_fresh_build(fresh_db, committed_db):
    fresh, committed = table_contents(fresh_db), table_contents(committed_db)
    assert fresh.keys() == committed.keys()
    for table in fresh:
        assert fresh[table] == committed[table], (
            f"table {table} differs: run `etown-desktop db build` and commit data/etown.db")


def test_installed_database_equals_the_committed_one(committed_db):
    from etown_desktop.core.resources import database_path

    installed = database_path()
    if installed.resolve() == committed_db.resolve():
        pytest.skip("running against the checkout's database, not an installed copy")
    assert table_contents(installed) == table_contents(committed_db)


def test_edition_changes_when_any_data_file_changes(tmp_path, data_dir):
    copy = tmp_path / "data"
    shutil.copytree(data_dir, copy)
    assert edition_of(copy)[0] == edition_of(copy)[0]
    before, _ = edition_of(copy)
    path = copy / "figures.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("Ranked first in the city.",
                                                            "Ranked first in Beijing."),
                    encoding="utf-8")
    after, _ = edition_of(copy)
    assert before != after


def _mutated_copy(tmp_path, data_dir, filename, old, new):
    copy = tmp_path / "data"
    shutil.copytree(data_dir, copy, ignore=shutil.ignore_patterns("*.db"))
    path = copy / filename
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return copy


@pytest.mark.parametrize(
    ("filename", "old", "new", "message"),
    [
        ("figures.csv", ",nearly,2021,", ",roughly,2021,", "must be one of"),
        ("figures.csv", "F002,", "F001,", "the id is used twice"),
        ("figures.csv", ",cny_bn,nearly,2021", ",furlongs,nearly,2021", "no such id in units"),
        ("figures.csv", ",000_de62530991b045af,5,,", ",no_such_source,5,,", "no such id in sources"),
        ("figures.csv", "Gross industrial output value,工业总产值,600", "Gross industrial output value,,600",
         "a value is required"),
        ("figures.csv", ",600,cny_bn", ",six hundred,cny_bn", "must be a number"),
        ("sources.csv", "id,ref,", "id,reference,", "header row"),
    ],
)
def test_build_rejects_bad_data_and_keeps_the_old_database(
        tmp_path, data_dir, committed_db, filename, old, new, message):
    bad = _mutated_copy(tmp_path, data_dir, filename, old, new)
    out = tmp_path / "out.db"
    shutil.copy(committed_db, out)
    before = out.read_bytes()
    with pytest.raises(SourceDataInvalid, match=message):
        build(bad, out)
    assert out.read_bytes() == before, "a failed build must not touch the existing database"
    assert not list(tmp_path.glob(".out.db.*")), "temporary build file left behind"


def test_broken_csv_row_is_reported_with_its_line(tmp_path, data_dir):
    bad = _mutated_copy(tmp_path, data_dir, "units.csv", "percent,%,%,%,1,percent",
                        "percent,%,%,%,1,percent,extra")
    with pytest.raises(SourceDataInvalid, match=r"units.csv, row \d+: the row has 7 cells, expected 6"):
        build(bad, tmp_path / "x.db")


def test_cli_build_reports_a_broken_csv_without_a_traceback(tmp_path, data_dir, committed_db, capsys):
    from etown_desktop.app.cli import main

    bad = _mutated_copy(tmp_path, data_dir, "figures.csv", "F003,hightech_industry_share,overview,",
                        'F003,"hightech_industry_share,overview,')
    out = tmp_path / "etown.db"
    out.write_bytes(committed_db.read_bytes())
    assert main(["db", "build", "--src", str(bad), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Build failed: figures.csv") and "Traceback" not in err
    assert out.read_bytes() == committed_db.read_bytes()
