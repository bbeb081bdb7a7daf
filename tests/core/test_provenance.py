"""Every figure's number is really written in the cited paragraph of the cited source article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest


from source_articles import sources_dir, sources_skip_reason  # noqa: E402

SOURCES_DIR = sources_dir()

WORDS = {
    1: ["one", "first", "a week"],  # "ranks first", "one-stop counter", "in a week"
    2: ["two"], 3: ["three"], 4: ["four"], 5: ["five"], 6: ["six"], 10: ["ten"],
    100: ["hundred"], 1_000_000: ["million"],
}
QUALIFIER_WORDS = {
    "about": ["about", "some", "around"],
    "nearly": ["nearly", "close to"],
    "more_than": ["more than", "over", "exceed"],
    "at_least": ["minimum", "at least"],
    "at_most": ["no more than", "not go beyond"],
    "less_than": ["less than", "under"],
}


def paragraphs(seed_file: str) -> list[str]:
    text = (SOURCES_DIR / seed_file).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip()]


def written_forms(value: float) -> list[str]:
    forms = []
    if float(value).is_integer():
        n = int(value)
        forms += [str(n), f"{n:,}"]
        forms += WORDS.get(n, [])
        if value != n or isinstance(value, float):
            forms.append(f"{value:.1f}")
    else:
        forms += [f"{value:g}", f"{value:,}"]
    return forms


def number_in(text: str, value: float) -> bool:
    lowered = text.lower()
    for form in written_forms(value):
        if form.isalpha() or " " in form:
            if re.search(rf"(?<![a-z]){re.escape(form)}(?![a-z])", lowered):
                return True
        elif re.search(rf"(?<![\d.,]){re.escape(form)}(?![\d]|[.,]\d)", text):
            return True
    return False


pytestmark = pytest.mark.skipif(not SOURCES_DIR.is_dir(), reason=sources_skip_reason(SOURCES_DIR))


def test_every_figure_number_is_in_its_cited_paragraph(repo):
    failures = []
    for f in repo.figures():
        paras = paragraphs(f.source.seed_file)
        if not 1 <= f.paragraph <= len(paras):
            failures.append(f"{f.id}: paragraph {f.paragraph} out of range")
            continue
        para = paras[f.paragraph - 1]
        if not number_in(para, f.value):
            failures.append(f"{f.id}: {f.value} not in {f.source.seed_file} ¶{f.paragraph}")
        if f.usd_value is not None and not number_in(para, f.usd_value):
            failures.append(f"{f.id}: USD {f.usd_value} not in ¶{f.paragraph}")
    assert not failures, "\n".join(failures)


def test_qualifier_is_the_one_the_source_states(repo):
    failures = []
    for f in repo.figures():
        if f.qualifier == "exact":
            continue
        para = paragraphs(f.source.seed_file)[f.paragraph - 1].lower()
        if not any(w in para for w in QUALIFIER_WORDS[f.qualifier]):
            failures.append(f"{f.id}: qualifier {f.qualifier} not supported by ¶{f.paragraph}")
    assert not failures, "\n".join(failures)


def test_stated_years_come_from_the_source(repo):
    """A year is stored only where the article states it (or says "next year" in a dated article)."""
    failures = []
    for f in repo.figures():
        if f.year is None:
            continue
        paras = paragraphs(f.source.seed_file)
        para, headline = paras[f.paragraph - 1], " ".join(paras[:4])
        if str(f.year) in para or str(f.year) in headline:
            continue
        published = f.source.published
        if "next year" in para and published and int(published[:4]) + 1 == f.year:
            continue
        failures.append(f"{f.id}: year {f.year} not stated in {f.source.seed_file}")
    assert not failures, "\n".join(failures)


def test_paragraph_rule_matches_the_seed_files(repo):
    for s in repo.sources():
        assert (SOURCES_DIR / s.seed_file).is_file(), s.seed_file


def test_provenance_check_catches_a_wrong_number():
    para = "Beijing E-Town saw its gross industrial output value reach close to 600 billion yuan ($86 billion)"
    assert number_in(para, 600) and number_in(para, 86)
    assert not number_in(para, 60) and not number_in(para, 6000) and not number_in(para, 8)
    assert number_in("attracted 1,043 foreign-invested firms", 1043)
    assert number_in("reaches 349,200 people", 349200)
    assert not number_in("reaches 349,200 people", 349)
