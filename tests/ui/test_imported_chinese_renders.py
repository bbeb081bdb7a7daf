"""A data edition brings Chinese the shipped data never had (issue 17 §1): a figure labelled
亦庄注册生物医药企业 is imported from an update workbook, then drawn without a missing glyph on its
card and in the search results (by the bundled font alone, font merging off), and the Chinese
brief PDF embeds a subset font from which pdftotext gives the label back."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import openpyxl
import pytest
from editions_testdata import TEST_SOURCE_ID, edit_template
from glyph_probe import bundled_only, not_drawn
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from etown_desktop.app.cli import main
from etown_desktop.ui.fonts import apply_app_font, bundled_family

LABEL = "亦庄注册生物医药企业"
ARTICLE_ZH = f"测试数据（合成）：{LABEL}共 77 家。"
FIGURE = "TF02"


@pytest.fixture
def imported(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ETOWN_DESKTOP_DATA_HOME", str(tmp_path / "userdata"))
    monkeypatch.chdir(tmp_path)
    assert main(["data", "template", "-o", "update.xlsx"]) == 0
    rows = edit_template(tmp_path / "update.xlsx", tmp_path / "fonts.xlsx", change_and_remove=False)
    wb = openpyxl.load_workbook(tmp_path / "fonts.xlsx")
    figs = wb["figures"]
    header = [c.value for c in figs[1]]
    for col, value in (("label_zh", LABEL), ("label_en", "TEST registered biomedicine firms"),
                       ("paragraph", 4)):
        figs.cell(row=rows["firm_row"], column=header.index(col) + 1, value=value)
    art = wb["article_text"]
    art.append([TEST_SOURCE_ID, 4, ARTICLE_ZH])
    wb.save(tmp_path / "fonts.xlsx")
    capsys.readouterr()
    assert main(["data", "import", "fonts.xlsx", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "is now active (from fonts.xlsx)" in out and "U+" not in out  # no glyph warning
    return tmp_path


def test_the_card_and_the_search_draw_the_new_label(imported, qapp, qtbot):
    from etown_desktop.core.repository import Repository
    from etown_desktop.core.search.query import SearchIndex
    from etown_desktop.ui.search.search_popup import SearchPopup
    from etown_desktop.ui.widgets.kpi_card import KpiCard

    before = QFont(qapp.font())
    apply_app_font()
    repo = Repository()  # the active edition: the imported one
    try:
        fig = repo.figure(FIGURE)
        assert fig.label("zh") == LABEL
        card = KpiCard(fig, lang="zh")
        qtbot.addWidget(card)
        texts = {label.text(): label.font() for label in card.findChildren(QLabel) if label.text()}
        assert LABEL in texts
        for text, font in texts.items():
            assert font.families()[-1] == bundled_family()
            assert not_drawn(text, font) == set(), text  # the card's own font chain
            assert not_drawn(text, bundled_only()) == set(), text  # the bundled font alone

        popup = SearchPopup(SearchIndex.from_repository(repo))
        qtbot.addWidget(popup)
        popup.lang = "zh"
        popup.run_query("生物医药企业")
        shown = [popup.tree.topLevelItem(i).child(j).text(0)
                 for i in range(popup.tree.topLevelItemCount())
                 for j in range(popup.tree.topLevelItem(i).childCount())]
        assert LABEL in shown
        assert popup.tree.font().families()[-1] == bundled_family()
        assert not_drawn("".join(shown), popup.tree.font()) == set()
        assert not_drawn("".join(shown), bundled_only()) == set()
    finally:
        repo.close()
        qapp.setFont(before)


def test_the_chinese_brief_pdf_embeds_the_glyphs_and_gives_the_label_back(imported, qapp):
    pdffonts, pdftotext = shutil.which("pdffonts"), shutil.which("pdftotext")
    assert pdffonts and pdftotext, "poppler-utils is missing (installed by .ci/run)"
    items = imported / "items.json"
    items.write_text(json.dumps([FIGURE]), encoding="utf-8")
    pdf = imported / "brief.pdf"
    assert main(["export", "brief", "--items", str(items), "-o", str(pdf), "--lang", "zh"]) == 0
    fonts = subprocess.run([pdffonts, str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    bundled = [r for r in rows if r[0].endswith("NotoSansSCSubset-Regular")]
    assert bundled and all(r[-5] == "yes" for r in bundled), fonts  # the bundled font, embedded
    # … with only the glyphs used: QPdfWriter cuts its own subset (it does not write the
    # "ABCDEF+" name tag pdffonts' "sub" column looks for); the whole font is 5 MB.
    assert pdf.stat().st_size < 150_000
    text = subprocess.run([pdftotext, "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert LABEL in re.sub(r"\s+", "", text)


def test_the_new_label_after_a_text_size_and_a_live_language_switch(imported, qapp, qtbot, app_settings):
    """Where the switches meet an imported edition: at 150 % text (the tab pages dropped and
    built anew, ui/language/window_retranslator) and then in Chinese, a search jumps to the
    imported figure and its card draws the new label, every glyph found."""
    from PySide6.QtGui import QAction

    from etown_desktop.core.repository import Repository
    from etown_desktop.ui import i18n
    from etown_desktop.ui.main_window import MainWindow
    from etown_desktop.ui.text_size.apply import set_text_size
    from settle import pump

    before = QFont(qapp.font())
    apply_app_font()
    repo = Repository()  # the active edition: the imported one
    window = MainWindow(repo, settings=app_settings)
    qtbot.addWidget(window)
    try:
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        if not window.tabs_ready:
            with qtbot.waitSignal(window.allTabsReady, timeout=15_000):
                pass
        set_text_size(150)
        window.findChild(QAction, "language_zh").trigger()
        pump(3, deletes=True)
        window.search_action.trigger()
        popup = window.search_controller.popup
        popup.edit.insert("生物医药企业")
        pump(3)
        entry = next(e for e in popup.results() if e.figure_id == FIGURE)
        popup.hide()
        target = window.search_controller.jump(entry)
        pump(3, deletes=True)
        # a figure of a company: its row in the Sources tab's table of figures, selected
        model, rows = target.model(), target.selectionModel().selectedRows()
        assert window.current_tab_name() == "sources" and rows
        texts = [model.index(rows[0].row(), col).data() for col in range(model.columnCount())]
        assert LABEL in texts, texts
        assert target.font().pointSizeF() > before.pointSizeF()  # at 150 %
        assert not_drawn(LABEL, target.font()) == set()
    finally:
        set_text_size(100)
        i18n.install_translator("en")
        repo.close()
        qapp.setFont(before)
