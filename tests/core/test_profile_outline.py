"""Issue 12: the Profiles tab reads only what it shows (core/profiles/outline.py). Its headline
items, totals ("… and N more (T in all)"), summary and thin flag are exactly what the full profile
and the headline rule give (build_profile + headline), on the shipped database and on a generated
10× database, read at once or in slices, and with a small limit that cuts every long section."""

from __future__ import annotations

import pytest

from etown_desktop.core.profiles import build_profile, profile_ids
from etown_desktop.core.profiles.headline import (
    HEADLINE_ITEMS,
    SUMMARY_SENTENCES,
    headline,
    section_items,
    section_keys,
)
from etown_desktop.core.profiles.outline import ProfileOutline, build_outline
from etown_desktop.core.profiles.texts import SECTION_KEYS
from etown_desktop.core.repository import Repository


@pytest.fixture(scope="module", params=["shipped", "10x"])
def db(request, committed_db, synthetic_db) -> Repository:
    r = Repository(committed_db if request.param == "shipped" else synthetic_db(10))
    yield r
    r.close()


def _same(outline: ProfileOutline, repo: Repository, pid: str, limit: int, summary: int) -> None:
    profile = build_profile(repo, pid)
    for key in SECTION_KEYS:
        assert outline.headline(key) == headline(profile, key, limit), (pid, key)
        assert outline.total(key) == len(section_items(profile, key)), (pid, key)
    assert outline.summary == headline(profile, "figures", summary)
    assert outline.thin == profile.thin
    assert outline.name("zh") == profile.name("zh")


@pytest.mark.parametrize("pid", profile_ids())
@pytest.mark.parametrize("limit, summary", [(HEADLINE_ITEMS, SUMMARY_SENTENCES), (3, 2), (1, 1)])
def test_outline_is_the_full_profiles_headline(db, pid, limit, summary):
    _same(build_outline(db, pid, limit, summary), db, pid, limit, summary)


@pytest.mark.parametrize("pid", profile_ids())
def test_outline_read_in_slices_is_the_same(db, pid):
    outline = ProfileOutline(db, pid, limit=3, summary=2)
    slices = 0
    for key in reversed(SECTION_KEYS):  # sources first: it reads the figures it needs itself
        while not outline.advance(key, budget_s=0.0):
            slices += 1
    _same(outline, db, pid, 3, 2)
    assert slices >= len(SECTION_KEYS) - 1  # sections are read a part at a time


def test_the_10x_profiles_are_cut_and_keep_the_sectors_own_figures(synthetic_db):
    repo = Repository(synthetic_db(10))
    try:
        outline = build_outline(repo, "ngit")
        full = build_profile(repo, "ngit")
        assert outline.total("figures") == len(full.figures) > HEADLINE_ITEMS
        assert outline.total("companies") == len(full.companies) > HEADLINE_ITEMS
        own = [pf.figure.id for pf in full.figures if pf.figure.company_id is None]
        assert own and set(own) <= {pf.figure.id for pf in outline.headline("figures")}
    finally:
        repo.close()


@pytest.mark.parametrize("pid", profile_ids())
def test_show_all_lists_every_item_of_the_full_profile(db, pid):
    outline, profile = ProfileOutline(db, pid), build_profile(db, pid)
    for key in ("figures", "targets", "companies"):
        keys = outline.all_keys(key)
        assert len(keys) == len(set(keys)) == outline.total(key)
        assert set(keys) == set(section_keys(profile, key)), (pid, key)
    for key in ("cluster", "zones", "reforms", "sources"):
        assert outline.all_items(key) == list(section_items(profile, key)), (pid, key)
