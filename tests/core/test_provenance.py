"""Every figure's number is really written in the cited paragraph of the cited source article."""

from __future__ import annotations

from pathlib import Path

import pytest

from etown_desktop.core.provenance import QUALIFIER_WORDS, number_in, split_paragraphs

from source_articles import sources_dir, sources_skip_reason  # noqa: E402

# The originals beside the repository (or $ETOWN_SOURCES_DIR); compared with the reviewed copies.
SHARED_SOURCES = sources_dir()
# The reviewed copies in the repo (data/sources/) feed the build; the checks below read them.
SOURCES_DIR = Path(__file__).resolve().parents[2] / "data" / "sources"


def paragraphs(seed_file: str) -> list[str]:
    return split_paragraphs((SOURCES_DIR / seed_file).read_text(encoding="utf-8"))


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


@pytest.mark.skipif(not SHARED_SOURCES.is_dir(), reason=sources_skip_reason(SHARED_SOURCES))
def test_repo_copies_of_the_articles_equal_the_originals():
    originals = sorted(p.name for p in SHARED_SOURCES.glob("*.txt"))
    assert originals == sorted(p.name for p in SOURCES_DIR.glob("*.txt"))
    for name in originals:
        assert (SOURCES_DIR / name).read_bytes() == (SHARED_SOURCES / name).read_bytes(), name


def test_the_database_keeps_every_article_paragraph(repo):
    for s in repo.sources():
        assert repo.source_paragraphs(s.id) == paragraphs(s.seed_file)


def test_numbers_are_read_as_written_not_as_floats():
    """issue 17 §7: 10^25 typed exactly is found where the text writes it; float noise is not."""
    from etown_desktop.core.provenance import written_forms

    text = "A total of 10,000,000,000,000,000,000,000,000 units and 1,234,567.5 m2."
    assert number_in(text, "10000000000000000000000000")
    assert number_in(text, 1e25)  # a float counts as its shortest repr, 1e+25
    assert not number_in(text, "10000000000000000905969664")
    assert number_in(text, 1234567.5) and number_in(text, "1234567.5")
    assert written_forms("1e400") == [] and written_forms("nan") == []

