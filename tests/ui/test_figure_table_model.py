"""FigureTableModel (rows from SQLite on demand, its own filter and sort), without any widget."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from etown_desktop.core.formatting import format_publisher, format_source_date, format_value
from etown_desktop.core.queries.figure_text import search_text, source_search_text
from etown_desktop.ui.models.figure_table_model import COLUMN_KEYS, FigureTableModel
from etown_desktop.ui.widgets.table_view import FIGURE_ID_ROLE, SORT_ROLE


@pytest.fixture
def model(qapp, repo):
    return FigureTableModel(repo, "en")


@pytest.fixture
def proxy(model):
    return model  # the model filters and sorts itself (the tabs call it their ``proxy``)


def col(key: str) -> int:
    return COLUMN_KEYS.index(key)


def test_one_row_per_figure_in_the_database(model, repo):
    assert model.rowCount() == len(repo.figures()) == repo.metadata.figure_count
    assert [model.index(r, col("id")).data() for r in range(model.rowCount())] == \
        [f.id for f in repo.figures()]


def test_cells_match_the_database(model, repo):
    for row, fig in enumerate(repo.figures()):
        assert model.index(row, col("value")).data() == format_value(fig, "en")
        assert model.index(row, col("publisher")).data() == format_publisher(fig.source, "en")
        assert model.index(row, col("date")).data() == format_source_date(fig.source, "en")
        assert model.index(row, col("paragraph")).data() == str(fig.paragraph)
        assert model.index(row, col("label")).data(FIGURE_ID_ROLE) == fig.id
        assert fig.label_en in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_value_column_sorts_by_number_not_text(proxy, repo):
    proxy.sort(col("value"), Qt.SortOrder.AscendingOrder)
    values = [proxy.index(r, col("value")).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert values == sorted(f.value for f in repo.figures())
    proxy.sort(col("value"), Qt.SortOrder.DescendingOrder)
    top_id = proxy.index(0, col("id")).data()
    assert repo.figure(top_id).value == max(f.value for f in repo.figures())


def test_paragraph_sorts_numerically(proxy):
    proxy.sort(col("paragraph"), Qt.SortOrder.AscendingOrder)
    paras = [int(proxy.index(r, col("paragraph")).data()) for r in range(proxy.rowCount())]
    assert paras == sorted(paras)


def test_filter_matches_any_column_case_insensitively(proxy, repo):
    fig = repo.figures()[0]
    proxy.set_query(fig.label_en.upper())
    ids = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert fig.id in ids
    assert all(fig.label_en.casefold() in repo.figure(i).label_en.casefold() for i in ids)
    publisher = next(f.source.publisher for f in repo.figures() if f.source.publisher)
    proxy.set_query(publisher.lower())
    got = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert {f.id for f in repo.figures() if f.source.publisher == publisher} <= got
    assert len(got) < len(repo.figures())


def test_chinese_query_finds_figures_while_the_table_shows_english(proxy, repo):
    expected = {f.id for f in repo.figures() if "外资" in f.label_zh}
    assert expected, "the database should have a figure labelled with 外资"
    proxy.set_query("外资")
    got = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert expected <= got


@pytest.mark.parametrize("query", ["(*[", "%", "'; DROP", "\\", ".*", "[a-z]+", "?", "$^", '"'])
def test_weird_strings_are_plain_text(proxy, repo, query):
    proxy.set_query(query)  # must not raise, must not act as a pattern
    got = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    expected = {f.id for f in repo.figures()
                if query.casefold() in search_text(f) + "\n" + source_search_text(f.source)}
    assert got == expected
    if query in (".*", "[a-z]+"):
        assert got != {f.id for f in repo.figures()}


def test_percent_matches_percentage_figures(proxy, repo):
    proxy.set_query("%")
    got = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert {f.id for f in repo.figures() if f.unit.style == "percent"} <= got


def test_clearing_the_filter_shows_every_figure(proxy, repo):
    proxy.set_query("no such thing anywhere")
    assert proxy.rowCount() == 0
    proxy.set_query("")
    assert proxy.rowCount() == len(repo.figures())


def test_several_words_must_all_match(proxy, repo):
    fig = next(f for f in repo.figures() if len(f.label_en.split()) >= 2)
    a, b = fig.label_en.split()[:2]
    proxy.set_query(f"{b} {a}")
    got = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert fig.id in got
    proxy.set_query(f"{a} zzqqxx")
    assert proxy.rowCount() == 0


# The Qualifier column's words, written out here (not taken from the code under test).
QUALIFIER_COLUMN = {
    "en": {"exact": "exact", "about": "about", "nearly": "nearly", "more_than": "more than",
           "at_least": "at least", "less_than": "less than", "at_most": "at most"},
    "zh": {"exact": "确数", "about": "约", "nearly": "近", "more_than": "超过", "at_least": "至少",
           "less_than": "不到", "at_most": "不超过"},
}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_qualifier_column_names_each_figures_qualifier(qapp, repo, lang):
    """"Nearly" stays "nearly" in the table (the column a reader sorts to find the estimates)."""
    model = FigureTableModel(repo, lang)
    figs = repo.figures()
    assert {f.qualifier for f in figs} >= {"nearly", "more_than", "about", "exact"}
    shown = [model.index(row, col("qualifier")).data() for row in range(model.rowCount())]
    assert shown == [QUALIFIER_COLUMN[lang][f.qualifier] for f in figs]
    # Sorting by the column groups the same words (the sort reads the built database's text).
    model.sort(col("qualifier"), Qt.SortOrder.AscendingOrder)
    words = [model.index(row, col("qualifier")).data() for row in range(model.rowCount())]
    assert all(words), "a figure has an empty qualifier cell"
    runs = [w for i, w in enumerate(words) if i == 0 or words[i - 1] != w]
    assert len(runs) == len(set(words)), f"sorted qualifiers are not grouped: {runs}"
