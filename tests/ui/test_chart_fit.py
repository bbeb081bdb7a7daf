"""No chart cuts its text (issue: "≈ 30'" for "≈ 30%", "% of Beijing's tot" for the axis title,
"eijing E-Town (BDA)" for the matrix's first column): measured on the live pyqtgraph items at the
widths the charts get in a 1366x768 and a 1920x1080 window, English and Chinese. Names wrap and
axes widen; the type stays at the theme's sizes."""

from __future__ import annotations

import pytest
from settle import settle

from etown_desktop.core.charts import build_chart, chart_ids
from etown_desktop.ui.charts import chart_drawing as draw
from etown_desktop.ui.charts.chart_view import ChartView
from etown_desktop.ui.screens.layout_audit import clipped_chart_text

# A chart beside another (overview) and a full-width one, in a 1366- and a 1920-px window.
WIDTHS = {"1366-half": 500, "1366-full": 1040, "1920-half": 780, "1920-full": 1600}
HALF_WIDTH = ("overview.output_trend", "overview.beijing_share")  # side by side on the overview


def _view(qtbot, repo, chart_id: str, lang: str, width: int) -> ChartView:
    view = ChartView(build_chart(repo, chart_id), lang=lang)
    qtbot.addWidget(view)
    view.resize(width, view.sizeHint().height())
    view.show()
    qtbot.waitExposed(view)
    settle(view)
    return view


def _texts(view: ChartView) -> list[str]:
    import pyqtgraph as pg

    return [item.toPlainText() for plot in view.plots for item in plot.getViewBox().addedItems
            if isinstance(item, pg.TextItem)]


def _flat(text: str) -> str:
    return " ".join(text.split()) if " " in text or "\n" in text else text


