"""The source questions answered in SQL (core/queries/source_sql.py) give exactly what the
in-memory rules give over every source: the status bar's count and date range, the Sources tab's
and fact sheet's featured sources, a profile's or brief's sources by id, a figure's source."""

from __future__ import annotations

import random

import pytest

from etown_desktop.core.coverage import date_range, source_date_range
from etown_desktop.core.errors import NotFound
from etown_desktop.core.queries.featured import featured_sources, featured_sources_of
from etown_desktop.core.repository import Repository


@pytest.fixture(scope="module", params=["shipped", "10x"])
def db_path(request, committed_db, synthetic_db):
    return committed_db if request.param == "shipped" else synthetic_db(10)


def test_count_and_date_range_match_every_source(db_path):
    repo = Repository(db_path)
    everything = repo.sources()
    assert repo.source_count() == len(everything)
    assert source_date_range(repo) == date_range(everything)
    earliest, latest, undated = source_date_range(repo)
    assert earliest is not None and earliest <= latest
    if len(everything) > 5:  # the generated data has undated sources too
        assert undated > 0


def test_featured_sources_match_the_in_memory_rule(db_path):
    repo = Repository(db_path)
    everything, counts = repo.sources(), repo.figure_counts_by_source()
    for limit in (1, 2, 3, 5, 8, len(everything) - 1, len(everything), len(everything) + 3):
        if limit < 1:
            continue
        assert featured_sources_of(Repository(db_path), limit) == featured_sources(
            everything, counts, limit, repo.newest_source_id())
    # Ties are common in generated data: the order among equals is the reference order.
    if len(everything) > 8:
        assert len(set(counts.values())) < len(counts)


def test_sources_by_id_and_one_source_match_the_full_list(db_path):
    everything = Repository(db_path).sources()
    rng = random.Random(7)
    for size in (0, 1, 3, 40, 1200):
        ids = {s.id for s in rng.sample(everything, min(size, len(everything)))}
        repo = Repository(db_path)  # nothing loaded yet
        asked = ids | {"no-such-source", None}
        assert repo.sources_by_ids(asked) == [s for s in everything if s.id in ids]
    repo = Repository(db_path)
    some = rng.choice(everything)
    assert repo.source(some.id) == some
    assert repo.source(some.id) is repo.source(some.id)
    with pytest.raises(NotFound):
        repo.source("no-such-source")
    # Once every source is loaded, the ones read before are the same objects.
    assert next(s for s in repo.sources() if s.id == some.id) is repo.source(some.id)


def test_figures_carry_their_own_source(db_path):
    everything = {s.id: s for s in Repository(db_path).sources()}
    repo = Repository(db_path)
    ids = repo.figure_ids()[:: max(1, repo.figure_count() // 300)]
    figures = list(repo.figures_by_ids(ids).values())  # read by id, a few sources at a time
    figures += list(Repository(db_path).iter_figures(chunk=500))  # the exports' streamed read
    assert len(figures) > len(ids)
    for fig in figures:
        assert fig.source == everything[fig.source.id]


def test_figure_counts_of_some_sources_match_the_full_count(db_path):
    repo = Repository(db_path)
    full = repo.figure_counts_by_source()
    some = sorted(full)[::3] + ["no-such-source"]
    assert repo.figure_counts_by_source(some) == {i: full[i] for i in some if i in full}
    assert sum(full.values()) == repo.figure_count()
