"""``etown-desktop data …``: status, template, import (report, --check, --yes), history, revert,
reset, export; messages in English and Chinese; failures as one line, no traceback."""

from __future__ import annotations

import pytest
from editions_testdata import edit_template

from etown_desktop.app.cli import main


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("ETOWN_DESKTOP_DATA_HOME", str(tmp_path / "userdata"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_whole_session(home, capsys):
    assert main(["data", "status"]) == 0
    assert "From: bundled with the app" in capsys.readouterr().out
    assert main(["data", "template", "-o", "update.xlsx"]) == 0
    edit_template(home / "update.xlsx", home / "bad.xlsx", error=True)
    edit_template(home / "update.xlsx", home / "good.xlsx")
    assert main(["data", "import", "bad.xlsx"]) == 1
    out = capsys.readouterr().out
    assert "Error: bad.xlsx › figures, row" in out and "1 error(s)" in out and "+ TF02" in out
    assert main(["data", "import", "good.xlsx", "--check"]) == 0
    assert "Checked only (--check); nothing was imported." in capsys.readouterr().out
    assert main(["data", "import", "good.xlsx"]) == 1  # no terminal to confirm, no --yes
    assert "run again with --yes" in capsys.readouterr().out
    assert main(["data", "import", "good.xlsx", "--yes"]) == 0
    out = capsys.readouterr().out
    edition = out.split("Edition ")[-1].split(" ")[0]
    assert "is now active (from good.xlsx)" in out
    assert main(["data", "import", "good.xlsx", "--yes"]) == 0
    assert "This is the active edition already" in capsys.readouterr().out
    assert main(["data", "history"]) == 0
    assert f"* {edition}" in capsys.readouterr().out
    assert main(["data", "export", "-o", "mine.etown"]) == 0
    assert (home / "mine.etown").is_file()
    assert main(["data", "revert", "factory"]) == 0
    assert main(["data", "status"]) == 0
    assert "bundled with the app" in capsys.readouterr().out
    assert main(["data", "revert", edition]) == 0
    assert f"Edition {edition} is active again." in capsys.readouterr().out


def test_chinese_messages_and_one_line_failures(home, capsys):
    (home / "junk.etown").write_bytes(b"not a zip")
    assert main(["--lang", "zh", "data", "import", "junk.etown"]) == 1
    err = capsys.readouterr().err
    assert err.strip().count("\n") == 0 and "不是版本包或工作簿" in err
    assert main(["--lang", "zh", "data", "revert", "nope"]) == 1
    assert "数据命令失败" in capsys.readouterr().err
    assert main(["data", "export", "-o", "wrong.zip"]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_status_says_when_the_bundled_edition_is_newer(home, capsys):
    import json

    from etown_desktop.core.editions.store import EditionStore

    assert main(["data", "template", "-o", "update.xlsx"]) == 0
    edit_template(home / "update.xlsx", home / "good.xlsx")
    assert main(["data", "import", "good.xlsx", "--yes"]) == 0
    store = EditionStore()
    manifest = store.manifest_path(store.active_id())
    data = json.loads(manifest.read_text())
    data["data_date"] = "2020-01-01"
    manifest.write_text(json.dumps(data))
    capsys.readouterr()
    assert main(["data", "status"]) == 0
    out = capsys.readouterr().out
    from etown_desktop.core.repository import Repository
    from etown_desktop.core.resources import database_path

    factory = Repository(database_path())
    try:
        date = factory.metadata.data_date
    finally:
        factory.close()
    assert f"The app's bundled edition ({date}) is newer than the active one" in out
