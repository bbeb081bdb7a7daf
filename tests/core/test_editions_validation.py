"""The one validation engine: every problem at once, each pinned to where it is and why."""

from __future__ import annotations

import pytest

from etown_desktop.core.editions.dbread import read_database
from etown_desktop.core.editions.raw import RawRow
from etown_desktop.core.editions.validation import validate


@pytest.fixture
def edition(committed_db):
    return read_database(committed_db)


def _set(edition, table, key, **values):
    rows = edition.tables[table]
    for i, row in enumerate(rows):
        if row.values.get("id") == key:
            rows[i] = RawRow(row.origin, row.line, {**row.values, **values})
            return row.line
    raise KeyError(key)


def test_the_bundled_edition_passes_every_rule(edition):
    report = validate(edition)
    assert report.problems == []


def test_every_problem_is_reported_at_once(edition):
    lines = {
        "F001": _set(edition, "figures", "F001", qualifier="roughly"),
        "F002": _set(edition, "figures", "F002", value="six"),
        "F003": _set(edition, "figures", "F003", label_zh=""),
        "F004": _set(edition, "figures", "F004", source_id="nope"),
        "F005": _set(edition, "figures", "F005", paragraph="999"),
        "F006": _set(edition, "figures", "F006", topic="weather"),
        "F007": _set(edition, "figures", "F007", note_en="Only English"),
        "F008": _set(edition, "figures", "F008", metric="industrial_output"),  # F001's, in yuan
    }
    edition.tables["figures"].append(RawRow("figures.csv", 99, dict(edition.tables["figures"][0].values)))
    report = validate(edition)
    got = {(p.line, p.column, p.rule) for p in report.errors}
    expected = {
        (lines["F001"], "qualifier", "enum"), (lines["F002"], "value", "type_float"),
        (lines["F003"], "label_zh", "required"), (lines["F004"], "source_id", "foreign_key"),
        (lines["F005"], "paragraph", "paragraph_range"), (lines["F006"], "topic", "enum"),
        (lines["F007"], "note_zh", "both_labels"), (99, "id", "duplicate_key"),
        (lines["F008"], "unit", "metric_units"),
    }
    assert expected <= got, report.render()
    for p in report.errors:
        assert p.origin == "figures.csv" and p.render("zh") != p.render("en")


def test_usd_rate_outside_five_to_nine_is_a_warning(edition):
    line = _set(edition, "figures", "F001", usd_value="30")  # 600 / 30 = 20 yuan per US$
    report = validate(edition)
    rate = [p for p in report.warnings if p.rule == "usd_rate"]
    assert [(p.line, p.params["rate"]) for p in rate] == [(line, "20.00")]
    # The provenance rule also checks the USD amount against the paragraph.
    assert any(p.rule == "provenance" and p.column == "usd_value" for p in report.errors)


def test_usd_on_a_non_yuan_unit_and_a_bad_hand_check_note(edition):
    _set(edition, "figures", "F001", unit="percent")
    edition.tables["hand_checks"].append(RawRow("hand_checks.csv", 2, {"figure_id": "F002",
                                                                       "note": "looks fine"}))
    rules = {p.rule for p in validate(edition).errors}
    assert {"usd_needs_yuan", "hand_check_note"} <= rules


def test_a_source_without_its_article_text_is_refused(edition):
    name = edition.tables["sources"][0].values["seed_file"]
    del edition.articles[name]
    problems = [p for p in validate(edition).errors if p.rule == "article_missing"]
    assert [p.value for p in problems] == [name]


def test_db_check_finds_a_source_without_its_article(altered_db):
    from etown_desktop.core.db.check import check_database

    report = check_database(altered_db("DELETE FROM source_paragraphs WHERE source_id = '000_de62530991b045af'"))
    assert report.problems == ["sources without their article text: 000_de62530991b045af"]


