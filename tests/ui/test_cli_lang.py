"""Issue 17 §5: one --lang convention for every command (after its name, or globally before it),
Chinese listings with Chinese counts, `stats --lang`, and help that says what --lang changes."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys

import pytest

from etown_desktop.app.cli import build_parser, main

CJK = re.compile(r"[\u4e00-\u9fff]")
pytestmark = pytest.mark.usefixtures("qapp")

# The smallest valid command line of every command (a new command must be added here).
EVERY_COMMAND = {
    "db build": ["db", "build"],
    "db check": ["db", "check"],
    "screenshot": ["screenshot", "--list"],
    "export chart": ["export", "chart", "overview.output_trend", "-o", "c.png"],
    "export table": ["export", "table", "figures", "-o", "t.csv"],
    "export factsheet": ["export", "factsheet", "-o", "f.pdf"],
    "export pack": ["export", "pack", "-o", "p.zip"],
    "export brief": ["export", "brief", "--items", "b.json", "-o", "b.pdf"],
    "export tab": ["export", "tab", "overview", "-o", "t.pdf"],
    "list": ["list", "stories"],
    "present": ["present"],
    "kiosk": ["kiosk"],
    "stats": ["stats", "-o", "r.csv"],
    "search": ["search", "Benz"],
    "data status": ["data", "status"],
    "data history": ["data", "history"],
    "data revert": ["data", "revert", "factory"],
    "data reset": ["data", "reset"],
    "data export": ["data", "export", "-o", "e.etown"],
    "data template": ["data", "template", "-o", "u.xlsx"],
    "data import": ["data", "import", "u.xlsx"],
    "data keys new": ["data", "keys", "new", "--publisher", "Bureau", "-o", "p.key"],
    "data keys rotate": ["data", "keys", "rotate", "--from", "p.key", "-o", "q.key"],
    "data trust add": ["data", "trust", "add", "p.pub"],
    "data trust list": ["data", "trust", "list"],
    "data trust remove": ["data", "trust", "remove", "3F2A"],
    "data policy": ["data", "policy"],
    "data staleness": ["data", "staleness"],
    "export story": ["export", "story", "zone", "-o", "d.pptx"],
    "leads init": ["leads", "init"],
    "leads passphrase": ["leads", "passphrase"],
    "leads event new": ["leads", "event", "new", "Expo"],
    "leads event list": ["leads", "event", "list"],
    "leads event use": ["leads", "event", "use", "1"],
    "leads add": ["leads", "add", "--company", "ACME"],
    "leads list": ["leads", "list"],
    "leads show": ["leads", "show", "1"],
    "leads edit": ["leads", "edit", "1"],
    "leads withdraw": ["leads", "withdraw", "1"],
    "leads delete": ["leads", "delete", "1"],
    "leads purge": ["leads", "purge", "--expired"],
    "leads export": ["leads", "export", "-o", "l.csv"],
    "leads brief": ["leads", "brief", "1", "-o", "b.pdf"],
    "leads briefs": ["leads", "briefs", "-o", "out"],
    "leads card": ["leads", "card"],
}


def _leaves(parser: argparse.ArgumentParser, prefix: str = "") -> dict[str, argparse.ArgumentParser]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return {prefix.strip(): parser}
    out: dict[str, argparse.ArgumentParser] = {}
    for name, child in subs[0].choices.items():
        out.update(_leaves(child, f"{prefix} {name}"))
    return out


def test_the_table_covers_every_command():
    leaves = set(_leaves(build_parser())) - {""}
    assert leaves == set(EVERY_COMMAND)


@pytest.mark.parametrize("name", list(EVERY_COMMAND))
def test_lang_is_taken_after_the_command_and_before_it(name):
    argv = EVERY_COMMAND[name]
    parser = build_parser()
    assert parser.parse_args([*argv, "--lang", "zh"]).lang == "zh"
    assert parser.parse_args(["--lang", "zh", *argv]).lang == "zh"
    assert parser.parse_args(["--lang", "zh", *argv, "--lang", "en"]).lang == "en"  # the nearer one wins
    assert parser.parse_args(argv).lang is None


def test_brief_also_takes_both():
    assert build_parser().parse_args([*EVERY_COMMAND["export brief"], "--lang", "both"]).lang == "both"


def test_list_stories_in_chinese_has_chinese_titles_and_counts(capsys, repo):
    from etown_desktop.core.stories.store import load_stories

    stories = load_stories(repo.path)
    for argv in (["list", "stories", "--lang", "zh"], ["--lang", "zh", "list", "stories"]):
        assert main(argv) == 0
        lines = [ln.split("\t") for ln in capsys.readouterr().out.splitlines()]
        assert [ln[0] for ln in lines] == [s.id for s in stories]
        assert [ln[2] for ln in lines] == [s.title_zh for s in stories]
        assert [ln[1] for ln in lines] == [f"{len(s.slides)} 张幻灯片" for s in stories]
        assert not any("slides" in ln[1] for ln in lines)
    assert main(["list", "stories"]) == 0
    lines = [ln.split("\t") for ln in capsys.readouterr().out.splitlines()]
    assert [ln[2] for ln in lines] == [s.title_en for s in stories] and lines[0][1] == "11 slides"


def test_help_says_what_lang_changes():
    for argv in (["list", "--help"], ["screenshot", "--help"], ["stats", "--help"]):
        text = subprocess.run([sys.executable, "-m", "etown_desktop", *argv], capture_output=True, text=True,
                              timeout=60).stdout
        assert "--lang" in text and "exported content" not in text, text
    listing = subprocess.run([sys.executable, "-m", "etown_desktop", "list", "--help"], capture_output=True,
                             text=True, timeout=60).stdout
    assert "language of the titles, names and counts listed" in " ".join(listing.split())


@pytest.fixture
def back_to_english(qapp):
    """Commands that install a translator in this process: English again afterwards."""
    yield
    from etown_desktop.ui import i18n

    i18n.install_translator("en", qapp)


def test_screenshot_takes_lang_after_the_command(tmp_path):
    out = tmp_path / "o.png"  # in a process of its own: the screenshot sets the app's theme and fonts
    result = subprocess.run([sys.executable, "-m", "etown_desktop", "screenshot", "--tab", "overview", "-o",
                             str(out), "--size", "1366x768", "--lang", "zh"], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert f"已写入 {out}（1366x768）" in result.stdout


@pytest.fixture
def visit_log(tmp_path, monkeypatch):
    """A sample booth day as this computer's visit log (in a data folder of the test's own)."""
    from pathlib import Path

    from etown_desktop.core.visits.visit_log import default_log_path

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = default_log_path()
    assert str(path).startswith(str(tmp_path))
    path.parent.mkdir(parents=True, exist_ok=True)
    tool = Path(__file__).resolve().parents[2] / "tools" / "sample_visit_log.py"
    subprocess.run([sys.executable, str(tool), str(path)], check=True, capture_output=True, timeout=60)
    return path


def test_stats_takes_lang_and_names_slides_by_their_titles(visit_log, tmp_path, capsys, repo, back_to_english):
    from etown_desktop.core.visits.slide_titles import slide_titles

    titles_en, titles_zh = slide_titles(repo, "en"), slide_titles(repo, "zh")
    assert main(["stats", "-o", str(tmp_path / "r.csv")]) == 0
    assert "visits)" in capsys.readouterr().out
    csv = (tmp_path / "r.csv").read_text(encoding="utf-8")
    import csv as csv_module

    slides = [row[1] for row in csv_module.reader(csv.splitlines()) if row[0] == "top_slides"]
    assert slides and all(re.fullmatch(r".+ \(zone, slide \d+\)", s) for s in slides), slides
    assert not any(re.fullmatch(r"zone #\d+", s) for s in slides)
    assert titles_en[("zone", 1)] in csv or titles_en[("zone", 2)] in csv
    assert main(["stats", "-o", str(tmp_path / "r.pdf"), "--lang", "zh"]) == 0
    assert "次访问" in capsys.readouterr().out
    text = subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "zone #" not in text
    assert any(t[:6] in text for t in titles_zh.values()), text[:500]
    assert CJK.search(text) and "Booth report" not in text  # the report itself is Chinese
    from etown_desktop.ui import i18n

    i18n.install_translator("en")
    assert main(["--lang", "en", "stats", "-o", str(tmp_path / "e.pdf")]) == 0
    text = subprocess.run(["pdftotext", str(tmp_path / "e.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Booth report" in text and "zone #" not in text
