"""One name per thing, from the data (issue 17 §5): a sector is called what data/clusters.csv calls
its lead cluster — in the clusters, `list sectors`, `list profiles`, the search, the Profiles tab,
the Clusters tab, the sector-pack menu and the sector stories — in English and in Chinese; sectors
and profiles are one id set (every sector profile can be exported as a sector pack)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from etown_desktop.app.cli import main
from etown_desktop.core.profiles.definitions import PROFILES
from etown_desktop.core.search.query import SearchIndex
from etown_desktop.core.stories.store import load_stories
from etown_desktop.ui import i18n

DATA = Path(__file__).resolve().parents[2] / "data"
SECTOR_IDS = [p.id for p in PROFILES.values() if not p.whole_zone]


def _data_names() -> dict[str, tuple[str, str]]:
    """Each sector's name in the data: its lead cluster's row of clusters.csv."""
    with (DATA / "clusters.csv").open(encoding="utf-8", newline="") as fh:
        rows = {r["id"]: (r["name_en"], r["name_zh"]) for r in csv.DictReader(fh)}
    return {sid: rows[PROFILES[sid].cluster_ids[0]] for sid in SECTOR_IDS}


def _listed(capsys, *args: str) -> dict[str, str]:
    assert main(list(args)) == 0
    return {ln.split("\t")[0]: ln.split("\t")[1] for ln in capsys.readouterr().out.splitlines()}


def test_clusters_with_one_chinese_name_have_one_english_name():
    with (DATA / "clusters.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for key, other in (("name_zh", "name_en"), ("name_en", "name_zh")):
        names: dict[str, set[str]] = {}
        for r in rows:
            names.setdefault(r[key], set()).add(r[other])
        assert {k: v for k, v in names.items() if len(v) > 1} == {}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_sector_has_its_clusters_name_in_every_list(capsys, repo, lang):
    want = {sid: names[lang == "zh"] for sid, names in _data_names().items()}
    lang_args = ["--lang", "zh"] if lang == "zh" else []
    assert _listed(capsys, *lang_args, "list", "sectors") == want
    profiles = _listed(capsys, *lang_args, "list", "profiles")
    assert {sid: profiles[sid] for sid in SECTOR_IDS} == want
    assert set(profiles) - set(want) == {"zone"}  # one id set: sectors are the sector profiles
    index = SearchIndex.from_repository(repo)
    for sid, name in want.items():
        (group,) = [g for g in index.search(name) if g.kind == "profile"]
        assert [e.title(lang) for e in group.entries if e.ref_id == sid] == [name]
    for story in load_stories(repo.path):
        if story.sector_id:
            assert want[story.sector_id] in story.title(lang), story.id


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_tabs_and_the_pack_menu_use_the_same_names(qtbot, repo, hub, lang):
    from etown_desktop.ui.profiles.profiles_tab import ProfilesTab
    from etown_desktop.ui.tabs.clusters_tab import ClustersTab

    want = {sid: names[lang == "zh"] for sid, names in _data_names().items()}
    i18n.install_translator(lang)
    try:
        profiles = ProfilesTab(repo, hub)
        qtbot.addWidget(profiles)
        combo = profiles.profile_combo
        got = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
        assert {sid: got[sid] for sid in SECTOR_IDS} == want
        clusters = ClustersTab(repo, hub)
        qtbot.addWidget(clusters)
        labels = {w.text() for w in clusters.findChildren(QLabel)}
        for sid in ("ngit", "auto", "biomedicine", "industrial_internet"):  # the zone's four
            assert want[sid] in labels
    finally:
        i18n.install_translator("en")


def test_every_sector_profile_exports_as_a_sector_pack(tmp_path, capsys):
    out = tmp_path / "new_materials.zip"
    assert main(["export", "pack", "--sector", "new_materials", "-o", str(out)]) == 0
    assert out.stat().st_size > 0
