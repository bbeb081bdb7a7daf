"""A story as a PowerPoint deck, read back with python-pptx: one 16:9 slide per story slide, every
number on a slide is a figure with its qualifier, native charts hold the figures' values in the
displayed unit and label them with the qualified value, every slide has its source line (source,
title, publisher or "publisher not stated", date or "undated", paragraph) and the edition, the
speaker notes are in the notes, Chinese runs carry the East Asian font."""

from __future__ import annotations

import pytest

from etown_desktop.core.charts import build_chart
from etown_desktop.core.export.texts import edition_line
from etown_desktop.core.formatting import format_period, format_publisher, format_source_date, format_value
from etown_desktop.core.office.story_pptx import export_story_pptx
from etown_desktop.core.stories.content import resolve
from etown_desktop.core.stories.store import find_story, load_stories
from etown_desktop.core.stories.validate import NAME_ALLOW_LIST
from office_readback import DIGIT, charts, data_labels, named, open_deck, runs_without_ea, shape_texts, strip_allowed

LANGS = ("en", "zh")


@pytest.fixture(scope="module")
def stories(repo):
    return load_stories(repo.path)


@pytest.fixture(scope="module")
def decks(repo, stories, tmp_path_factory):
    """The zone story in both languages (and the other stories in English)."""
    out = {}
    folder = tmp_path_factory.mktemp("decks")
    for story in stories:
        for lang in LANGS if story.id == "zone" else ("en",):
            path = folder / f"{story.id}_{lang}.pptx"
            assert export_story_pptx(repo, story, path, lang) == []
            out[(story.id, lang)] = path
    return out


def _figures_of(repo, content):
    ids = list(content.figure_ids)
    if content.chart_id:
        ids += build_chart(repo, content.chart_id).figure_ids
    return [repo.figure(i) for i in dict.fromkeys(ids)]


def test_one_wide_slide_per_story_slide_in_order(repo, stories, decks):
    for (story_id, lang), path in decks.items():
        story = find_story(stories, story_id)
        prs = open_deck(path)
        assert abs(prs.slide_width / prs.slide_height - 16 / 9) < 0.01
        slides = list(prs.slides)
        # the story ends with its sources slide, which lists them in full; otherwise one is added
        extra = 0 if story.slides[-1].kind == "sources" else 1
        assert len(slides) == len(story.slides) + extra
        for slide, story_slide in zip(slides, story.slides):
            content = resolve(repo, story_slide, lang)
            assert slide.shapes.title.text_frame.text == content.title


def test_every_number_is_a_figure_with_its_qualifier(repo, stories, decks):
    """Digits left on a slide after removing the figures' qualified values, their periods,
    the source line, the edition and the chart's own titles/categories: none."""
    meta = repo.metadata
    checked = 0
    for (story_id, lang), path in decks.items():
        story = find_story(stories, story_id)
        for slide, story_slide in zip(open_deck(path).slides, story.slides):
            if story_slide.kind == "sources":
                continue
            content = resolve(repo, story_slide, lang)
            allowed = [edition_line(lang, meta.edition, meta.data_date), named(slide, "Source line"),
                       *NAME_ALLOW_LIST, content.title, content.subtitle]
            for f in _figures_of(repo, content):
                allowed += [format_value(f, lang, "words"), f.label(lang), format_period(f, lang)]
            allowed += [b.body for b in content.blocks] + [b.heading for b in content.blocks]
            if content.chart_id:
                spec = build_chart(repo, content.chart_id)
                allowed += [spec.title(lang), spec.note(lang)]
                allowed += [s.name(lang) for s in spec.series]
                allowed += [p.category(lang) for s in spec.series for p in s.points]
                allowed += [p.label(lang) for s in spec.series for p in s.points if p.style == "converted"]
            for where, text in shape_texts(slide).items():
                if where.endswith("Source line") or "Edition" in where:
                    continue
                left = strip_allowed(text, allowed + [f"· {i.source_ref}" for i in content.items])
                assert not DIGIT.search(left), f"{story_id}/{lang} slide {story_slide.position} {where}: {text!r}"
                checked += 1
    assert checked > 60