# -- issue 17 §7: numbers bounded by their unit, compared as written -------------------------------
def _cite(edition, figure_id, text):
    """Add ``text`` to the cited paragraph of ``figure_id``."""
    fig = next(r.values for r in edition.tables["figures"] if r.values["id"] == figure_id)
    seed = next(r.values["seed_file"] for r in edition.tables["sources"]
                if r.values["id"] == fig["source_id"])
    lines = [ln for ln in edition.articles[seed].splitlines() if ln.strip()]
    lines[int(fig["paragraph"]) - 1] += " " + text
    edition.articles[seed] = "\n".join(lines) + "\n"


def test_a_value_beyond_what_its_unit_can_mean_is_refused_once_with_no_implied_rate(edition):
    line = _set(edition, "figures", "F001", value="1e+308")  # billion yuan, with a USD amount
    report = validate(edition)
    problems = [p for p in report.problems if p.line == line]
    assert [(p.column, p.rule) for p in problems] == [("value", "value_bounds")], report.render()
    text, text_zh = problems[0].render("en"), problems[0].render("zh")
    assert "1e+308 billion yuan cannot be right" in text and "-1,000,000 and 1,000,000" in text
    assert "亿元" in text_zh and "请核对数字" in text_zh
    assert not any(len(word) > 40 for word in report.render().split()), "a 300-digit number printed"


@pytest.mark.parametrize("value", ["-5", "inf", "nan"])
def test_a_count_cannot_be_negative_or_infinite(edition, value):
    fig = next(r.values for r in edition.tables["figures"] if r.values["unit"] == "firms")
    line = _set(edition, "figures", fig["id"], value=value)
    assert [(p.line, p.rule) for p in validate(edition).errors] == [(line, "value_bounds")]


def test_numbers_are_compared_as_the_text_writes_them(edition):
    fig = next(r.values for r in edition.tables["figures"] if r.values["unit"] == "m2")
    _set(edition, "figures", fig["id"], value="1234567.5")
    _cite(edition, fig["id"], "The park covers 1234567.5 square metres.")
    assert validate(edition).problems == []  # a float's six significant digits would say 1.23457e+06


def test_a_huge_number_written_in_the_paragraph_is_not_called_unwritten(edition):
    fig = next(r.values for r in edition.tables["figures"] if r.values["unit"] == "m2")
    line = _set(edition, "figures", fig["id"], value="10000000000000000000000000")
    _cite(edition, fig["id"], "It covers 10,000,000,000,000,000,000,000,000 square metres.")
    problems = [p for p in validate(edition).problems if p.line == line]
    assert [p.rule for p in problems] == ["value_bounds"]  # out of range, but written as typed
    assert "905969664" not in problems[0].render()


def test_a_provenance_error_cites_the_source_as_the_app_does(edition):
    line = _set(edition, "figures", "F001", value="601")
    (err,) = [p for p in validate(edition).errors if p.line == line]
    ref = next(r.values["ref"] for r in edition.tables["sources"]
               if r.values["id"] == err.params["source"])
    para = err.params["paragraph"]
    assert f"601 is not written in {ref} ¶{para};" in err.render("en")
    assert f"{ref} ¶{para} 中找不到数字 601" in err.render("zh")
    assert err.params["source"] not in err.render("en")  # not the archive id 000_de62530991b045af


def test_a_qualifier_the_paragraph_does_not_say_is_a_warning(edition, repo):
    """"nearly" typed for a figure whose paragraph says no such thing: a warning (the import may go
    on), on that row and column, in both languages; the same figure as "exact" raises nothing."""
    # The words that would back "nearly", written out here (not taken from the code under test).
    nearly_words = ("nearly", "close to")
    fig = next(f for f in repo.figures() if f.qualifier == "exact" and not any(
        w in repo.source_paragraphs(f.source.id)[f.paragraph - 1].lower() for w in nearly_words))
    line = _set(edition, "figures", fig.id, qualifier="nearly")
    report = validate(edition)
    assert report.errors == [], report.render()
    found = [p for p in report.warnings if p.rule == "qualifier_word"]
    assert [(p.origin, p.line, p.column, p.value) for p in found] == \
        [("figures.csv", line, "qualifier", "nearly")], report.render()
    assert "nearly" in found[0].render("en") and found[0].render("zh") != found[0].render("en")
    _set(edition, "figures", fig.id, qualifier="exact")
    assert validate(edition).problems == []
