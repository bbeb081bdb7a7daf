"""Sector names of leads: resolved once (sector_names) and passed to sector_label in hot paths."""

from __future__ import annotations

from etown_desktop.core.leads.sectors import sector_ids, sector_label, sector_names


def test_sector_names_has_every_sector_in_both_languages():
    names = sector_names()
    assert set(sector_ids()) <= set(names)
    assert names["auto"]["en"] == sector_label("auto", "en")
    assert names["auto"]["zh"] == sector_label("auto", "zh")
    assert names["auto"]["en"] != names["auto"]["zh"]


def test_sector_label_uses_the_names_given():
    names = {"auto": {"en": "Cars", "zh": "汽车"}}
    assert sector_label("auto", "en", names) == "Cars"
    assert sector_label("auto", "zh", names) == "汽车"
    assert sector_label("ngit", "en", names) == "ngit"  # unknown there: its id
    assert sector_label("auto", "en", {}) == "auto"