# Every chart at the full widths; the two side-by-side ones at the half widths too.
CASES = [(chart_id, width) for chart_id in chart_ids() for width in WIDTHS
         if not width.endswith("half") or chart_id in HALF_WIDTH]


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize(("chart_id", "width"), CASES)
def test_no_chart_text_is_cut(qtbot, repo, chart_id, width, lang):
    view = _view(qtbot, repo, chart_id, lang, WIDTHS[width])
    assert not clipped_chart_text(view), "\n".join(clipped_chart_text(view))


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("width", [500, 780])
def test_land_vs_industry_shows_every_label_whole(qtbot, repo, lang, width):
    spec = build_chart(repo, "overview.beijing_share")
    view = _view(qtbot, repo, spec.id, lang, width)
    plot = view.plot
    # every value label, whole, inside the plot area
    shown = {_flat(t).strip() for t in _texts(view)}
    for p in spec.series[0].points:
        assert p.label(lang) in shown
    # the axis title whole, the category names whole (wrapped at most), at the theme's type size
    assert plot.getAxis("bottom").labelText == spec.axis(lang)
    names = [t for _, t in plot.getAxis("left")._tickLevels[0]]
    flat = [n.replace("\n", " " if lang == "en" else "") for n in names]
    assert flat == [p.category(lang) for p in spec.series[0].points]
    assert plot.getAxis("left").style["tickFont"].pointSize() == draw.TICK_PT
    # the plot area keeps room for a bar and its label: not squeezed by the names
    assert plot.getViewBox().width() >= draw.min_bar_px()
    assert not clipped_chart_text(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("width", [1040, 1600])
def test_district_headers_are_whole(qtbot, repo, lang, width):
    spec = build_chart(repo, "clusters.zone_matrix")
    view = _view(qtbot, repo, spec.id, lang, width)
    heads = [t for t in _texts(view) if t.strip()]
    joined = [h.replace("\n", " " if lang == "en" else "") for h in heads]
    assert joined == [d.name(lang) for d in spec.series]
    assert "Beijing E-Town (BDA)" in joined or lang == "zh"
    assert not clipped_chart_text(view)


def test_the_check_sees_cut_text(qtbot, repo):
    """The measure can fail: names given the whole width push the value labels and the axis title
    out of the chart (the look of the bug)."""
    view = _view(qtbot, repo, "overview.beijing_share", "en", 500)
    left = view.plot.getAxis("left")
    left.setTicks([[(float(i), t.replace("\n", " ")) for i, t in left._tickLevels[0]]])
    view.plot.geometryChanged.disconnect()  # the fitting would undo this on the next resize
    left.setWidth(430)
    settle(view)
    problems = clipped_chart_text(view)
    assert any("≈ 30%" in p for p in problems), problems
    assert any("axis title" in p for p in problems), problems


@pytest.fixture
def text_size():
    """View → Text size for one test (the charts read their sizes when they are drawn)."""
    from etown_desktop.ui.text_size import state

    yield state.set_percent
    state.set_percent(100)


@pytest.mark.parametrize("percent", [150, 200])
@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("chart_id", ["overview.beijing_share", "clusters.bluepaper_2020",
                                      "fortune500.presence", "clusters.zone_matrix",
                                      "overview.industry_shares"])
def test_large_text_fits_without_shrinking(qtbot, repo, text_size, chart_id, lang, percent):
    """At 150 and 200 % text on a 1366-px window (1040 px for a full-width chart): every value
    label beside its bar whole (the headroom measured in the label's own font), every name drawn
    and on no more than two lines, none over its neighbour, the tick font at the text size."""
    from etown_desktop.ui.text_size.state import pt

    text_size(percent)
    view = _view(qtbot, repo, chart_id, lang, 1040)
    assert not clipped_chart_text(view), "\n".join(clipped_chart_text(view))
    left = view.plot.getAxis("left")
    assert left.style["tickFont"].pointSizeF() == pt(draw.TICK_PT)
    for _, name in left._tickLevels[0]:
        assert name.count("\n") < 4, name  # rows grow for the lines a name takes


@pytest.mark.parametrize("percent", [100, 200])
def test_chinese_names_wrap_into_readable_lines(qtbot, repo, text_size, percent):
    """A Chinese industry name of the matrix is never broken into a column of single characters
    ("创\n新\n药…"): each line holds several characters, the lines about equally long."""
    text_size(percent)
    view = _view(qtbot, repo, "clusters.zone_matrix", "zh", 1040)
    names = [t for _, t in view.plot.getAxis("left")._tickLevels[0]]
    for name in names:
        lines = name.split("\n")
        assert all(len(line) >= 3 for line in lines) or len(lines) == 1, name
        assert max(map(len, lines)) - min(map(len, lines)) <= 2, name
    assert not clipped_chart_text(view)


def test_min_bar_grows_with_the_text_size(text_size):
    """The least bar length is counted in the tick font's ems: twice as long at 200 %."""
    bar, column = draw.min_bar_px(), draw.min_column_px()
    text_size(200)
    assert draw.min_bar_px() >= 1.9 * bar
    assert draw.min_column_px() >= 1.9 * column


def test_the_check_sees_names_drawn_over_each_other(qtbot, repo):
    """The overlap measure can fail: names on four lines in rows made for one are reported."""
    view = _view(qtbot, repo, "clusters.bluepaper_2020", "en", 1040)
    left = view.plot.getAxis("left")
    left.setTicks([[(pos, "a\nb\nc\nd " + t) for pos, t in left._tickLevels[0]]])
    view.plot.geometryChanged.disconnect()
    settle(view)
    assert any("drawn over each other" in p for p in clipped_chart_text(view))


def _scene_rects(view: ChartView):
    """The value labels' text boxes (document margins off) and the bars, in scene px."""
    import pyqtgraph as pg

    vb = view.plot.getViewBox()
    labels, bars = [], []
    for item in vb.addedItems:
        if isinstance(item, pg.TextItem):
            margin = item.textItem.document().documentMargin()
            labels.append((item, item.mapRectToScene(item.textItem.mapRectToParent(
                item.textItem.boundingRect().adjusted(margin, margin, -margin, -margin)))))
        elif isinstance(item, pg.BarGraphItem):
            bars.append(item.mapRectToScene(item.boundingRect()))
    return labels, bars


# The presence chart's widths at 200 % text: in a 960x540 window (a 1920x1080 laptop at 200 %
# display scaling) beside the source panel, the chart's least width, and a 1366-px window.
NARROW_200 = (612, 480)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("width", NARROW_200)
def test_value_labels_go_under_their_bars_when_the_chart_is_narrow(qtbot, repo, text_size, lang,
                                                                    width):
    """At 200 % text a narrow grouped-bar chart has no room for a bar and "> 90 companies" side
    by side (the label was cut by the plot's edge): each label moves under its bar, whole, at the
    text size, over no bar and no other label; the bars take the plot's width."""
    from etown_desktop.ui.text_size.state import pt

    text_size(200)
    view = _view(qtbot, repo, "fortune500.presence", lang, width)
    assert not clipped_chart_text(view), "\n".join(clipped_chart_text(view))
    labels, bars = _scene_rects(view)
    assert len(bars) == 4 and len(labels) == 4
    area = view.plot.getViewBox().sceneBoundingRect()
    layout_below = False
    for label, rect in labels:
        assert label.textItem.font().pointSizeF() == pt(draw.VALUE_PT)  # never smaller type
        assert area.left() - 2 <= rect.left() and rect.right() <= area.right() + 2
        own = min(bars, key=lambda b: abs(b.bottom() - rect.top()))
        if rect.top() >= own.bottom() - 2 and abs(rect.left() - own.left()) <= 8:
            layout_below = True
        for bar in bars:
            inter = rect.intersected(bar)
            assert inter.width() <= 2 or inter.height() <= 2, label.toPlainText()
    if lang == "en":  # "> 90 companies" does not fit beside a bar: under it
        assert layout_below
    # the longest bar takes most of the plot's width (not squeezed to leave room for its label)
    assert max(b.width() for b in bars) >= 0.8 * area.width() or not layout_below


def test_value_labels_stay_beside_their_bars_where_there_is_room(qtbot, repo, text_size):
    """At 200 % text on a 1366-px window the labels keep their place beside the bars."""
    text_size(200)
    view = _view(qtbot, repo, "fortune500.presence", "en", 1040)
    labels, bars = _scene_rects(view)
    for label, rect in labels:
        own = min(bars, key=lambda b: abs(b.center().y() - rect.center().y()))
        assert abs(rect.center().y() - own.center().y()) <= 3, label.toPlainText()
        assert rect.left() >= own.right() - 2
    assert not clipped_chart_text(view)


def test_a_narrow_chart_comes_back_to_labels_beside_the_bars(qtbot, repo, text_size):
    """Narrow, then wide again: the same picture as drawn wide at once (bars and hit areas moved
    back), so a window's resize never leaves the labels under the bars."""
    text_size(200)
    wide = _view(qtbot, repo, "fortune500.presence", "en", 1040)
    before = [h.rect.getRect() for _, h in wide.hits]
    wide.resize(612, wide.height())
    settle(wide)
    assert [h.rect.getRect() for _, h in wide.hits] != before  # thinner bars under narrow
    wide.resize(1040, wide.height())
    settle(wide)
    after = [h.rect.getRect() for _, h in wide.hits]
    assert [v for r in after for v in r] == pytest.approx([v for r in before for v in r])
    assert not clipped_chart_text(wide)


def test_the_check_sees_a_label_over_a_bar(qtbot, repo, text_size):
    """The overlap measure can fail: a label moved onto its bar is reported."""
    view = _view(qtbot, repo, "fortune500.presence", "en", 1040)
    labels, _bars = _scene_rects(view)
    label = labels[0][0]
    view.plot.getViewBox().sigResized.disconnect()  # the fitting would put it back
    label.setPos(0, label.pos().y())
    settle(view)
    assert any("drawn over a bar" in p for p in clipped_chart_text(view))


def _header_lines(view: ChartView) -> dict[str, list[str]]:
    """The matrix's column headers as shown, by district (lines of each)."""
    texts = [t for t in _texts(view) if t.strip()]
    return {t.replace("\n", " "): t.split("\n") for t in texts}


@pytest.mark.parametrize("width", [1018, 1280])
def test_matrix_headers_keep_their_words_at_200_percent(qtbot, repo, text_size, width):
    """At 200 % text in a 1366-px window (the matrix is 1018 px wide) the district names no
    longer break mid-word ("Chan|gpin|g", "Haid|ian"): the headers stand in two staggered tiers
    with room for whole words; a word wider than even that (the last column's "Changping", held
    in by the plot's edge) breaks between its pinyin syllables, without a hyphen; the type stays
    at the text size and no header runs into another (the audit's overlap check)."""
    from etown_desktop.core.accessibility.word_breaks import break_points
    from etown_desktop.ui.text_size.state import pt

    text_size(200)
    spec = build_chart(repo, "clusters.zone_matrix")
    view = _view(qtbot, repo, spec.id, "en", width)
    assert not clipped_chart_text(view), "\n".join(clipped_chart_text(view))
    heads = [item for item in view.plot.getViewBox().addedItems
             if hasattr(item, "toPlainText") and item.toPlainText().strip()]
    assert all(h.textItem.font().pointSizeF() == pt(draw.TICK_PT) for h in heads)
    shown = [h.toPlainText() for h in sorted(heads, key=lambda h: h.pos().x())]
    names = [d.name("en") for d in spec.series]
    whole = 0
    for name, text in zip(names, shown):
        lines = text.split("\n")
        assert "".join(lines).replace(" ", "") == name.replace(" ", "")  # nothing lost or added
        # each break is at a space, or inside a word at one of its break points
        rebuilt, at = "", 0
        for line in lines[:-1]:
            at += len(line)
            rebuilt += line
            if name[at:at + 1] == " ":
                at += 1
                rebuilt += " "
                continue
            word_start = name.rfind(" ", 0, at) + 1
            word = name[word_start:].split(" ")[0]
            assert at - word_start in break_points(word), (name, lines)
        whole += all(name[len(" ".join(lines[:k + 1])):][:1] in (" ", "")
                     for k in range(len(lines) - 1)) or len(lines) == 1
    # the inner districts keep their names whole (the last one may break at a syllable)
    assert whole >= len(names) - 1, shown


def test_matrix_headers_stay_in_one_row_where_they_fit(qtbot, repo):
    """At 100 % on a wide window nothing is staggered: every header sits on the grid."""
    view = _view(qtbot, repo, "clusters.zone_matrix", "en", 1600)
    heads = [item for item in view.plot.getViewBox().addedItems
             if hasattr(item, "toPlainText") and item.toPlainText().strip()]
    assert len({round(h.pos().y(), 6) for h in heads}) == 1


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_small_multiples_take_fewer_columns_in_a_narrow_window(qtbot, repo, lang):
    """At 100 % text in a 960x540 window (a 1920x1080 laptop at 200 % display scaling) the
    chart is 612 px wide: three small charts side by side squeezed their labels over each other
    ("> 25%" over "≈ 30%", "2025 targetRelated figure*"); they go two to a row, and three again
    when the window widens."""
    view = _view(qtbot, repo, "targets.plan2025", lang, 612)
    assert not clipped_chart_text(view), "\n".join(clipped_chart_text(view))
    xs = {round(w.mapTo(view, w.rect().topLeft()).x()) for w in view.plot_widgets}
    assert len(xs) == 2
    view.resize(1040, view.height())
    settle(view)
    assert len({round(w.mapTo(view, w.rect().topLeft()).x()) for w in view.plot_widgets}) == 3
    assert not clipped_chart_text(view)
