"""The indexed per-entity queries and the SQLite-side filter/sort of the large tables return exactly
what the former in-memory code returned, on the shipped database and on a generated 10× database.

The references below are that former code, kept here verbatim in spirit: a full scan of every figure
into Python, a bilingual search string per row matched with ``in``, a stable sort by the cell's key.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from etown_desktop.core.formatting import format_publisher, format_source_date, format_value, topic_name
from etown_desktop.core.queries import company_text, figure_text, list_query
from etown_desktop.core.records import Company, Figure
from etown_desktop.core.repository import Repository


@pytest.fixture(scope="module", params=["shipped", "10x"])
def db(request, committed_db, synthetic_db) -> Repository:
    r = Repository(committed_db if request.param == "shipped" else synthetic_db(10))
    yield r
    r.close()


def all_figures(repo: Repository) -> list[Figure]:
    """The former ``Repository._figures``: every row of ``figures`` in id order."""
    conn = sqlite3.connect(repo.path)
    conn.row_factory = sqlite3.Row
    ids = [r["id"] for r in conn.execute("SELECT id FROM figures ORDER BY id")]
    conn.close()
    found = repo.figures_by_ids(ids)
    return [found[i] for i in ids]


def all_companies(repo: Repository) -> list[Company]:
    conn = sqlite3.connect(repo.path)
    ids = [r[0] for r in conn.execute("SELECT id FROM companies ORDER BY rowid")]
    conn.close()
    found = repo.companies_by_ids(ids)
    return [found[i] for i in ids]


def old_search_text(fig: Figure) -> str:
    """The former FigureTableModel._search_text, one string per row."""
    src = fig.source
    bits = [fig.id, fig.topic, topic_name(fig.topic, "en"), topic_name(fig.topic, "zh"),
            fig.label_en, fig.label_zh,
            format_value(fig, "en"), format_value(fig, "en", style="words"),
            format_value(fig, "zh"), fig.period_en, fig.period_zh, fig.note_en, fig.note_zh,
            src.ref, src.title_en, src.title_zh, format_publisher(src, "en"),
            format_source_date(src, "en"), fig.unit.en, fig.unit.zh, str(fig.paragraph)]
    return "\n".join(b for b in bits if b).casefold()


def test_per_entity_queries_match_a_full_scan(db):
    figs = all_figures(db)
    assert db.figures() == figs
    assert db.figure_ids() == [f.id for f in figs]
    assert list(db.iter_figures(chunk=7)) == figs
    for topic in {f.topic for f in figs}:
        assert db.figures(topic=topic) == [f for f in figs if f.topic == topic]
    metrics = sorted({f.metric for f in figs})
    for metric in metrics[:: max(1, len(metrics) // 60)]:
        assert db.figures(metric=metric) == [f for f in figs if f.metric == metric]
    for topic in {f.topic for f in figs}:
        loose = [f for f in figs if f.topic == topic and f.company_id is None
                 and f.id != figs[0].id and f.metric != figs[1].metric]
        args = (topic, True, (figs[0].id,), (figs[1].metric,))
        assert db.topic_figure_ids(*args) == [f.id for f in loose]
        assert db.topic_figure_ids(*args, limit=3) == [f.id for f in loose][:3]
        assert db.topic_figure_count(*args) == len(loose)
        assert db.topic_figure_count(topic) == len([f for f in figs if f.topic == topic])
    companies = all_companies(db)
    assert db.companies() == companies
    assert db.company_count() == len(companies)
    by_company = db.company_figure_ids([c.id for c in companies])
    for co in companies[:: max(1, len(companies) // 40)]:
        expected = [f for f in figs if f.company_id == co.id]
        assert db.company_figures(co.id) == expected
        assert by_company.get(co.id, []) == [f.id for f in expected]
        assert db.company(co.id) == co
    for cluster in {c.cluster_id for c in companies if c.cluster_id}:
        members = [c for c in companies if c.cluster_id == cluster]
        assert db.companies(cluster) == members
        assert db.companies(cluster, limit=3) == members[:3]
        assert db.company_count(cluster) == len(members)
    counts: dict[str, int] = {}
    for f in figs:
        counts[f.source.id] = counts.get(f.source.id, 0) + 1
    assert db.figure_counts_by_source() == counts


def _shown(repo: Repository, spec, **kwargs) -> list[str]:
    rows = list_query.ordered_rows(repo, spec, **kwargs)
    keys = list_query.keys_of(repo, spec, list(rows))
    return [keys[r] for r in rows]


QUERIES = ["", "output", "OUTPUT 2021", "外资", "s1", "s2.3", "o", "%", "(*[", "'; drop", '"', "亿",
           "nearly", "publisher not stated", "undated", "bn", "zz qq"]


@pytest.mark.parametrize("query", QUERIES)
def test_figure_filter_matches_the_former_python_filter(db, query):
    figs = all_figures(db)
    terms = list_query.search_terms(query)
    expected = [f.id for f in figs if all(t in old_search_text(f) for t in terms)]
    assert _shown(db, list_query.FIGURES, terms=terms) == expected


def test_every_short_word_finds_what_a_full_scan_finds(db):
    """Words of one or two characters are looked up in the gram index, not scanned: for every
    character and character pair that occurs in the data (letters, digits, 亿, ¥, quotes, %, …)
    and for a few that do not or that the index cannot hold, the rows equal a Python scan."""
    figs = all_figures(db)
    texts = [old_search_text(f) for f in figs]
    pieces = {w[i:i + n] for t in texts for w in t.split() for n in (1, 2) for i in range(len(w) - n + 1)}
    sample = sorted(pieces)[:: max(1, len(pieces) // 400)]
    assert len(sample) > 100
    for term in [*sample, "zq", "\\", "'", "''", '""', "a\x01", "\x7f", "ß"]:
        expected = [f.id for f, t in zip(figs, texts) if term in t]
        assert _shown(db, list_query.FIGURES, terms=(term,)) == expected, repr(term)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("descending", [False, True])
def test_figure_sort_matches_a_stable_sort_by_the_cell_key(db, lang, descending):
    figs = all_figures(db)
    for key in figure_text.FIGURE_COLUMNS:
        expected = [f.id for f in sorted(figs, key=lambda f: figure_text.sort_key(f, key, lang),
                                         reverse=descending)]
        assert _shown(db, list_query.FIGURES, sort=key, descending=descending, lang=lang) == expected, key
    # with a filter and a source: the same rows as the filter alone, in the sorted order
    source = figs[-1].source.id
    terms = ("o",)
    expected = [f.id for f in sorted(figs, key=lambda f: figure_text.sort_key(f, "value", lang),
                                     reverse=descending)
                if f.source.id == source and all(t in old_search_text(f) for t in terms)]
    assert _shown(db, list_query.FIGURES, terms=terms, filters={"source_id": source}, sort="value",
                  descending=descending, lang=lang) == expected


@pytest.mark.parametrize("query", ["", "germany", "奔驰", "bayer", "not stated", "企业", "#1", "o"])
def test_company_filter_and_sort_match_python(db, query):
    companies = all_companies(db)
    clusters = {c.id: c for c in db.clusters()}
    terms = list_query.search_terms(query)
    matching = [c for c in companies
                if all(t in company_text.search_text(c, clusters.get(c.cluster_id or "")) for t in terms)]
    assert _shown(db, list_query.COMPANIES, terms=terms) == [c.id for c in matching]
    for lang in ("en", "zh"):
        for column in company_text.COMPANY_COLUMNS:
            expected = sorted(matching, key=lambda c: company_text.cell_text(
                c, column, lang, clusters.get(c.cluster_id or "")).casefold())
            assert _shown(db, list_query.COMPANIES, terms=terms, sort=column, lang=lang) == \
                [c.id for c in expected]


def test_synthetic_data_grows_every_list_and_stays_valid(synthetic_db, committed_db):
    from etown_desktop.core.db.check import check_database

    small, big = Repository(committed_db), Repository(synthetic_db(10))
    try:
        assert big.figure_count() == 10 * small.figure_count()
        assert big.company_count() == 10 * small.company_count()
        assert len(big.sources()) == 10 * len(small.sources())
        # the shipped headlines stay the headlines: copies are new metrics
        assert big.headline("industrial_output") == small.headline("industrial_output")
    finally:
        small.close()
        big.close()
    report = check_database(Path(synthetic_db(10)))
    assert report.ok, report


def test_featured_sources_are_the_ones_with_most_figures_in_reference_order(repo):
    from etown_desktop.core.queries.featured import featured_sources

    sources = repo.sources()
    assert featured_sources(sources, {}, limit=len(sources)) == (sources, 0)
    counts = {s.id: i for i, s in enumerate(sources)}  # the last sources have the most figures
    shown, more = featured_sources(sources, counts, limit=2)
    assert shown == sources[-2:] and more == len(sources) - 2
