"""Sector profiles: only the sector's own records, generated sentences whose every number is a
figure of the profile with its qualifier word, honest "little" notes, and aligned comparisons."""

from __future__ import annotations

import re

import pytest

from etown_desktop.core.formatting import QUALIFIER_WORD, format_number
from etown_desktop.core.profiles import PROFILES, build_profile, build_profiles
from etown_desktop.core.profiles.compare import compare
from etown_desktop.core.profiles.texts import SECTION_KEYS

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _allowed_numbers(pf) -> set[str]:
    f = pf.figure
    values = {f.value, f.value * f.unit.zh_factor, f.value * f.unit.zh_factor / 10000}
    allowed = {format_number(round(v, 6)).replace(",", "") for v in values}
    allowed.add(f"{f.value:.1f}")  # stages are written "3.0"
    for text in (f.period_en or "", f.period_zh or "", f.label_en, f.label_zh):
        allowed |= {m.replace(",", "") for m in NUMBER.findall(text)}
    return allowed


@pytest.mark.parametrize("profile_id", list(PROFILES))
def test_every_number_in_a_sentence_is_a_figure_of_the_profile_with_its_qualifier(repo, profile_id):
    profile = build_profile(repo, profile_id)
    assert profile.all_figures(), "a profile lists at least the figures it has"
    for pf in profile.all_figures():
        assert pf.figure.id in profile.figure_ids
        for lang, sentence in (("en", pf.sentence_en), ("zh", pf.sentence_zh)):
            numbers = {m.replace(",", "") for m in NUMBER.findall(sentence)}
            assert numbers, sentence
            assert numbers <= _allowed_numbers(pf), (sentence, numbers - _allowed_numbers(pf))
            word = QUALIFIER_WORD[lang][pf.figure.qualifier]
            assert word in sentence, (lang, sentence)
            period = pf.figure.period(lang)
            assert (period or ("period not stated" if lang == "en" else "未注明时期")) in sentence


def test_profiles_take_only_their_sectors_records(repo):
    auto = build_profile(repo, "auto")
    assert {c.id for c in auto.companies} == {"beijing_benz", "mercedes_benz", "baic"}
    assert "F026" in auto.figure_ids and "F044" in auto.figure_ids  # Benz takt, robotaxis
    assert "F001" not in auto.figure_ids  # never padded with the zone's general output
    bio = build_profile(repo, "biomedicine")
    assert {c.id for c in bio.companies} == {"bayer", "tide_pharma"}
    assert bio.figure_ids == {"F009", "F010", "F025", "F068"}
    beijing = [pf for pf in bio.figures if pf.beijing_wide]
    assert [pf.figure.id for pf in beijing] == ["F068"]  # the blue-paper target is marked Beijing-wide
    assert bio.figures[-1].beijing_wide  # E-Town figures come first
    assert {z.industry.id for z in bio.zones} == {"medical_equipment_rd", "medicine_device_rd"}


def test_a_sector_with_little_in_the_sources_says_so_instead_of_padding(repo):
    thin = {p.id for p in build_profiles(repo) if p.thin}
    assert thin == {"industrial_internet", "new_materials"}
    materials = build_profile(repo, "new_materials")
    assert materials.figure_ids == {"F071"} and not materials.companies


def test_every_profile_lists_every_reform_and_its_sources(repo):
    reforms = {r.id for r in repo.reforms()}
    for p in build_profiles(repo):
        assert {r.id for r in p.reforms} == reforms
        used = {pf.figure.source.id for pf in p.all_figures()} | {c.source_id for c in p.companies}
        assert used <= {s.id for s in p.sources}


def test_compare_aligns_sections_and_swaps(repo):
    left, right = build_profile(repo, "ngit"), build_profile(repo, "biomedicine")
    comp = compare(left, right)
    assert [s.key for s in comp.sections] == list(SECTION_KEYS)
    figures = next(s for s in comp.sections if s.key == "figures")
    # Beijing-wide 2020 targets sit on the same rows.
    pairs = [(a.figure.id if a else None, b.figure.id if b else None) for a, b in figures.rows]
    assert ("F061", "F068") in pairs
    reforms = next(s for s in comp.sections if s.key == "reforms")
    assert all(a.id == b.id for a, b in reforms.rows)  # the same reform on one row
    swapped = comp.swapped()
    assert swapped.left.id == "biomedicine" and swapped.right.id == "ngit"


def test_compare_with_the_zone_aligns_the_same_metric(repo):
    comp = compare(build_profile(repo, "auto"), build_profile(repo, "zone"))
    targets = next(s for s in comp.sections if s.key == "targets")
    same = [(a, b) for a, b in targets.rows if a and b and a.figure.metric == b.figure.metric]
    assert {a.figure.metric for a, _ in same} == {"autonomous_driving_zone_stage", "plan2025_clusters"}
