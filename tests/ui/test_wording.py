"""Wording in both languages (issue 17 §5): menus not cut off, the edition line after an import,
the import preview, plural forms, the words of the qualifiers, and no screen instructions on paper."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMenu

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
