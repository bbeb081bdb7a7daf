"""The Simplified Chinese translation: complete, placeholders intact, and really shown in every tab."""

from __future__ import annotations

import importlib
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QListView

from etown_desktop.core.resources import resource_path
from etown_desktop.ui import i18n
from etown_desktop.ui.tabs import TAB_REGISTRY

CJK = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"%\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")
SRC = Path(__file__).resolve().parents[2] / "src" / "etown_desktop"


def _messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(resource_path("translations", "etown_zh.ts")).getroot()
    return [(ctx.findtext("name"), msg.findtext("source"), msg.find("translation"))
            for ctx in root.iter("context") for msg in ctx.iter("message")]


MESSAGES = _messages()


@pytest.fixture
def zh(qapp):
    assert i18n.install_translator("zh", qapp), "etown_zh.qm should be bundled"
    yield
    i18n.install_translator("en", qapp)


# -- the .ts file -------------------------------------------------------------------------------
def test_ts_has_messages():
    assert len(MESSAGES) > 150


def test_every_message_is_translated():
    unfinished = [(c, s) for c, s, t in MESSAGES if t.get("type") in ("unfinished", "obsolete", "vanished")]
    empty = [(c, s) for c, s, t in MESSAGES if not (t.text or "").strip()]
    assert unfinished == []
    assert empty == []


def test_translations_are_chinese():
    """Every translation of a text with words in it is written in Chinese, not copied English."""
    wordy = [(c, s, t.text) for c, s, t in MESSAGES if re.search(r"[A-Za-z]{3,}", PLACEHOLDER.sub("", s))]
    assert [m for m in wordy if not CJK.search(m[2] or "")] == []


@pytest.mark.parametrize("context, source, translation",
                         [(c, s, t) for c, s, t in MESSAGES if PLACEHOLDER.search(s)],
                         ids=lambda v: v if isinstance(v, str) and len(v) < 40 else None)
def test_placeholders_match(context, source, translation):
    assert Counter(PLACEHOLDER.findall(translation.text or "")) == Counter(PLACEHOLDER.findall(source))


def test_file_filters_keep_their_pattern():
    """The save dialogs derive the extension from "(*.ext)" in the (translated) filter text."""
    filters = [(s, t.text) for _, s, t in MESSAGES if re.search(r"\(\*\.\w+\)$", s)]
    assert filters
    for source, text in filters:
        assert text.endswith(source[source.rindex("(*."):]), (source, text)


def test_no_tr_call_inside_an_f_string():
    """lupdate cannot see tr() inside an f-string: such text would never be translated."""
    pattern = re.compile(r"""f["'][^"'\n]*\{[^}]*\b(tr|translate)\(""")
    offenders = [f"{p.relative_to(SRC)}:{n}" for folder in ("ui", "app") for p in (SRC / folder).rglob("*.py")
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if pattern.search(line)]
    assert offenders == []


# -- the running app ----------------------------------------------------------------------------
def _build(qtbot, repo, hub, name):
    _, module, cls = next(t for t in TAB_REGISTRY if t[0] == name)
    tab_class = getattr(importlib.import_module(module), cls)
    tab = tab_class(repo, hub)
    qtbot.addWidget(tab)
    tab.resize(1600, 1000)
    return tab_class, tab


def _visible_texts(tab) -> list[str]:
    texts = [w.text() for w in tab.findChildren(QLabel) if w.text().strip()]
    texts += [w.placeholderText() for w in tab.findChildren(QLineEdit) if w.placeholderText()]
    for view in tab.findChildren(QAbstractItemView):
        model = view.model()
        texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
    return texts


ENGLISH_SOURCES = {s for _, s, _ in MESSAGES if re.search(r"[A-Za-z]{3,}", s)}


@pytest.mark.parametrize("name", [n for n, _, _ in TAB_REGISTRY])
def test_tab_is_chinese(qtbot, repo, hub, zh, name):
    tab_class, tab = _build(qtbot, repo, hub, name)
    assert CJK.search(tab_class.title()), tab_class.title()
    texts = _visible_texts(tab)
    assert len(texts) >= 5
    # no text of ours is left in English (the data's own English, e.g. a page section, is not ours)
    assert [t for t in texts if t in ENGLISH_SOURCES] == []
    section_titles = [w.text() for w in tab.findChildren(QLabel) if w.objectName() == "sectionTitle"]
    assert section_titles and all(CJK.search(t) for t in section_titles), section_titles
    # list views (e.g. a combo box's popup) show no header
    headers = [t for view in tab.findChildren(QAbstractItemView) if not isinstance(view, QListView)
               for t in _headers(view)]
    assert all(CJK.search(h) for h in headers if h), headers


def _headers(view) -> list[str]:
    model = view.model()
    return [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]


def test_tab_titles_follow_the_language(qapp, zh):
    for _, module, cls in TAB_REGISTRY:
        assert CJK.search(getattr(importlib.import_module(module), cls).title())


def test_overview_cards_show_chinese_data(qtbot, repo, hub, zh):
    _, tab = _build(qtbot, repo, hub, "overview")
    fig = repo.headline("industrial_output")
    card = tab.card_for(fig.id)
    assert card.title_label.text() == fig.label_zh
    from etown_desktop.core.formatting import format_value

    assert card.value_label.text() == format_value(fig, "zh")
    tip = card.tooltip_html()
    assert "时期：" in tip and "来源：" in tip and "Period" not in tip


def test_fortune500_table_and_detail_in_chinese(qtbot, repo, hub, zh):
    _, tab = _build(qtbot, repo, hub, "fortune500")
    kinds = {tab.model.index(r, 1).data() for r in range(tab.model.rowCount())}
    assert kinds and all(CJK.search(k) for k in kinds), kinds
    company = repo.companies()[0]
    html = tab.detail_html(company)
    assert company.name_zh in html and "来源：" in html and "Source" not in html


def test_targets_table_in_chinese(qtbot, repo, hub, zh):
    _, tab = _build(qtbot, repo, hub, "targets")
    model = tab.targets_table.model()
    comparable = {model.index(r, 3).data() for r in range(model.rowCount())} - {"—"}
    assert comparable and all(CJK.search(c) for c in comparable), comparable


def test_english_is_back_after_switching(qtbot, repo, hub, zh, qapp):
    i18n.install_translator("en", qapp)
    tab_class, tab = _build(qtbot, repo, hub, "overview")
    assert not CJK.search(tab_class.title())
    assert not any(CJK.search(t) for t in
                   [w.text() for w in tab.findChildren(QLabel) if w.objectName() == "sectionTitle"])
