"""Cards side by side read as a row: the value line of every KPI card (and the text of every profile
figure card) starts at the same height as in the other cards of its row, whatever the row's tallest
card makes of the others (measured on the live labels: where the label puts its text)."""

from __future__ import annotations

import importlib

import pytest
from settle import settle
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QWidget

from etown_desktop.ui.tabs import TAB_REGISTRY

# The tab page beside the source panel in a 1366x768 and a 1920x1080 window.
TAB_SIZES = {"1366": (1070, 700), "1920": (1620, 1000)}
_SLACK = 3


def _text_height(label: QLabel, width: int) -> int:
    """The height of the label's text itself (not the label's, which a layout may stretch)."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or GuiQt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        doc.setTextWidth(width)
        return round(doc.size().height())
    flags = Qt.TextFlag.TextWordWrap if label.wordWrap() else Qt.TextFlag.TextSingleLine
    return QFontMetrics(label.font()).boundingRect(QRect(0, 0, width, 100_000), int(flags), text).height()


def text_top(label: QLabel, card: QWidget) -> int:
    """Where the first line of ``label``'s text is drawn, in ``card``'s coordinates."""
    rect = label.contentsRect()
    need = min(_text_height(label, rect.width()), rect.height())
    align = label.alignment()
    if align & Qt.AlignmentFlag.AlignTop:
        offset = 0
    elif align & Qt.AlignmentFlag.AlignBottom:
        offset = rect.height() - need
    else:  # QLabel's default: centred vertically
        offset = (rect.height() - need) // 2
    return label.mapTo(card, QPoint(0, rect.top() + offset)).y()


def card_rows(page: QWidget) -> list[list[tuple[QWidget, QLabel]]]:
    """KPI cards (their value label), profile figure cards (their text) and profile reform and
    company cards (their first line), grouped by row."""
    from etown_desktop.ui.profiles.profile_widgets import FigureCard
    from etown_desktop.ui.widgets.kpi_card import KpiCard

    found = [(c, c.value_label) for c in page.findChildren(KpiCard)]
    found += [(c, getattr(c, "text_label", None) or c.findChild(QLabel)) for c in page.findChildren(FigureCard)]
    found += [(c, c.findChild(QLabel)) for c in page.findChildren(QWidget)
              if c.objectName() in ("profileReform", "profileCompany")]
    rows: dict[tuple[int, int], list] = {}
    for card, label in found:
        if card.isVisibleTo(page) and card.height() > 0:
            key = (id(card.parentWidget()), card.mapTo(page, QPoint(0, 0)).y())
            rows.setdefault(key, []).append((card, label))
    return [r for r in rows.values() if len(r) > 1]


def misaligned(page: QWidget) -> list[str]:
    problems = []
    for row in card_rows(page):
        tops = {label.text()[:30]: text_top(label, card) for card, label in row}
        if max(tops.values()) - min(tops.values()) > _SLACK:
            problems.append(f"values at different heights in one row: {tops}")
    return problems


@pytest.mark.parametrize("size", list(TAB_SIZES))
@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", ["overview", "clusters", "foreign-investment", "fortune500",
                                  "targets", "profiles"])
def test_values_of_a_card_row_line_up(qtbot, qapp, repo, hub, name, lang, size):
    from etown_desktop.ui import i18n

    i18n.install_translator(lang, qapp)
    try:
        _, module, cls = next(t for t in TAB_REGISTRY if t[0] == name)
        tab = getattr(importlib.import_module(module), cls)(repo, hub)
        qtbot.addWidget(tab)
        tab.resize(*TAB_SIZES[size])
        tab.show()
        qtbot.waitExposed(tab)
        settle(tab)
        rows = card_rows(tab)
        assert rows, f"{name}: no row of cards found"
        assert not misaligned(tab), "\n".join(misaligned(tab))
    finally:
        i18n.install_translator("en", qapp)


@pytest.mark.parametrize("name", ["overview", "profiles"])
def test_a_value_given_more_room_stays_at_the_top(qtbot, qapp, repo, hub, name):
    """A card's text label made taller than its text (a value shrunk to one line after the row was
    laid out, a taller neighbour) keeps the value at the top, in line with the rest of its row."""
    _, module, cls = next(t for t in TAB_REGISTRY if t[0] == name)
    tab = getattr(importlib.import_module(module), cls)(repo, hub)
    qtbot.addWidget(tab)
    tab.resize(*TAB_SIZES["1366"])
    tab.show()
    qtbot.waitExposed(tab)
    settle(tab)
    card, label = card_rows(tab)[0][0]
    label.setMinimumHeight(label.height() + 40)
    settle(tab)
    assert label.height() >= _text_height(label, label.contentsRect().width()) + 30
    assert not misaligned(tab), "\n".join(misaligned(tab))


def test_the_check_sees_a_value_centred_lower(qtbot, qapp, repo, hub):
    """The measure can fail: a value centred in 40 px more than its text is reported."""
    from etown_desktop.ui.tabs.overview_tab import OverviewTab

    tab = OverviewTab(repo, hub)
    qtbot.addWidget(tab)
    tab.resize(*TAB_SIZES["1366"])
    tab.show()
    qtbot.waitExposed(tab)
    settle(tab)
    card, label = card_rows(tab)[0][0]
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    label.setMinimumHeight(label.height() + 40)
    settle(tab)
    assert misaligned(tab)