def test_kpi_values_carry_their_qualifier(repo, stories, decks):
    story = find_story(stories, "zone")
    for lang in LANGS:
        slide = open_deck(decks[("zone", lang)]).slides[0]
        texts = "\n".join(shape_texts(slide).values())
        f001 = repo.figure("F001")
        assert f001.qualifier == "nearly"
        assert format_value(f001, lang, "words") in texts  # "nearly ¥600 bn" / "近6000亿元"
        assert ("nearly ¥600 bn" if lang == "en" else "近6000亿元") in texts
        for fid in story.slides[0].refs:
            f = repo.figure(fid)
            assert f.label(lang) in texts and format_period(f, lang) in texts


def test_native_charts_hold_the_figures_in_the_displayed_unit(repo, stories, decks):
    story = find_story(stories, "zone")
    seen = 0
    for lang in LANGS:
        prs = open_deck(decks[("zone", lang)])
        for slide, story_slide in zip(prs.slides, story.slides):
            if story_slide.kind != "chart":
                continue
            spec = build_chart(repo, story_slide.refs[0])
            (chart,) = charts(slide)
            scale = spec.axis_scale(lang)
            plot = chart.plots[0]
            assert list(plot.categories) == [p.category(lang) for p in spec.series[0].points]
            labels = data_labels(chart)
            for ser, spec_series, ser_labels in zip(plot.series, spec.series, labels):
                assert ser.name == spec_series.name(lang)
                for value, p, label in zip(ser.values, spec_series.points, ser_labels):
                    if not p.stated:
                        assert value is None
                        continue
                    f = repo.figure(p.figure_id)
                    assert value == pytest.approx(f.value * scale)
                    assert label == format_value(f, lang, "words")
                    seen += 1
            assert chart.value_axis.axis_title.text_frame.text == spec.axis(lang)
    assert seen >= 10
    # the output trend in Chinese is in 亿元: ¥600 bn is 6000 on the chart, labelled 近6000亿元
    slide = open_deck(decks[("zone", "zh")]).slides[1]
    (chart,) = charts(slide)
    assert 6000 in list(chart.plots[0].series[0].values)
    assert "近6000亿元" in data_labels(chart)[0]


def test_chart_types_follow_the_app(repo, stories, decks):
    from pptx.enum.chart import XL_CHART_TYPE

    prs = open_deck(decks[("zone", "en")])
    kinds = {build_chart(repo, s.refs[0]).kind: charts(prs.slides[s.position - 1])[0].chart_type
             for s in find_story(stories, "zone").slides if s.kind == "chart"}
    assert kinds == {"bar": XL_CHART_TYPE.COLUMN_CLUSTERED, "hbar": XL_CHART_TYPE.BAR_CLUSTERED,
                     "grouped_hbar": XL_CHART_TYPE.BAR_CLUSTERED}


def test_every_slide_has_its_source_line_and_the_edition(repo, stories, decks):
    meta = repo.metadata
    for (story_id, lang), path in decks.items():
        story = find_story(stories, story_id)
        for slide, story_slide in zip(open_deck(path).slides, story.slides):
            assert named(slide, "Edition") == edition_line(lang, meta.edition, meta.data_date)
            if story_slide.kind == "sources":
                continue
            line = named(slide, "Source line")
            content = resolve(repo, story_slide, lang)
            figs = _figures_of(repo, content)
            assert line, f"{story_id} slide {story_slide.position} has no source line"
            for f in figs:
                src = f.source
                assert src.ref in line and src.title(lang) in line
                assert format_publisher(src, lang) in line and format_source_date(src, lang) in line
                after = line[line.index(src.ref):]
                assert str(f.paragraph) in after.split("；" if lang == "zh" else "; S")[0]
    en_lines = [named(s, "Source line") for s in open_deck(decks[("zone", "en")]).slides]
    assert any("publisher not stated" in ln for ln in en_lines)
    assert any("undated" in ln for ln in en_lines)
    zh_lines = [named(s, "Source line") for s in open_deck(decks[("zone", "zh")]).slides]
    assert any("未注明发布机构" in ln for ln in zh_lines) and any("第" in ln and "段" in ln for ln in zh_lines)


def test_the_last_slide_lists_the_sources_in_full(repo, decks):
    for lang in LANGS:
        last = list(open_deck(decks[("zone", lang)]).slides)[-1]
        text = "\n".join(shape_texts(last).values())
        for s in repo.sources():
            assert s.ref in text and s.title(lang) in text
            assert format_publisher(s, lang) in text and format_source_date(s, lang) in text
    # a story that does not end with a sources slide gets one
    prs = open_deck(decks[("auto", "en")])
    assert "Sources" in list(prs.slides)[-1].shapes.title.text_frame.text


