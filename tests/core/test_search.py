"""One search over everything: aliases in both languages, numbers in their written forms, any
string safe, results grouped by kind; the alias table is validated at build."""

from __future__ import annotations

import csv
import shutil

import pytest

from etown_desktop.core.db.build import build
from etown_desktop.core.errors import SourceDataInvalid
from etown_desktop.core.search.query import SearchIndex


@pytest.fixture(scope="module")
def index(repo):
    return SearchIndex.from_repository(repo)


def refs(index, query, kind):
    return [e.ref_id for g in index.search(query) if g.kind == kind for e in g.entries]


@pytest.mark.parametrize("alias", ["亦庄", "Yizhuang", "BDA", "E-Town", "yizhuang", "bda",
                                   "Beijing Economic-Technological Development Area", "北京经开区",
                                   "经开区"])
def test_zone_aliases_find_the_zone_profile_first(index, alias):
    groups = index.search(alias)
    assert groups[0].kind == "profile" and groups[0].entries[0].ref_id == "zone"


@pytest.mark.parametrize("alias", ["Benz", "奔驰", "ｂｅｎｚ"])
def test_benz_finds_the_joint_venture_in_both_languages(index, alias):
    assert refs(index, alias, "company")[0] == "beijing_benz"


@pytest.mark.parametrize("alias", ["biomedicine", "生物医药", "pharma"])
def test_biomedicine_aliases_find_the_profile_and_cluster(index, alias):
    assert "biomedicine" in refs(index, alias, "profile")
    assert "biomed" in refs(index, alias, "cluster")


def _alias_groups() -> dict[tuple[str, str], list[str]]:
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "data" / "aliases.csv"
    groups: dict[tuple[str, str], list[str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            groups.setdefault((row["kind"], row["ref_id"]), []).append(row["alias"])
    return groups


def _found(index, query):
    return [(g.kind, g.total, [e.ref_id for e in g.entries]) for g in index.search(query)]


@pytest.mark.parametrize("group", sorted(_alias_groups()), ids="/".join)
def test_every_alias_finds_what_the_canonical_name_finds(index, repo, group):
    """Each alias of an entity in data/aliases.csv, and its English and Chinese names, find the same
    entries in the same order (Yizhuang, BDA, 北京经开区, 亦庄, E-Town all find the zone's results)."""
    kind, ref = group
    (en, zh), = repo.read("SELECT title_en, title_zh FROM search_entry WHERE kind = ? AND ref_id = ?",
                          (kind, ref))
    want = _found(index, en)
    assert (kind, ref) in {(k, r) for k, _t, refs in want for r in refs}
    for name in [zh, *_alias_groups()[group]]:
        assert _found(index, name) == want, name


def test_zone_aliases_give_the_same_lines_in_both_languages(capsys):
    import argparse

    from etown_desktop.app import search_cli

    for lang in ("en", "zh"):
        printed = set()
        for alias in ("Yizhuang", "BDA", "北京经开区", "亦庄", "E-Town", "Beijing E-Town overall"):
            search_cli.run(argparse.Namespace(query=[alias], search_lang=lang, json=False))
            printed.add(capsys.readouterr().out)
        assert len(printed) == 1, lang


@pytest.mark.parametrize("query,figures", [
    ("600", {"F001", "F040"}), ("96.7", {"F005", "F047"}), ("1,043", {"F033"}), ("1043", {"F033"}),
    ("140", {"F011", "F050"}), ("6000亿元", {"F001", "F040"}),
])
def test_numbers_match_their_written_forms(index, query, figures):
    assert set(refs(index, query, "figure")) == figures


def test_a_number_matches_whole_numbers_only(index):
    assert "F001" not in refs(index, "60", "figure")  # ¥600 bn is not "60"
    assert "F035" in refs(index, "100", "figure")  # 1,000,000 m² is written 100万平方米 in Chinese
    assert "F035" in refs(index, "1,000,000", "figure")


def test_words_and_numbers_combine(index):
    assert refs(index, "Benz 45", "figure") == ["F026"]
    assert refs(index, "Benz 46", "figure") == []


@pytest.mark.parametrize("query", ["", "   ", "'; DROP TABLE figures; --", "*", "NEAR(", "a" * 5000,
                                   "\x00", "...", "\"\"\"", "%%%"])
def test_a_hostile_string_finds_nothing_and_changes_nothing(index, repo, query):
    """SQL, full-text operators, wildcards, a NUL, 5000 characters: no error, no match (nothing in
    the data is written so), and the database and the index are as before."""
    before = refs(index, "Benz", "company"), repo.figure_count()
    assert index.search(query) == []
    assert (refs(index, "Benz", "company"), repo.figure_count()) == before and before[0]


def test_wildcard_characters_are_taken_literally(index):
    """'%' and '_' are no SQL wildcards: '%' finds the percentages (not every figure), '_' the
    source ids that hold one."""
    percent = [e for g in index.search("%") for e in g.entries]
    assert percent and all("%" in e.detail_en and "%" in e.detail_zh for e in percent)
    assert "F001" not in {e.ref_id for e in percent}  # ¥600 bn: no percent sign
    underscore = [(g.kind, e.ref_id) for g in index.search("_") for e in g.entries]
    assert underscore and all(kind == "source" and "_" in ref for kind, ref in underscore)


def test_groups_with_the_best_match_come_first_then_a_fixed_order(index):
    kinds = [g.kind for g in index.search("E-Town")]
    assert kinds[0] == "profile"  # the alias E-Town names the zone profile
    assert index.search("Bayer")[0].kind == "company"  # the company, before its figures
    assert [g.kind for g in index.search("奔驰")][0] == "company"  # an alias beats a label
    assert len({g.kind for g in index.search("E-Town")}) == len(kinds)  # one group per kind


@pytest.mark.parametrize(("row", "message"), [
    (["company", "no_such_company", "Ghost"], "no_such_company"),  # an alias for a missing record
    (["planet", "zone", "Mars"], "unknown kind"),
    # The search relies on no stored text holding a NUL (a query with one then matches nothing).
    (["profile", "zone", "E\0Town"], "NUL"),
])
def test_build_refuses_a_bad_alias(tmp_path, data_dir, row, message):
    copy = tmp_path / "data"
    shutil.copytree(data_dir, copy)
    with (copy / "aliases.csv").open("a", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerow(row)
    with pytest.raises(SourceDataInvalid, match=message):
        build(copy, tmp_path / "out.db")
