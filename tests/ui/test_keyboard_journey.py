"""A keyboard-only journey (issue 21 §2), no mouse: Ctrl+K opens the search, "BDA" finds the zone,
Enter opens it; Ctrl+1 and F6/Tab reach a chart, the arrow keys a bar whose source the source
panel shows; Ctrl+B adds the bar to the brief; F6 reaches the brief, Tab its "Export ZIP…" button,
Space opens the save dialog, which is answered with keys too. The exported file holds the bar's
figure."""

from __future__ import annotations

import csv
import io
import zipfile

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from etown_desktop.ui.widgets import file_dialogs

# the real save dialog and its modal loop: the tests' autouse fixture replaces both later
_REAL_SAVE_DIALOG, _REAL_EXEC = file_dialogs.save_file_name, QDialog.exec


def _focus() -> QWidget | None:
    return QApplication.focusWidget()


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget | None:
    QTest.keyClick(_focus() or QApplication.activeWindow(), key, modifier)
    qtbot.wait(1)
    return _focus()


def _tab_until(qtbot, found, limit: int = 80) -> QWidget:
    for _ in range(limit):
        focus = _key(qtbot, Qt.Key.Key_Tab)
        if found(focus):
            return focus
    raise AssertionError(f"Tab never reached it; last focus {_focus()!r}")


class _KeysIntoSaveDialog:
    """Once the save dialog is up: Ctrl+A, type ``path``, Enter — keys only, as a user would."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.seen_dialog = False
        self.timer = QTimer()
        self.timer.timeout.connect(self._poll)
        self.timer.start(50)

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
            return
        edit = QApplication.focusWidget()
        if edit is None or not dialog.isAncestorOf(edit):
            dialog.activateWindow()  # what the window manager does for a new dialog
            return
        self.timer.stop()
        self.seen_dialog = True
        assert edit.objectName() == "fileNameEdit"  # the dialog opens with the cursor in the name
        QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(edit, self.path)
        QTest.keyClick(edit, Qt.Key.Key_Return)


@pytest.fixture
def real_save_dialog(monkeypatch):
    monkeypatch.setattr(file_dialogs, "save_file_name", _REAL_SAVE_DIALOG)
    monkeypatch.setattr(QDialog, "exec", _REAL_EXEC)
    app = QApplication.instance()
    before = app.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)  # Qt's own dialog, keys
    yield
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, before)


def test_search_bar_source_brief_export_with_the_keyboard_only(open_main_window, qtbot, tmp_path,
                                                               real_save_dialog):
    window = open_main_window((1366, 768))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.select_tab("overview")
    window.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)

    # 1. the search: Ctrl+K, "BDA", Enter opens the first result (the zone's profile)
    edit = _key(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup = window.search_controller.popup
    assert popup.isVisible() and edit is popup.edit
    QTest.keyClicks(edit, "BDA")
    assert popup.current_entry().ref_id == "zone"
    QTest.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=3000)
    profiles = window.tab_widget("profiles")
    assert window.current_tab_name() == "profiles" and profiles.profile_id == "zone"
    qtbot.waitUntil(lambda: _focus() is not None and profiles.isAncestorOf(_focus()), timeout=3000)

    # 2. a chart bar: Ctrl+1 (Overview) — the focus goes into the page — Tab to the first chart, Right to a bar
    _key(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_tab_name() == "overview"
    overview = window.tab_widget("overview")
    for _ in range(3):  # the focus follows into the new page; else F6 brings it there
        if overview.isAncestorOf(_focus()):
            break
        _key(qtbot, Qt.Key.Key_F6)
    assert overview.isAncestorOf(_focus())
    plot = _tab_until(qtbot, lambda w: isinstance(w, pg.PlotWidget))
    view = plot.parentWidget()
    while not hasattr(view, "bar_keys"):
        view = view.parentWidget()
    assert view.spec.id == "overview.output_trend"
    _key(qtbot, Qt.Key.Key_Right)
    bar = view.bar_keys.current(plot)
    assert bar.figure_id == "F041" and view.bar_keys.outline(plot).isVisible()

    # 3. its source, in the source panel
    panel = window.provenance_panel
    assert panel.current_figure_id == "F041"
    text = panel.plain_text()
    assert "Gross industrial output value" in text and "S3" in text and "2012" in text

    # 4. Ctrl+B: the bar goes into the brief
    _key(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.brief_controller.brief.refs() == ["F041"]
    assert window.brief_dock.isVisible()

    # 5. F6 to the brief, Tab to "Export ZIP…", Space; the save dialog answered with keys
    brief = window.brief_dock.panel
    for _ in range(3):
        if brief.isAncestorOf(_key(qtbot, Qt.Key.Key_F6)):
            break
    assert brief.isAncestorOf(_focus())
    button = _focus() if _focus() is brief.zip_button else _tab_until(qtbot, lambda w: w is brief.zip_button)
    out = tmp_path / "keys only" / "investor-brief.zip"
    out.parent.mkdir()
    typist = _KeysIntoSaveDialog(str(out))
    QTest.keyClick(button, Qt.Key.Key_Space)
    assert typist.seen_dialog
    qtbot.waitUntil(out.exists, timeout=20_000)

    # the exported file holds the bar's figure, as the bar shows it
    with zipfile.ZipFile(out) as pack:
        rows = list(csv.DictReader(io.StringIO(pack.read("tables/brief_figures_en.csv").decode("utf-8-sig"))))
        assert "brief.pdf" in pack.namelist()
    assert [r["ID"] for r in rows] == ["F041"]
    assert rows[0]["As stated"] == "more than ¥200 bn" and rows[0]["Period"] == "2012"
    assert rows[0]["Source"] == "S3"
    assert "investor-brief.zip" in window.statusBar().accessibleName()  # "Saved …", announced
