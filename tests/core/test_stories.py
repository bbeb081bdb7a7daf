"""Stories are data: built by `db build`, validated, and every value on a slide comes from a figure."""

from __future__ import annotations

import csv
import re
import shutil

import pytest

from etown_desktop.core.db.build import build
from etown_desktop.core.errors import NotFound, SourceDataInvalid
from etown_desktop.core.formatting import format_value
from etown_desktop.core.stories.content import resolve, resolve_story
from etown_desktop.core.stories.store import find_story, load_stories
from etown_desktop.core.stories.validate import typed_number

NUMBER = re.compile(r"\d[\d,.]*")


@pytest.fixture(scope="module")
def stories(committed_db):
    return load_stories(committed_db)


def test_zone_story_and_sector_stories_ship(stories):
    ids = [s.id for s in stories]
    assert ids[0] == "zone"
    assert {"ngit", "auto", "biomedicine"} <= set(ids)
    zone = find_story(stories, None)
    assert 9 <= len(zone.slides) <= 12
    kinds = {sl.kind for sl in zone.slides}
    assert {"kpis", "chart", "clusters", "reform", "plan", "company", "sources"} <= kinds
    assert all(s.sector_id for s in stories if s.kind == "sector")


def test_unknown_story_is_a_named_error(stories):
    with pytest.raises(NotFound, match="Known stories"):
        find_story(stories, "nope")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_number_on_a_slide_is_a_figure_value_with_its_source(repo, stories, lang):
    for story in stories:
        for content in resolve_story(repo, story, lang):
            assert content.title
            for item in content.items:
                fig = repo.figure(item.figure_id)
                assert item.value == format_value(fig, lang, style="words")
                assert item.source_ref == fig.source.ref
            if content.kind != "sources":
                assert content.source_line.startswith(("Source", "来源"))
            # the story's own words carry no number: any number is in a value, a data label or a name
            slide = story.slides[[c for c in resolve_story(repo, story, lang)].index(content)]
            assert typed_number(slide.title(lang) or "") is None
            assert typed_number(slide.note(lang) or "") is None


def test_slide_in_chinese_shows_chinese_data(repo, stories):
    zone = find_story(stories, "zone")
    content = resolve(repo, zone.slides[0], "zh")
    assert content.title == "亦庄一览"
    assert content.items[0].value.startswith("近")  # the source's "nearly" as 近
    assert content.source_line.startswith("来源")


@pytest.mark.parametrize("text, found", [
    ("Output grew 4 times", "4"), ("four clusters", "four"), ("四个集群", "四"),
    ("A Fortune Global 500 investor", None), ("世界500强", None), ("一站式窗口", None),
])
def test_typed_number_detection(text, found):
    assert typed_number(text) == found


def _copy_data(tmp_path, data_dir):
    copy = tmp_path / "data"
    shutil.copytree(data_dir, copy, ignore=shutil.ignore_patterns("etown.db"))
    return copy


def _edit_slides(path, change):
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    change(rows)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


@pytest.mark.parametrize("change, message", [
    (lambda rows: rows[0].update(ref="F001 F999"), "F999 does not exist"),
    (lambda rows: rows[1].update(ref="overview.nope"), "does not exist"),
    (lambda rows: rows[0].update(kind="video"), "unknown kind"),
    (lambda rows: rows[0].update(note_en="Output is 600 billion"), "contains the number '600'"),
    (lambda rows: rows[0].update(title_zh=""), "title"),
    (lambda rows: rows[2].update(position="20"), "without gaps"),
])
def test_build_refuses_bad_stories(tmp_path, data_dir, change, message):
    copy = _copy_data(tmp_path, data_dir)
    _edit_slides(copy / "story_slides.csv", change)
    with pytest.raises(SourceDataInvalid, match=message):
        build(copy, tmp_path / "out.db")
    assert not (tmp_path / "out.db").exists()
