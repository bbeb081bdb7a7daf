"""Issue 12, views that scale: a profile section shows its headline items (by the rule of
core/profiles/headline.py) and "Show all N" opens the section's full list as an on-demand table."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from etown_desktop.core.profiles.headline import HEADLINE_ITEMS
from etown_desktop.core.repository import Repository


@pytest.fixture(scope="module")
def big(synthetic_db):
    r = Repository(synthetic_db(100))
    yield r
    r.close()


@pytest.fixture
def language(qapp):
    from etown_desktop.ui import i18n

    yield lambda lang: i18n.install_translator(lang, qapp)
    i18n.install_translator("en", qapp)


def _tab(qtbot, repo, hub):
    from etown_desktop.ui.profiles.profiles_tab import ProfilesTab

    tab = ProfilesTab(repo, hub)
    qtbot.addWidget(tab)
    return tab


def _show_all(widget, key):
    section = widget.sections[key]
    buttons = [b for b in section.findChildren(QPushButton) if b.objectName() == "showAll"]
    assert len(buttons) == 1
    return buttons[0]


@pytest.mark.parametrize("key", ["figures", "companies", "sources"])
def test_profile_section_at_100x_is_bounded_and_show_all_opens_every_row(qtbot, big, hub, key):
    tab = _tab(qtbot, big, hub)
    tab.show_profile("ngit")
    view = tab.view
    profile = view.profile
    total = len(getattr(profile, key))
    assert total > HEADLINE_ITEMS
    section = view.sections[key]
    assert len(section.findChildren(QLabel)) < 4 * HEADLINE_ITEMS  # never a widget per item
    button = _show_all(view, key)
    assert f"{total:,}" in button.text()
    button.click()
    dialog = view.section_dialog
    model = dialog.table.model()
    assert model.rowCount() == total
    assert f"{total:,}" in dialog.count_label.text()
    first = model.index(0, 0).data()
    dialog.search_box.setText(first)
    assert 0 < model.rowCount() < total
    assert first in [model.index(r, 0).data() for r in range(model.rowCount())]
    dialog.search_box.setText("")
    assert model.rowCount() == total
    dialog.close()


def test_show_all_figures_lists_exactly_the_sections_figures_and_clicks_through(qtbot, big, hub):
    from etown_desktop.ui.widgets.table_view import FIGURE_ID_ROLE

    tab = _tab(qtbot, big, hub)
    tab.show_profile("biomedicine")
    profile = tab.view.profile
    dialog = tab.view.show_all("figures")
    model = dialog.table.model()
    ids = {model.index(r, 0).data(FIGURE_ID_ROLE) for r in range(model.rowCount())}
    assert ids == {pf.figure.id for pf in profile.figures}
    shown: list[str] = []
    hub.figureActivated.connect(shown.append)
    dialog.table.setCurrentIndex(model.index(3, 2))
    assert shown and shown[-1] == model.index(3, 0).data(FIGURE_ID_ROLE)  # the provenance panel follows
    dialog.close()


def test_comparison_at_100x_offers_each_sides_full_list(qtbot, big, hub):
    tab = _tab(qtbot, big, hub)
    tab.show_profile("ngit", "biomedicine")
    view = tab.view
    buttons = [b for b in view.findChildren(QPushButton) if b.objectName() == "showAll"]
    assert buttons  # the long sections (figures, companies, sources) of both sides
    assert len(view.cells) <= 7 * HEADLINE_ITEMS
    dialog = view.show_all(view.comparison.right, "companies")
    assert dialog.table.model().rowCount() == len(view.comparison.right.companies)
    dialog.close()


def test_show_all_speaks_chinese(qtbot, big, hub, language):
    language("zh")
    tab = _tab(qtbot, big, hub)
    tab.show_profile("ngit")
    button = _show_all(tab.view, "companies")
    assert "显示全部" in button.text()
    dialog = tab.view.show_all("companies")
    assert "提及的企业与项目" in dialog.windowTitle()
    dialog.close()
