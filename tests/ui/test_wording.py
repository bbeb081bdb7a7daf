"""Wording in both languages (issue 17 §5): menus not cut off, the edition line after an import,
the import preview, plural forms, the words of the qualifiers, and no screen instructions on paper."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from etown_desktop.ui import i18n, theme


@pytest.fixture
def themed(qapp):
    sheet, palette = qapp.styleSheet(), qapp.palette()
    theme.apply_theme(qapp, dark=False)
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


@pytest.fixture
def chinese(qapp):
    i18n.install_translator("zh", qapp)
    yield
    i18n.install_translator("en", qapp)


def _grab(menu: QMenu) -> QImage:
    menu.popup(QPoint(20, 20))
    for _ in range(5):
        QApplication.processEvents()
    image = menu.grab().toImage()
    menu.hide()
    return image


def _differing_pixels(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(a.pixel(x, y) != b.pixel(x, y) for y in range(a.height()) for x in range(a.width()))


def test_chinese_menu_items_with_a_shortcut_letter_are_drawn_whole(qtbot, themed, chinese, tmp_path):
    """Qt elides mixed Chinese/mnemonic text a few pixels early ("保存更新工…(S)…"): a menu item
    must look like the same text without the shortcut letter, underline aside."""
    from etown_desktop.core.editions.store import EditionStore
    from etown_desktop.ui.editions import data_menu
    from etown_desktop.ui.main_window import MainWindow

    window = MainWindow(None, auto_build=False)
    qtbot.addWidget(window)
    menu = data_menu.install(window, EditionStore(tmp_path / "editions")).menu
    texts = [a.text() for a in menu.actions() if a.text()]
    assert "保存更新表格(&S)…" in texts  # short, with its shortcut letter
    with_letters = _grab(menu)
    for action in menu.actions():
        action.setText(action.text().replace("&", ""))
    without = _grab(menu)
    # The underlines under the letters differ (about 8 px each); an elided text differs by hundreds.
    assert _differing_pixels(with_letters, without) < 12 * len(texts)


# -- the status bar after an import ------------------------------------------------------------

@pytest.fixture(scope="module")
def good_workbook(tmp_path_factory):
    from editions_testdata import edit_template

    from etown_desktop.core.editions.dbread import read_database
    from etown_desktop.core.editions.workbook_template import write_template
    from etown_desktop.core.resources import database_path

    folder = tmp_path_factory.mktemp("books")
    template = write_template(read_database(database_path()), folder / "template.xlsx")
    edit_template(template, folder / "update-good.xlsx")
    return folder / "update-good.xlsx"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_status_bar_after_an_import_fits_and_names_what_is_shown(
        qtbot, repo, app_settings, good_workbook, tmp_path, monkeypatch, lang):
    import re

    from PySide6.QtWidgets import QDialog, QMessageBox

    from etown_desktop.core.editions.store import EditionStore
    from etown_desktop.ui.editions import data_menu
    from etown_desktop.ui.editions.import_dialog import ImportReportDialog
    from etown_desktop.ui.main_window import MainWindow

    i18n.install_translator(lang)
    try:
        window = MainWindow(repo, settings=app_settings, auto_build=False)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        ctl = data_menu.install(window, EditionStore(tmp_path / "editions"))
        bundled = ctl.status_label.text()
        assert bundled == ("应用自带数据" if lang == "zh" else "Bundled data")
        shown = f"{bundled} {window.status_label.text()}"
        assert not re.search(r"(?i)\b(\w+) \1\b", shown), shown  # "Bundled edition Edition 2026…"
        monkeypatch.setattr(ImportReportDialog, "exec", lambda self: int(QDialog.DialogCode.Accepted))
        monkeypatch.setattr(QMessageBox, "question",
                            staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
        assert ctl.import_update(str(good_workbook)) is True
        qtbot.waitUntil(lambda: ctl.status_label.text() in ctl.status_label.texts())
        label = ctl.status_label
        # the whole wording shows, from its first word (never cut at the start or in a word)
        assert label.text() == label.texts()[0]
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
        # what the window shows (the bundled data, its edition id) and what a restart brings
        assert label.text() == ("应用自带数据 · 重启后显示 update-good.xlsx" if lang == "zh"
                                else "Bundled data · restart to show update-good.xlsx")
        assert repo.metadata.edition in window.status_label.text()
        assert ctl.store.active_id() in label.toolTip()
        preview = ctl.last_dialog.preview.toPlainText()
        if lang == "zh":
            words = re.findall(r"[A-Za-z]{3,}", preview.replace("T900_test_only", ""))
            assert words == [], words  # "value 600 → 610", "77 companies" were English
            assert "数值 6000亿元 → 6100亿元" in preview
    finally:
        i18n.install_translator("en")


# -- printed tabs --------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "zh"])
def test_printed_overview_has_no_screen_instructions(qapp, qtbot, repo, hub, tmp_path, capsys, lang):
    import re
    import subprocess

    from etown_desktop.app.cli import main
    from etown_desktop.ui.tabs.overview_tab import OverviewTab

    out = tmp_path / f"overview-{lang}.pdf"
    assert main(["export", "tab", "overview", "-o", str(out), "--lang", lang]) == 0
    text = re.sub(r"\s+", "", subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                                             text=True, check=True).stdout)
    i18n.install_translator(lang, qapp)
    try:
        tab = OverviewTab(repo, hub)
        qtbot.addWidget(tab)
        hint = OverviewTab.tr("Hover or click any figure to see its source.")
        shown = [label.text() for label in tab.findChildren(QLabel)]
        assert hint in shown  # on screen
        assert re.sub(r"\s+", "", OverviewTab.tr("Beijing Economic-Technological Development Area (BDA).")) in text
    finally:
        i18n.install_translator("en", qapp)
    for word in ("Hover", "click", "悬停", "点击"):
        assert word not in text, word  # not on paper


# -- qualifiers on the cards -----------------------------------------------------------------------

@pytest.mark.parametrize("lang, nearly, about", [("en", "nearly ", "about "), ("zh", "近", "约")])
def test_overview_cards_say_nearly_and_about_in_words(qapp, qtbot, repo, hub, lang, nearly, about):
    from etown_desktop.ui.tabs.overview_tab import OverviewTab

    i18n.install_translator(lang, qapp)
    try:
        tab = OverviewTab(repo, hub)
        qtbot.addWidget(tab)
        shown = {card.figure.qualifier: card.value_label.text() for card in tab.cards}
        extras = [card.extra_label.text() for card in tab.cards if card.extra_label.text()]
    finally:
        i18n.install_translator("en", qapp)
    assert {"nearly", "about"} <= set(shown), shown  # the Overview shows both kinds
    assert shown["nearly"].startswith(nearly) and shown["about"].startswith(about), shown
    assert not any("≈" in text for text in [*shown.values(), *extras]), extras


# -- generated Chinese: full-width brackets, no space after 。 -------------------------------------

HALF_WIDTH_AROUND_CHINESE = r"\([^()]*[\u4e00-\u9fff][^()]*\)"


def test_generated_chinese_has_full_width_brackets_and_no_space_after_the_full_stop(
        qapp, qtbot, repo, hub, tmp_path):
    import re
    import subprocess

    from etown_desktop.core.profiles.definitions import profile_ids
    from etown_desktop.ui.export.factsheet import export_factsheet
    from etown_desktop.ui.profiles.profiles_tab import ProfilesTab
    from etown_desktop.ui.profiles.sector_sheet import export_sector_sheet

    texts = []
    i18n.install_translator("zh", qapp)
    try:
        tab = ProfilesTab(repo, hub)
        qtbot.addWidget(tab)
        for pid in profile_ids():
            tab.show_profile(pid)
            texts += [label.text() for label in tab.findChildren(QLabel) if label.text()]
            pdf = export_sector_sheet(repo, pid, tmp_path / f"{pid}.pdf", "zh")
            texts.append(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                        text=True, check=True).stdout)
        sheet = tmp_path / "factsheet.pdf"
        export_factsheet(repo, sheet, "zh")
        texts.append(subprocess.run(["pdftotext", str(sheet), "-"], capture_output=True,
                                    text=True, check=True).stdout)
    finally:
        i18n.install_translator("en", qapp)
    joined = "\n".join(texts)
    assert "北京首创" in joined
    assert not re.findall(HALF_WIDTH_AROUND_CHINESE, joined)  # "(北京首创)"
    assert "。 " not in "\n".join(t for t in texts if "<" not in t)  # sentences run on in Chinese


# -- counted nouns ---------------------------------------------------------------------------------

def test_stats_says_1_visit_and_2_visits(tmp_path, monkeypatch):
    import os
    import subprocess
    import sys

    from etown_desktop.core.formatting import count_noun
    from etown_desktop.core.visits.visit_log import VisitLog, default_log_path

    assert [count_noun(n, "visit") for n in (0, 1, 2, 1043)] == ["0 visits", "1 visit", "2 visits",
                                                                  "1,043 visits"]
    assert count_noun(1, "visit", "zh") == "1次参观"
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               QT_QPA_PLATFORM="offscreen")
    monkeypatch.setenv("XDG_DATA_HOME", env["XDG_DATA_HOME"])
    path = default_log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    log = VisitLog(path)
    log.visit(42, "en")
    log.close()
    out = subprocess.run([sys.executable, "-m", "etown_desktop", "stats", "-o", str(tmp_path / "r.csv")],
                         env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.rstrip().endswith("(1 visit)"), out.stdout
