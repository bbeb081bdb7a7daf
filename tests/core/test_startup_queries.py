"""Issue 22: the questions the tabs ask at start-up are answered from indices
(core/queries/list_tables.INDICES) or a stored column: the Clusters tab's featured figures and their
count, the Sources tab's featured sources (their order stored by the build), a profile outline's
company figures and sources, the status bar's date range. The answers are the same as on a database
without those indices and that column (an edition built before them), and each question's plan
reads its index, not the table (at 1,000x each took 10-30 ms reading the tables)."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from etown_desktop.core.profiles import profile_ids
from etown_desktop.core.profiles.outline import build_outline
from etown_desktop.core.profiles.texts import SECTION_KEYS
from etown_desktop.core.queries import source_sql
from etown_desktop.core.repository import Repository

CLUSTER_HEADLINES = ("hundred_billion_cluster_count", "cluster_scale_threshold")

# The indices as they were before issue 22's start-up passes (one column each, no sources index),
# and no stored order of the featured sources.
OLD_INDICES = """
DROP INDEX idx_figures_topic; DROP INDEX idx_figures_company_id; DROP INDEX idx_sources_ref;
DELETE FROM list_columns WHERE name = 'sources.featured';
DROP INDEX idx_sources_date; DROP INDEX idx_companies_cluster_id;
CREATE INDEX idx_companies_cluster_id ON companies (cluster_id);
CREATE INDEX idx_figures_topic ON figures (topic);
CREATE INDEX idx_figures_company_id ON figures (company_id);
"""


@pytest.fixture(scope="module", params=["shipped", "10x"])
def db_path(request, committed_db, synthetic_db):
    return committed_db if request.param == "shipped" else synthetic_db(10)


@pytest.fixture(scope="module")
def without_indices(db_path, tmp_path_factory):
    copy = tmp_path_factory.mktemp("old-indices") / "etown.db"
    shutil.copyfile(db_path, copy)
    conn = sqlite3.connect(copy)
    conn.executescript(OLD_INDICES)
    conn.close()
    return copy


def _startup_questions(repo: Repository) -> dict:
    """What the tabs ask at start-up (and a few more of the same kind), answer by answer."""
    out: dict = {}
    topics = [r[0] for r in repo.read("SELECT DISTINCT topic FROM figures ORDER BY topic")]
    for topic in topics:
        ids = repo.topic_figure_ids(topic)
        some = tuple(ids[:2])
        metrics = tuple(sorted({f.metric for f in repo.figures_by_ids(ids[:3]).values()}))[:2]
        for args in ((), (True,), (True, some), (True, some, metrics), (False, some, CLUSTER_HEADLINES),
                     (True, (), CLUSTER_HEADLINES)):
            out[("ids", topic, args)] = repo.topic_figure_ids(topic, *args)
            out[("ids8", topic, args)] = repo.topic_figure_ids(topic, *args, limit=8)
            out[("count", topic, args)] = repo.topic_figure_count(topic, *args)
    out["date_summary"] = source_sql.date_summary(repo.read)
    count = repo.source_count()
    for limit in (1, 2, 5, 8, count, count + 2):
        out[("most_cited", limit)] = source_sql.most_cited(repo.read, limit)
    companies = [r[0] for r in repo.read("SELECT id FROM companies ORDER BY rowid")]
    out["company_figure_ids"] = repo.company_figure_ids(companies)
    for pid in profile_ids():
        outline = build_outline(repo, pid)
        out[("outline", pid)] = [(outline.headline(k), outline.total(k)) for k in SECTION_KEYS]
    return out


def test_the_answers_are_the_same_without_the_indices(db_path, without_indices):
    new, old = Repository(db_path), Repository(without_indices)
    try:
        answers = _startup_questions(new)
        assert answers == _startup_questions(old)
        assert any(v for k, v in answers.items() if k[0] == "count" and k[2])  # not all empty
    finally:
        new.close()
        old.close()


# (a piece of the statement, the indices its plan must read, whether they cover it)
PLANS = (
    ("FROM figures WHERE topic = ", ("COVERING INDEX idx_figures_topic",), True),
    ("SELECT s.id FROM sources s", ("COVERING INDEX idx_sources_ref", "COVERING INDEX idx_figures_source_id"),
     True),
    # a profile's first E-Town company figures: the companies in rowid order, each one's figures
    # in id order from the covering index, so no sort and the LIMIT stops the walk (TEMP_FREE)
    ("CROSS JOIN figures f ON f.company_id = c.id", ("COVERING INDEX idx_figures_company_id",), False),
    # its first Beijing-wide ones: the few of that topic that have a company, from the topic index
    ("f.topic = 'beijing_context' AND f.company_id IS NOT NULL", ("COVERING INDEX idx_figures_topic",), False),
    # the sources its companies and their figures cite
    ("SELECT id, ref FROM sources WHERE id IN (SELECT source_id FROM companies WHERE",
     ("COVERING INDEX idx_companies_cluster_id", "COVERING INDEX idx_figures_company_id"), False),
    # and how many figures its companies state
    ("SELECT count(*) FROM figures f JOIN companies c",
     ("COVERING INDEX idx_companies_cluster_id", "COVERING INDEX idx_figures_company_id"), True),
    # the date range: the ends of an index on an expression, the undated counted in it
    ("(SELECT min(", ("INDEX idx_sources_date",), False),
)
TEMP_FREE = ("CROSS JOIN figures f ON f.company_id = c.id",)


def test_the_startup_questions_read_covering_indices(db_path):
    repo = Repository(db_path)
    asked: list[str] = []
    repo._conn.set_trace_callback(asked.append)  # each statement with its values filled in
    try:
        repo.topic_figure_ids("clusters", True, ("F045", "F016"), CLUSTER_HEADLINES, 8)
        repo.topic_figure_count("clusters", True, ("F045", "F016"), CLUSTER_HEADLINES)
        repo.topic_figure_count("clusters")
        source_sql.counted_most_cited(repo.read, 5)  # in a database built before the stored order
        source_sql.date_summary(repo.read)
        for pid in profile_ids():
            build_outline(repo, pid)
        repo._conn.set_trace_callback(None)
        for piece, indices, covering in PLANS:
            found = [sql for sql in asked if piece in sql]
            assert found, piece
            for sql in found:
                steps = [r[3] for r in repo._conn.execute("EXPLAIN QUERY PLAN " + sql)]
                plan = " | ".join(steps)
                for index in indices:
                    assert index in plan, (sql, plan)
                assert "SCAN sources" not in plan and "SCAN figures" not in plan, (sql, plan)
                if piece in TEMP_FREE:
                    assert "TEMP B-TREE" not in plan, (sql, plan)
                # no step reads a whole table, or a table's rows through an index
                reads = [step for step in steps if step.startswith(("SCAN", "SEARCH"))
                         and step != "SEARCH sources"]  # max(rowid): the last row, one step
                assert not covering or all("COVERING INDEX" in step or "PRIMARY KEY" in step
                                           for step in reads), (sql, plan)
    finally:
        repo.close()


def test_the_featured_sources_come_from_the_stored_order(db_path):
    """The build stores every source's place in the featured order: the Sources tab reads its first
    entries (no source's figures counted) and they are the counted answer, for every limit."""
    repo = Repository(db_path)
    asked: list[str] = []
    try:
        count = repo.source_count()
        for limit in (0, 1, 2, 5, 8, count, count + 2):
            repo._conn.set_trace_callback(asked.append)
            stored = source_sql.most_cited(repo.read, limit)
            repo._conn.set_trace_callback(None)
            assert stored == source_sql.counted_most_cited(repo.read, limit), limit
            assert len(stored) == min(limit, count)
        assert asked and not [sql for sql in asked if "count(*)" in sql]
    finally:
        repo.close()
