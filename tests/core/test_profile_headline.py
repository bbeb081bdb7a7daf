"""Issue 12: which items of a profile section are its headline items (core/profiles/headline.py),
on the shipped data and at 100x, and how a long comparison pairs them."""

from __future__ import annotations

import pytest

from etown_desktop.core.profiles import build_profile, profile_ids
from etown_desktop.core.profiles.compare import compare
from etown_desktop.core.profiles.headline import HEADLINE_ITEMS, headline, more_count, section_keys
from etown_desktop.core.profiles.texts import SECTION_KEYS
from etown_desktop.core.repository import Repository


@pytest.fixture(scope="module")
def big(synthetic_db):
    r = Repository(synthetic_db(100))
    yield r
    r.close()


@pytest.mark.parametrize("pid", profile_ids())
def test_at_1x_the_headline_is_the_whole_profile_in_its_order(repo, pid):
    p = build_profile(repo, pid)
    for key in SECTION_KEYS:
        assert headline(p, key) == list(getattr(p, {"cluster": "clusters"}.get(key, key)))
        assert more_count(p, key) == 0


def test_headline_figures_keep_the_sectors_own_figures_at_any_scale(repo, big):
    small, large = build_profile(repo, "ngit"), build_profile(big, "ngit")
    own = [pf.figure.id for pf in small.figures if pf.figure.company_id is None]
    assert own  # the blue-paper cluster targets of the sector
    shown = [pf.figure.id for pf in headline(large, "figures")]
    assert len(shown) == HEADLINE_ITEMS < len(large.figures)
    assert set(own) <= set(shown)  # not pushed behind thousands of company figures
    order = [pf.figure.id for pf in large.figures]
    assert shown == sorted(shown, key=order.index)  # in the profile's order: E-Town first
    assert more_count(large, "figures") == len(large.figures) - HEADLINE_ITEMS
    assert len(section_keys(large, "figures")) == len(large.figures)


def test_a_long_comparison_pairs_the_headlines_and_both_sides_companies_first(big):
    c = compare(build_profile(big, "ngit"), build_profile(big, "biomedicine"))
    sections = {s.key: s.rows for s in c.sections}
    first = sections["figures"][:HEADLINE_ITEMS]
    assert any(pf is not None and pf.figure.company_id is None for row in first for pf in row)
    companies = sections["companies"][:HEADLINE_ITEMS]
    assert all(left is not None and right is not None for left, right in companies)
    # every item of each side is still in the comparison, once
    for side, prof in ((0, c.left), (1, c.right)):
        assert sorted(r[side].figure.id for r in sections["figures"] if r[side] is not None) == \
            sorted(pf.figure.id for pf in prof.figures)
        assert sorted(r[side].id for r in sections["companies"] if r[side] is not None) == \
            sorted(co.id for co in prof.companies)
