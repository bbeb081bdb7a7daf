"""Clicking a figure in the all-figures table shows that figure's own source in the panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from etown_desktop.core.formatting import (
    format_period,
    format_publisher,
    format_source_date,
    format_usd,
    format_value,
)
from etown_desktop.ui.models.figure_table_model import COLUMN_KEYS
from etown_desktop.ui.provenance_panel import ProvenancePanel
from etown_desktop.ui.tabs.sources_tab import SourcesTab


@pytest.fixture
def setup(qtbot, repo, hub):
    tab = SourcesTab(repo, hub)
    panel = ProvenancePanel(repo, hub)
    qtbot.addWidget(tab)
    qtbot.addWidget(panel)
    tab.resize(1200, 800)
    tab.show()
    qtbot.waitExposed(tab)
    return tab, panel


def click_figure(qtbot, tab, figure_id: str) -> None:
    table = tab.figure_table
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == figure_id)
    index = model.index(row, COLUMN_KEYS.index("label"))
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def pick(repo, predicate):
    return next(f for f in repo.figures() if predicate(f))


@pytest.mark.parametrize("kind", ["publisher", "no_publisher_undated", "updated_only", "usd"])
def test_click_shows_the_right_source(qtbot, setup, repo, kind):
    tab, panel = setup
    fig = {
        "publisher": lambda: pick(repo, lambda f: f.source.publisher),
        "no_publisher_undated": lambda: pick(repo, lambda f: not f.source.publisher and f.source.is_undated),
        "updated_only": lambda: pick(repo, lambda f: f.source.updated and not f.source.published),
        "usd": lambda: pick(repo, lambda f: f.usd_value is not None),
    }[kind]()
    # Start from a different figure so a stale panel cannot pass.
    other = pick(repo, lambda f: f.source.id != fig.source.id)
    click_figure(qtbot, tab, other.id)
    assert panel.current_figure_id == other.id

    with qtbot.waitSignal(panel.figureShown, timeout=2000) as blocker:
        click_figure(qtbot, tab, fig.id)
    assert blocker.args == [fig.id]
    text = panel.plain_text()
    src = fig.source
    assert format_value(fig, "en") in text
    assert fig.label_en in text
    assert format_publisher(src, "en") in text
    assert format_source_date(src, "en") in text
    assert format_period(fig, "en") in text
    assert src.seed_file in text
    assert src.title_en in text
    assert f"Paragraph\n{fig.paragraph}" in text or f"Paragraph\t{fig.paragraph}" in text \
        or f"Paragraph {fig.paragraph}" in text
    if not src.publisher:
        assert "publisher not stated" in text
    if src.is_undated:
        assert "undated" in text
    usd = format_usd(fig, "en")
    if usd:
        assert usd in text
    # The other source's details are gone.
    if other.source.seed_file != src.seed_file:
        assert other.source.seed_file not in text


def test_alternatives_are_listed(qtbot, setup, repo):
    tab, panel = setup
    fig = next((f for f in repo.figures() if repo.alternatives(f)), None)
    assert fig is not None, "no metric is stated by two sources in this database"
    click_figure(qtbot, tab, fig.id)
    text = panel.plain_text()
    assert "Also stated as" in text
    for alt in repo.alternatives(fig):
        assert format_value(alt, "en") in text
        assert alt.source.ref in text


def test_keyboard_navigation_updates_the_panel(qtbot, setup, repo):
    tab, panel = setup
    table = tab.figure_table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    first = table.model().index(0, 0).data()
    assert panel.current_figure_id == first
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert panel.current_figure_id == table.model().index(1, 0).data()


def test_unknown_figure_is_ignored(qtbot, setup, hub):
    _, panel = setup
    before, text = panel.current_figure_id, panel.plain_text()
    hub.show_figure("NO_SUCH_FIGURE")
    assert panel.current_figure_id == before
    assert panel.plain_text() == text


# What a reader must see for each qualifier, written out here rather than taken from the code under
# test: a qualifier name dropped from the panel or the table fails these, whatever the database holds.
QUALIFIER_WORDS = {
    "en": {"about": "about", "nearly": "nearly", "more_than": "more than", "at_least": "at least",
           "less_than": "less than", "at_most": "at most"},
    "zh": {"about": "约", "nearly": "近", "more_than": "超过", "at_least": "至少", "less_than": "不到",
           "at_most": "不超过"},
}


@pytest.fixture(params=["en", "zh"])
def panel_lang(request, qapp):
    from etown_desktop.ui import i18n

    assert i18n.install_translator(request.param, qapp)
    yield request.param
    i18n.install_translator("en", qapp)


def _qualifier_row(text: str, header: str) -> str:
    """The text beside the panel's Qualifier header."""
    import re

    match = re.search(rf"^{re.escape(header)}\s+(.+)$", text, re.MULTILINE)
    assert match, f"no {header!r} row in the panel:\n{text}"
    return match.group(1).strip()


def test_the_panel_names_the_sources_qualifier(qtbot, repo, hub, panel_lang):
    """"Nearly 600" shows as 'the source says “nearly”' (原文表述为“近”), an exact figure as exact."""
    from PySide6.QtCore import QCoreApplication

    panel = ProvenancePanel(repo, hub)
    qtbot.addWidget(panel)
    header = QCoreApplication.translate("ProvenancePanel", "Qualifier")
    says = QCoreApplication.translate("ProvenancePanel", "the source says “%1”")
    exact = QCoreApplication.translate("ProvenancePanel", "exact figure")
    if panel_lang == "zh":
        assert (header, exact) != ("Qualifier", "exact figure"), "the Chinese translation is not loaded"
    stated = {f.qualifier: f for f in repo.figures()}
    assert {"nearly", "more_than", "about", "exact"} <= set(stated), "the data lost a qualifier kind"
    for qualifier, fig in stated.items():
        panel.show_figure(fig.id)
        row = _qualifier_row(panel.plain_text(), header)
        if qualifier == "exact":
            assert row == exact, fig.id
        else:
            word = QUALIFIER_WORDS[panel_lang][qualifier]
            assert row == says.replace("%1", word), (fig.id, row)
