"""Help → Booth report in Chinese: the "no visit log" message comes from core as a reason code and
the path, and the UI words it in the interface language (no English sentence in a Chinese dialog)."""

from __future__ import annotations

import re

import pytest

from etown_desktop.core.errors import VisitLogUnavailable
from etown_desktop.core.visits.stats import read_stats
from etown_desktop.ui import i18n
from etown_desktop.ui.visits.booth_report_dialog import BoothReportDialog

ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture
def zh(qapp):
    i18n.install_translator("zh")
    yield
    i18n.install_translator("en")


def test_core_says_why_as_a_code(tmp_path):
    with pytest.raises(VisitLogUnavailable) as info:
        read_stats(tmp_path / "none.sqlite")
    assert info.value.reason == "missing" and info.value.path == str(tmp_path / "none.sqlite")
    (tmp_path / "bad.sqlite").write_bytes(b"not a database at all, not at all" * 10)
    with pytest.raises(VisitLogUnavailable) as info:
        read_stats(tmp_path / "bad.sqlite")
    assert info.value.reason == "unreadable" and info.value.detail


def test_no_visit_log_in_chinese(qtbot, tmp_path, zh):
    missing = tmp_path / "nolog" / "visits.sqlite"
    dialog = BoothReportDialog(None, missing)
    qtbot.addWidget(dialog)
    text = dialog.summary.text()
    assert str(missing) in text  # the path is still shown, as typed
    words = set(ENGLISH_WORD.findall(text.replace(str(missing), "")))
    assert not words, words  # "No visit log at …" not in English
    assert "参观记录" in text
    assert not dialog.save_button.isEnabled()


def test_no_visit_log_in_english(qtbot, tmp_path):
    i18n.install_translator("en")
    missing = tmp_path / "visits.sqlite"
    dialog = BoothReportDialog(None, missing)
    qtbot.addWidget(dialog)
    assert f"No visit log at {missing}" in dialog.summary.text()


def test_unreadable_log_in_chinese(qtbot, tmp_path, zh):
    bad = tmp_path / "visits.sqlite"
    bad.write_bytes(b"not a database at all, not at all" * 10)
    dialog = BoothReportDialog(None, bad)
    qtbot.addWidget(dialog)
    assert str(bad) in dialog.summary.text() and "无法读取" in dialog.summary.text()
