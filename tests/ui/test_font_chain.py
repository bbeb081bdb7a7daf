"""Every font the app sets ends with the bundled Chinese font, and that font alone draws every text
of the database and of the translations: coverage is proven by the bundled font (font merging
off, so no system font can help), and once more in a process whose font configuration holds no
font at all (no system CJK font, no luck)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from glyph_probe import bundled_only, not_drawn
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from etown_desktop.core.resources import database_path, resource_path
from etown_desktop.ui import theme
from etown_desktop.ui.fonts import apply_app_font, bundled_family, ensure_cjk_font, system_cjk_family

ROOT = Path(__file__).resolve().parents[2]


def database_texts(path: Path) -> list[str]:
    """Every text value of every table of the database (labels, names, notes, articles …)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return [v for t in tables for row in conn.execute(f'SELECT * FROM "{t}"')
                for v in row if isinstance(v, str)]
    finally:
        conn.close()


def translation_texts() -> list[str]:
    out = []
    for ts in sorted(resource_path("translations").glob("*.ts")):
        root = ET.parse(ts).getroot()
        out += [el.text for el in root.iter() if el.tag in ("source", "translation", "numerusform")
                and el.text]
    return out


@pytest.fixture
def chain(qapp):
    before = QFont(qapp.font())
    ensure_cjk_font()
    yield qapp.font().families()
    qapp.setFont(before)  # the next tests see the application font they would have seen


def test_the_application_font_ends_with_the_bundled_font(chain):
    assert bundled_family() == "Noto Sans SC Subset"
    assert chain[-1] == bundled_family() and len(chain) >= 2
    # The first family is a real one and draws Latin (an alias such as "Sans Serif" would be
    # skipped in a family list, and the CJK font would draw the English text too).
    assert QFontInfo(QFont()).family() == chain[0]
    system = system_cjk_family()
    if system is not None:  # a system CJK font is preferred: it comes before the bundled one
        assert chain.index(system) == len(chain) - 2
    assert apply_app_font().families() == chain  # applying again does not grow the chain


def test_widgets_style_sheets_charts_and_qt_dialogs_inherit_the_chain(chain, qtbot):
    from etown_desktop.ui.charts.chart_drawing import tick_font
    from etown_desktop.ui.export.canvas import make_font

    host = QWidget()
    qtbot.addWidget(host)
    host.setStyleSheet(theme.stylesheet(theme.colors()))  # the app's own style sheet
    title = QLabel("亦庄注册生物医药企业", host)
    title.setObjectName("sectionTitle")  # the style sheet sets its size and weight
    title.ensurePolished()
    assert title.font().pointSize() == theme.BASE_POINT_SIZE + 4
    box = QMessageBox(QMessageBox.Icon.Question, "替换", "您确定要替换它吗？")
    dialog = QFileDialog(None, "保存")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(box)
    qtbot.addWidget(dialog)
    fonts = {"style sheet": title.font(), "message box": box.font(), "file dialog": dialog.font(),
             "file dialog label": dialog.findChildren(QLabel)[0].font(), "chart ticks": tick_font()}
    for name, font in fonts.items():
        assert font.families()[-1] == bundled_family(), name
    export = make_font(12).families()
    assert export[0] == bundled_family()  # exports draw with the bundled font first


def test_every_database_and_translation_text_is_drawn_by_the_bundled_font(chain):
    texts = database_texts(database_path())
    assert any("亦庄" in t for t in texts) and len(texts) > 1000
    translations = translation_texts()
    assert any("导出" in t for t in translations)
    chars = set("".join(texts + translations))
    assert len(chars) > 500  # 766 distinct characters today
    assert not_drawn("".join(chars), bundled_only()) == set()
    app_font = QFont()
    assert app_font.families() == chain
    assert not_drawn("".join(chars), app_font) == set()
    # The check can fail: a character outside the font is reported.
    assert not_drawn("\U00020000\ue000亦", bundled_only()) == {"\U00020000", "\ue000"}


PROBE = r"""
import json, sys
from etown_desktop.app.event_cli import _gui
app, lang, repo, _jobs = _gui(sys.argv[1])  # what the kiosk and the slides set up before the first paint
from PySide6.QtGui import QFontDatabase, QFontMetrics
from etown_desktop.ui.fonts import bundled_family, ensure_cjk_font, system_cjk_family
text = sys.argv[2]
missing_at_start = sorted({c for c in text if not c.isspace()
                           and not QFontMetrics(app.font()).inFontUcs4(ord(c))})
ensure_cjk_font()  # after the first paint
fm = QFontMetrics(app.font())
print(json.dumps({"families": QFontDatabase.families(), "system_cjk": system_cjk_family(),
                  "chain": app.font().families(), "bundled": bundled_family(),
                  "missing_at_start": missing_at_start,
                  "missing": sorted({c for c in text if not c.isspace() and not fm.inFontUcs4(ord(c))})}))
repo.close()
"""


def test_without_any_system_font_the_kiosk_button_and_an_imported_label_are_drawn(tmp_path):
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
                    f"<fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"}
    text = "EN | 中文 亦庄注册生物医药企业 您确定要替换它吗？" + "".join(translation_texts())
    out = subprocess.run([sys.executable, "-c", PROBE, "en", text], env=env, capture_output=True,
                         text=True, timeout=120, check=True)
    probe = json.loads(out.stdout.strip().splitlines()[-1])
    assert probe["system_cjk"] is None  # no font but the bundled one is installed in that process
    assert probe["families"] and all(f in ("Monospace", "Sans Serif", "Serif", probe["bundled"])
                                     for f in probe["families"])
    assert probe["chain"][-1] == probe["bundled"]
    assert probe["missing_at_start"] == [] and probe["missing"] == []