def test_speaker_notes_go_into_the_notes(repo, stories, decks):
    story = find_story(stories, "zone")
    noted = [s for s in story.slides if s.note("en")]
    assert noted
    for lang in LANGS:
        slides = list(open_deck(decks[("zone", lang)]).slides)
        for s in noted:
            assert slides[s.position - 1].notes_slide.notes_text_frame.text == s.note(lang)


def test_chinese_runs_use_the_east_asian_font(decks):
    prs = open_deck(decks[("zone", "zh")])
    assert runs_without_ea(prs) == []
    xml = prs.slides[0].part.blob.decode()
    assert 'typeface="Microsoft YaHei"' in xml and 'charset="-122"' in xml


def test_distinct_bars_are_hatched_with_a_key(repo, tmp_path):
    """An estimated/converted or context bar keeps its distinction: a pattern fill and a key line."""
    from pptx import Presentation

    from etown_desktop.core.office.chart_points import drawn_series
    from etown_desktop.core.office.citations import chart_figures
    from etown_desktop.core.office.deck_look import Look
    from etown_desktop.core.office.pptx_chart import add_chart

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    spec = build_chart(repo, "clusters.bluepaper_2020")  # Beijing-wide targets
    figures = {f.id: f for f in chart_figures(repo, spec)}
    (chart,) = add_chart(slide, spec, figures, "en", Look(False, "Microsoft YaHei"), 0, 0, 9000000, 5000000)
    series = drawn_series(spec, figures, "en")
    assert all(p.distinct == "beijing" for p in series[0][1])
    xml = chart._chartSpace.xml  # noqa: SLF001
    assert xml.count("<a:pattFill") == len(series[0][1])
    spec = build_chart(repo, "targets.plan2025")  # context bars among plain ones
    figures = {f.id: f for f in chart_figures(repo, spec)}
    charts_ = add_chart(slide, spec, figures, "en", Look(False, None), 0, 0, 9000000, 5000000)
    distinct = sum(p.distinct == "context" for _n, pts in drawn_series(spec, figures, "en") for p in pts)
    assert distinct > 0
    assert sum(c._chartSpace.xml.count("<a:pattFill") for c in charts_) == distinct  # noqa: SLF001


def test_every_chart_of_the_app_becomes_a_native_chart(repo, tmp_path):
    """A story showing every chart (stories are data: any chart id may appear): each becomes
    native charts (one per panel) or, for the district × industry matrix, a table; every value
    in the chart part is a figure's value and every label its qualified value."""
    from etown_desktop.core.charts import chart_ids
    from etown_desktop.core.stories.records import Slide, Story

    slides = tuple(Slide("all", i, "chart", cid, None, None, None, None)
                   for i, cid in enumerate(chart_ids(), start=1))
    story = Story("all", "zone", None, "All charts", "全部图表", "", "", slides)
    for lang in LANGS:
        path = tmp_path / f"all_{lang}.pptx"
        export_story_pptx(repo, story, path, lang)
        prs = open_deck(path)
        assert len(prs.slides) == len(slides) + 1  # and the sources in full
        for slide, story_slide in zip(prs.slides, slides):
            spec = build_chart(repo, story_slide.ref)
            found = charts(slide)
            if spec.kind == "matrix":
                (table,) = [s.table for s in slide.shapes if s.has_table]
                marks = sum(c.text == "●" for row in table.rows for c in row.cells)
                assert marks == sum(p.value == 1.0 for s in spec.series for p in s.points)
                continue
            expected = spec.series if spec.kind == "panels" else (None,)
            assert len(found) == len(expected)
            scale = 1.0 if spec.kind == "panels" else spec.axis_scale(lang)
            pairs = ([(c.plots[0].series[0], s) for c, s in zip(found, spec.series)] if spec.kind == "panels"
                     else list(zip(found[0].plots[0].series, spec.series)))
            for ser, spec_series in pairs:
                for i, (value, p) in enumerate(zip(ser.values, spec_series.points)):
                    label = ser.points[i].data_label.text_frame.text
                    if not p.stated:
                        assert value is None
                    elif p.style == "converted":  # drawn at the stated conversion, label says so
                        assert value == pytest.approx(p.value) and label == p.label(lang)
                    else:
                        f = repo.figure(p.figure_id)
                        assert value == pytest.approx(f.value * scale)
                        assert label == format_value(f, lang, "words")
