"""Qt's own file dialog as the app opens it (exports, imports; issue 21 §1 and §4): its lists and
column header have names a screen reader reads, in English and Chinese, a finger scrolls its lists,
and it answers like QFileDialog's static calls. The kiosk opens no file dialog at all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QListView, QTreeView

from etown_desktop.ui import i18n
from etown_desktop.ui.widgets import file_dialogs

# the tests' autouse fixture replaces these (no modal loops in tests); this test uses the real ones
_REAL_EXEC, _REAL_SAVE, _REAL_OPEN = QDialog.exec, file_dialogs.save_file_name, file_dialogs.open_file_name
SRC = Path(file_dialogs.__file__).resolve().parents[2]
OWN = QFileDialog.Option.DontUseNativeDialog  # Qt's own dialog, as where no platform dialog answers


def _name(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


@pytest.mark.parametrize("lang, files, places, columns", [
    ("en", "Files", "Places", "File list columns"),
    ("zh", "文件", "位置", "文件列表的列")])
def test_the_file_dialog_names_its_lists_and_column_header(qtbot, tmp_path, lang, files, places, columns):
    i18n.install_translator(lang)
    try:
        dialog = file_dialogs.file_dialog(None, "Export table", str(tmp_path / "t.xlsx"),
                                          "Excel workbook (*.xlsx)", save=True, options=OWN)
        qtbot.addWidget(dialog)
        dialog.show()
        tree = dialog.findChild(QTreeView, "treeView")
        assert _name(tree.header()) == columns
        assert tree.header().isVisible()  # the detail view's header: what a screen reader reaches
        assert _name(tree) == files and _name(dialog.findChild(QListView, "listView")) == files
        assert _name(dialog.findChild(QListView, "sidebar")) == places
    finally:
        i18n.install_translator("en")


def test_a_finger_scrolls_the_file_dialogs_lists(qtbot, tmp_path):
    from test_touch_scroll import _grabbed

    dialog = file_dialogs.file_dialog(None, "Open brief", str(tmp_path), "Brief (*.json)", save=False, options=OWN)
    qtbot.addWidget(dialog)
    views = {name: _grabbed(dialog.findChild((QTreeView if name == "treeView" else QListView), name))
             for name in ("listView", "treeView", "sidebar")}
    assert views == {"listView": True, "treeView": True, "sidebar": True}


def test_it_answers_like_the_static_call(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QDialog, "exec", _REAL_EXEC)
    answers = []

    def answer(accept: bool) -> None:  # the user presses Save / Cancel in the modal dialog
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        answers.append(dialog.windowTitle())
        if accept:
            dialog.accept()
        else:
            dialog.reject()

    QTimer.singleShot(100, lambda: answer(True))
    path, chosen = _REAL_SAVE(None, "Save brief", str(tmp_path / "brief.json"),
                              "Brief (*.json);;Text (*.txt)", "", OWN)
    assert (Path(path), chosen) == (tmp_path / "brief.json", "Brief (*.json)")
    QTimer.singleShot(100, lambda: answer(False))
    assert _REAL_OPEN(None, "Open brief", str(tmp_path), "Brief (*.json)", "", OWN) == ("", "")
    assert answers == ["Save brief", "Open brief"]


def test_every_file_dialog_of_the_app_goes_through_the_helper_and_none_is_in_the_kiosk():
    static = re.compile(r"QFileDialog\.get\w+\(")
    offenders = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py") if static.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
    kiosk = [str(p.relative_to(SRC)) for p in (SRC / "etown_desktop" / "ui" / "kiosk").rglob("*.py")
             if re.search(r"file_dialogs|QFileDialog", p.read_text(encoding="utf-8"))]
    assert kiosk == []
