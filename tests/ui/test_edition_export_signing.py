"""Data → Export edition… signs the pack when this laptop holds the bureau's signing key (the same
core signer as ``data export --sign``), and says clearly that the edition is unsigned otherwise."""

from __future__ import annotations

import pytest
from trust_testdata import PASSPHRASE, make_key, trust

from etown_desktop.core.editions.store import EditionStore
from etown_desktop.core.trust import manifest as mf
from etown_desktop.core.trust.laptop_key import laptop_signing_key, signing_key_folder
from etown_desktop.core.trust.verify import check_pack
from etown_desktop.ui import i18n
from etown_desktop.ui.editions import data_menu, edition_signing
from etown_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, repo, app_settings, tmp_path, monkeypatch):
    monkeypatch.setenv("ETOWN_DESKTOP_DATA_HOME", str(tmp_path / "userdata"))
    win = MainWindow(repo, settings=app_settings, auto_build=False)
    qtbot.addWidget(win)
    data_menu.install(win, EditionStore())
    return win


def _answer_passphrases(monkeypatch, answers: list[tuple[str, bool]]) -> list[str]:
    asked: list[str] = []

    def get_text(parent, title, label, echo):
        asked.append(label)
        return answers.pop(0)

    monkeypatch.setattr(edition_signing.QInputDialog, "getText", staticmethod(get_text))
    return asked


def _entries(path):
    import zipfile

    with zipfile.ZipFile(path) as zf:
        return set(zf.namelist())


def test_without_a_key_the_export_says_it_is_unsigned(window, tmp_path, dialogs, monkeypatch):
    asked = _answer_passphrases(monkeypatch, [])
    assert laptop_signing_key() is None
    out = window.data_controller.export_edition(str(tmp_path / "plain"))
    assert out == tmp_path / "plain.etown" and mf.SIGNATURE not in _entries(out)
    assert asked == []  # no key: no passphrase asked
    (title, text), = [args[:2] for name, args in dialogs.calls if name == "information"]
    assert title == "Edition not signed"
    assert "is not signed" in text and str(signing_key_folder()) in text
    assert "not signed" in window.statusBar().currentMessage()


def test_with_the_bureaus_key_the_export_is_signed(window, tmp_path, dialogs, monkeypatch):
    folder = signing_key_folder()
    folder.mkdir(parents=True)
    pair, key_path = make_key(folder, "publisher")
    assert laptop_signing_key() == key_path
    asked = _answer_passphrases(monkeypatch, [("wrong passphrase", True), (PASSPHRASE, True)])
    out = window.data_controller.export_edition(str(tmp_path / "signed"))
    assert len(asked) == 2 and "publisher.key" in asked[0]  # asked again after a wrong one
    assert [name for name, _ in dialogs.calls].count("warning") == 1  # "wrong passphrase"
    assert {mf.MANIFEST, mf.SIGNATURE} <= _entries(out)
    trust(pair)  # a laptop that trusts the bureau accepts it as signed by it
    found = check_pack(out)
    assert found.signer is not None and found.signer.key_id == pair.public.key_id
    assert "information" not in [name for name, _ in dialogs.calls]
    message = window.statusBar().currentMessage()
    assert "signed by TEST Bureau A" in message and pair.public.key_id in message


def test_cancelling_the_passphrase_exports_nothing(window, tmp_path, monkeypatch):
    signing_key_folder().mkdir(parents=True)
    make_key(signing_key_folder(), "publisher")
    _answer_passphrases(monkeypatch, [("", False)])
    assert window.data_controller.export_edition(str(tmp_path / "none")) is None
    assert not (tmp_path / "none.etown").exists()


def test_unsigned_note_in_chinese(window, tmp_path, dialogs):
    i18n.install_translator("zh")
    try:
        window.data_controller.export_edition(str(tmp_path / "plain"))
    finally:
        i18n.install_translator("en")
    (title, text), = [args[:2] for name, args in dialogs.calls if name == "information"]
    assert title == "版本未签名" and "未签名" in text
