"""``etown-desktop data keys|trust|policy|staleness``, ``data export --sign``, ``data import
--allow-older`` and ``data status``: what staff type and read, in English and Chinese; every
refusal is one line and changes nothing."""

from __future__ import annotations

import io
import json

import pytest
from trust_testdata import tampered

from etown_desktop.app.cli import main

PASS = "correct horse battery"


@pytest.fixture
def home(tmp_path, monkeypatch):
    from etown_desktop.core.trust import key_file

    monkeypatch.setenv("ETOWN_DESKTOP_DATA_HOME", str(tmp_path / "userdata"))
    monkeypatch.setattr(key_file, "KDF_OPS", 1)  # the real format, libsodium's lowest cost
    monkeypatch.setattr(key_file, "KDF_MEM", 8192)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(monkeypatch, *argv: str, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(list(argv))


def one_line(err: str) -> str:
    assert err.strip() and err.strip().count("\n") == 0 and "Traceback" not in err, err
    return err.strip()


def test_keys_new_writes_an_encrypted_key_and_its_public_half(home, monkeypatch, capsys):
    assert run(monkeypatch, "data", "keys", "new", "--publisher", "TEST Bureau", "-o",
               "publisher.key", stdin=PASS + "\n") == 0
    out = capsys.readouterr().out
    pub = json.loads((home / "publisher.pub").read_text())
    assert {"publisher", "key_id", "public_key", "created"} <= set(pub)
    assert pub["publisher"] == "TEST Bureau" and pub["key_id"] in out
    assert PASS not in (home / "publisher.key").read_text()
    # never overwritten; a short passphrase refused before anything is written
    assert run(monkeypatch, "data", "keys", "new", "--publisher", "X", "-o", "publisher.key",
               stdin=PASS + "\n") == 1
    assert "publisher.key exists already" in one_line(capsys.readouterr().err)
    assert run(monkeypatch, "--lang", "zh", "data", "keys", "new", "--publisher", "X", "-o",
               "other.key", stdin="short\n") == 1
    assert "密码至少需要" in one_line(capsys.readouterr().err)
    assert not (home / "other.key").exists()


def _new_key(monkeypatch, name="publisher", publisher="TEST Bureau"):
    assert run(monkeypatch, "data", "keys", "new", "--publisher", publisher, "-o", f"{name}.key",
               stdin=PASS + "\n") == 0


def test_trust_add_list_remove_and_the_policy(home, monkeypatch, capsys):
    _new_key(monkeypatch)
    key_id = json.loads((home / "publisher.pub").read_text())["key_id"]
    capsys.readouterr()
    assert run(monkeypatch, "data", "policy") == 0
    assert "Policy: warn (automatic" in capsys.readouterr().out
    assert run(monkeypatch, "data", "trust", "add", "publisher.pub") == 1  # no terminal, no --yes
    assert "--yes" in capsys.readouterr().out
    assert run(monkeypatch, "data", "trust", "list") == 0
    assert "No trusted keys" in capsys.readouterr().out
    assert run(monkeypatch, "data", "trust", "add", "publisher.pub", "--yes") == 0
    assert f"Key {key_id} of \"TEST Bureau\" is trusted. Policy now: signed-only." in \
        capsys.readouterr().out
    assert run(monkeypatch, "data", "trust", "add", "publisher.pub", "--yes") == 1
    assert "trusted already" in one_line(capsys.readouterr().err)
    assert run(monkeypatch, "--lang", "zh", "data", "trust", "list") == 0
    out = capsys.readouterr().out
    assert out.count(key_id) == 1 and "TEST Bureau" in out and "密钥编号" in out
    assert run(monkeypatch, "data", "policy", "warn") == 0
    assert "in effect: warn" in capsys.readouterr().out
    assert run(monkeypatch, "data", "policy", "auto") == 0
    assert run(monkeypatch, "data", "trust", "remove", key_id[:6], "--yes") == 0
    assert "no longer trusted. Policy now: warn" in capsys.readouterr().out
    assert run(monkeypatch, "--lang", "zh", "data", "trust", "remove", key_id, "--yes") == 1
    assert "没有受信任的密钥" in one_line(capsys.readouterr().err)


def test_on_a_kiosk_laptop_changing_trust_needs_the_staff_pin(home, monkeypatch, capsys):
    from etown_desktop.core.kiosk.pin import save_pin
    from etown_desktop.core.trust.trust_store import TrustStore, trust_path

    _new_key(monkeypatch)
    save_pin("480213")
    assert run(monkeypatch, "data", "trust", "add", "publisher.pub", "--yes", stdin="111111\n") == 1
    assert one_line(capsys.readouterr().err) == "Wrong staff PIN: nothing changed."
    assert not trust_path().exists()
    assert run(monkeypatch, "--lang", "zh", "data", "trust", "add", "publisher.pub", "--yes",
               stdin="111111\n") == 1
    assert "PIN 码错误" in one_line(capsys.readouterr().err)
    assert run(monkeypatch, "data", "trust", "add", "publisher.pub", "--yes",
               stdin="480213\n") == 0
    assert TrustStore().any_trusted()
    # a kiosk with a trusted key is signed-only whatever the setting says
    assert run(monkeypatch, "data", "policy", "warn", stdin="480213\n") == 0
    assert "in effect: signed-only" in capsys.readouterr().out
    assert run(monkeypatch, "data", "policy") == 0
    assert "a kiosk laptop with a trusted key" in capsys.readouterr().out


def test_sign_export_import_elsewhere_and_every_refusal_in_both_languages(home, monkeypatch,
                                                                         capsys):
    _new_key(monkeypatch)
    assert run(monkeypatch, "data", "export", "-o", "signed.etown", "--sign", "publisher.key",
               stdin="wrong passphrase\n") == 1
    assert one_line(capsys.readouterr().err) == "The passphrase does not open publisher.key."
    assert not (home / "signed.etown").exists()
    assert run(monkeypatch, "data", "export", "-o", "signed.etown", "--sign", "publisher.key",
               stdin=PASS + "\n") == 0
    assert "number 1" in capsys.readouterr().out  # a wrong passphrase takes no number
    assert run(monkeypatch, "data", "trust", "add", "publisher.pub", "--yes") == 0
    assert run(monkeypatch, "data", "import", "signed.etown", "--yes") == 0
    out = capsys.readouterr().out
    assert "Signature: Signed by TEST Bureau · key " in out
    # a figure changed and the descriptor fixed up: refused, one line, both languages
    tampered(home / "signed.etown", home / "tampered.etown")
    assert run(monkeypatch, "data", "import", "tampered.etown", "--yes") == 1
    assert one_line(capsys.readouterr().err) == (
        "tampered.etown is refused: data/figures.csv was changed after the pack was signed.")
    assert run(monkeypatch, "--lang", "zh", "data", "import", "tampered.etown", "--yes") == 1
    assert one_line(capsys.readouterr().err) == "tampered.etown 被拒绝：data/figures.csv 在签名后被改动。"
    assert run(monkeypatch, "data", "export", "-o", "plain.etown") == 0
    assert run(monkeypatch, "--lang", "zh", "data", "import", "plain.etown", "--yes") == 1
    assert "未签名" in one_line(capsys.readouterr().err)


def test_an_older_pack_needs_allow_older_and_a_confirmation(home, monkeypatch, capsys):
    _new_key(monkeypatch)
    for name in ("one", "two"):
        assert run(monkeypatch, "data", "export", "-o", f"{name}.etown", "--sign",
                   "publisher.key", stdin=PASS + "\n") == 0
    assert run(monkeypatch, "data", "trust", "add", "publisher.pub", "--yes") == 0
    assert run(monkeypatch, "data", "import", "two.etown", "--yes") == 0
    capsys.readouterr()
    assert run(monkeypatch, "data", "import", "one.etown", "--yes") == 1
    err = one_line(capsys.readouterr().err)
    assert "number 1 from TEST Bureau, but number 2 was already imported" in err
    assert run(monkeypatch, "--lang", "zh", "data", "import", "one.etown", "--yes") == 1
    assert "第 1 号" in one_line(capsys.readouterr().err)
    assert run(monkeypatch, "data", "import", "one.etown", "--allow-older") == 1
    assert "--yes" in capsys.readouterr().out  # no terminal to confirm on
    assert run(monkeypatch, "data", "import", "one.etown", "--allow-older", "--yes") == 0
    assert "accepted as older" in capsys.readouterr().out


def test_keys_rotate_and_status_show_the_signer(home, monkeypatch, capsys):
    _new_key(monkeypatch)
    assert run(monkeypatch, "data", "trust", "add", "publisher.pub", "--yes") == 0
    assert run(monkeypatch, "data", "export", "-o", "one.etown", "--sign", "publisher.key",
               stdin=PASS + "\n") == 0
    assert run(monkeypatch, "data", "keys", "rotate", "--from", "publisher.key", "-o",
               "publisher-2.key", stdin=f"{PASS}\n{PASS} two\n") == 0
    out = capsys.readouterr().out
    new_id = json.loads((home / "publisher-2.pub").read_text())["key_id"]
    assert new_id in out and (home / "publisher-2.keychain").is_file()
    assert run(monkeypatch, "data", "export", "-o", "two.etown", "--sign", "publisher-2.key",
               stdin=f"{PASS} two\n") == 0
    assert "number 2" in capsys.readouterr().out  # the new key continues the old one's numbers
    assert run(monkeypatch, "data", "import", "two.etown", "--yes") == 0
    capsys.readouterr()
    assert run(monkeypatch, "data", "trust", "list") == 0
    assert new_id in capsys.readouterr().out
    assert run(monkeypatch, "data", "status") == 0
    out = capsys.readouterr().out
    assert f"Signature: Signed by TEST Bureau · key {new_id[:4]}…" in out
    assert "Age: Newest source is " in out and " months old" in out
    assert run(monkeypatch, "--lang", "zh", "data", "staleness", "1000") == 0
    assert "1000 个月" in capsys.readouterr().out
    assert run(monkeypatch, "data", "status") == 0
    assert "Age: newest source within 1000 months" in capsys.readouterr().out
