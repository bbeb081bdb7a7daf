"""`etown-desktop db check` reports problems clearly and never shows a traceback."""

from __future__ import annotations


import pytest

from etown_desktop.app.cli import main
from etown_desktop.core.db.check import check_database


def test_bundled_database_passes(committed_db):
    report = check_database(committed_db)
    assert report.ok, report.render()
    assert "integrity_check" in report.render()


def test_cli_check_exit_codes(committed_db, tmp_path, capsys):
    assert main(["db", "check", str(committed_db)]) == 0
    assert "Result: OK" in capsys.readouterr().out
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 50)
    assert main(["db", "check", str(junk)]) == 1
    err = capsys.readouterr().err
    assert "not an SQLite database" in err and "Traceback" not in err


def test_missing_file(tmp_path):
    report = check_database(tmp_path / "nope.db")
    assert not report.ok and "does not exist" in report.render()


def test_truncated_database_is_reported(committed_db, tmp_path):
    broken = tmp_path / "truncated.db"
    broken.write_bytes(committed_db.read_bytes()[: 8192])
    report = check_database(broken)
    assert not report.ok


@pytest.mark.parametrize(("damage", "figure_id"), [
    ("UPDATE figures SET label_zh = '' WHERE id = 'F010'", "F010"),       # no Chinese label
    ("UPDATE figures SET source_id = 'gone' WHERE id = 'F003'", "F003"),  # orphan source
])
def test_damaged_figure_fails_the_check_and_is_named(altered_db, damage, figure_id):
    report = check_database(altered_db(damage))
    assert not report.ok
    assert figure_id in report.render()
