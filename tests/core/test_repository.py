"""The read-only repository: typed queries, disagreements kept, search safe for any string."""

from __future__ import annotations

import re
import sqlite3

import pytest

from etown_desktop.core.db.schema import TOPICS
from etown_desktop.core.errors import DatabaseInvalid, NotFound
from etown_desktop.core.repository import Repository

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_figures_cover_every_topic_and_carry_full_provenance(repo):
    figures = repo.figures()
    assert len(figures) >= 40
    assert {f.topic for f in figures} == set(TOPICS)
    for f in figures:
        assert f.label_en.strip() and CJK.search(f.label_zh), f.id
        assert f.source.seed_file.endswith(".txt") and f.paragraph >= 1
        assert f.qualifier and f.unit.id


def test_usd_kept_as_the_source_converted_it(repo):
    output = repo.figure("F001")
    assert (output.value, output.usd_value) == (600, 86)
    assert output.usd_rate == pytest.approx(600 / 86, abs=1e-4)
    productivity = repo.headline("labor_productivity_target")
    assert productivity.usd_value == pytest.approx(91659.67)


def test_disagreeing_sources_are_both_kept(repo):
    projects = repo.figures(metric="fortune500_projects")
    assert {(f.qualifier, f.source.ref) for f in projects} == {("about", "S1"), ("more_than", "S3")}
    assert repo.alternatives(projects[0]) == [projects[1]]


def test_undated_source_stays_undated(repo):
    s2 = repo.source("001_d2c441174dd157ae")
    assert s2.is_undated and s2.publisher is None
    assert repo.source("000_de62530991b045af").published == "2022-10-22"


def test_series_is_ordered_by_year(repo):
    assert [f.year for f in repo.series("industrial_output")] == [2012, 2021]


def test_entities_link_to_existing_figures_and_sources(repo):
    source_ids = {s.id for s in repo.sources()}
    four = repo.clusters("etown_hundred_billion")
    assert len(four) == repo.headline("hundred_billion_cluster_count").value
    for c in repo.clusters():
        assert c.source_id in source_ids
    for company in repo.companies():
        assert company.source_id in source_ids
        if company.fortune500:
            assert company.fortune500_basis in ("stated", "public")
    zones = repo.cluster_zones()
    assert len({z.district.id for z in zones}) == repo.headline("core_cluster_areas").value
    measures = repo.reform_measures("work_permit")
    assert [m.before.value for m in measures] == [4, 2, 17]
    for t in repo.targets():
        assert t.target.topic in ("targets", "beijing_context")
        assert (t.actual is None) == (t.actual_relation is None)


def test_zoning_rule_of_the_blue_paper_holds(repo):
    """At most three leading industries per district, three districts per industry."""
    zones = repo.cluster_zones()
    per_district, per_industry = {}, {}
    for z in zones:
        per_district.setdefault(z.district.id, set()).add(z.industry.id)
        per_industry.setdefault(z.industry.id, set()).add(z.district.id)
    assert max(len(v) for v in per_district.values()) <= 3
    assert max(len(v) for v in per_industry.values()) <= 3


def test_unknown_ids_raise_not_found(repo):
    with pytest.raises(NotFound):
        repo.figure("F999")
    with pytest.raises(NotFound):
        repo.headline("no_such_metric")


@pytest.mark.parametrize(("query", "expected"), [
    ("foreign-invested", "F033"),
    ("utilized foreign", "F034"),
    ("实际利用外资", "F034"),
    ("外资", "F033"),       # two characters: below the trigram size, LIKE fallback
    ("亦", "F024"),         # one character
    ("BOE", "F004"),
])
def test_search_finds_english_and_chinese(repo, query, expected):
    assert expected in [h.ref_id for h in repo.search(query)]


@pytest.mark.parametrize("query", [
    '"', "'", "*", "(", ")", "OR", "AND NOT", "NEAR(", "%", "_", "\\", "'; DROP TABLE figures; --",
    "label_en:foo", "^", "  ", "", "\x00", "🙂", "a" * 500,
])
def test_search_survives_any_string(repo, query):
    hits = repo.search(query)
    assert isinstance(hits, list)
    assert len(repo.figures()) >= 40  # nothing was dropped


def test_search_percent_is_literal(repo):
    assert repo.search("%") == [] or all("%" in (h.label_en + h.label_zh) for h in repo.search("%"))


def test_repository_is_read_only(committed_db, tmp_path):
    repo = Repository(committed_db)
    with pytest.raises(sqlite3.OperationalError):
        repo._conn.execute("DELETE FROM figures")
    repo.close()


def test_read_only_file_opens(committed_db, tmp_path):
    copy = tmp_path / "ro.db"
    copy.write_bytes(committed_db.read_bytes())
    copy.chmod(0o444)
    assert len(Repository(copy).figures()) >= 40


def test_corrupt_or_foreign_database_is_a_clear_error(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00" * 4096)
    with pytest.raises(DatabaseInvalid, match="not an SQLite database"):
        Repository(junk)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(DatabaseInvalid, match="not an E-Town fact database"):
        Repository(other)


def test_every_source_text_exists_in_both_languages(repo):
    for s in repo.sources():
        assert CJK.search(s.title_zh), s.ref
        assert bool(s.page_section) == bool(s.page_section_zh), s.ref
        if s.page_section_zh:
            assert CJK.search(s.section("zh")), s.ref
        assert bool(s.note_en) == bool(s.note_zh), s.ref
