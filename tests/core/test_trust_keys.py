"""Publisher keys: the private key file is useless without its passphrase and never written
unencrypted; keys, public key files and signatures survive a round trip through the files; the
laptop's trust list holds a key once; the policy follows the trusted keys and the kiosk."""

from __future__ import annotations

import base64
import stat

import pytest
from trust_testdata import FAST_KDF, PASSPHRASE, make_key

from etown_desktop.core.trust import key_file
from etown_desktop.core.trust import manifest as mf
from etown_desktop.core.trust.errors import TrustError
from etown_desktop.core.trust.keys import verify
from etown_desktop.core.trust.policy import effective_policy
from etown_desktop.core.trust.trust_store import TrustStore


def _secret_forms(pair) -> list[bytes]:
    seed = bytes(pair.signing_key)
    return [seed, seed.hex().encode(), seed.hex().upper().encode(), base64.b64encode(seed),
            base64.urlsafe_b64encode(seed)]


def test_the_private_key_file_is_useless_without_the_passphrase(tmp_path):
    pair, path = make_key(tmp_path, "bureau")
    written = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    for form in _secret_forms(pair):
        assert form not in written
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(TrustError) as caught:
        key_file.open_key(path, PASSPHRASE + "x")
    assert caught.value.rule == "wrong_passphrase"
    assert "密码" in caught.value.message("zh")
    # the public half in the file cannot be swapped for another key either
    other, _ = make_key(tmp_path / "o", "other")
    text = path.read_text().replace(base64.b64encode(pair.public.public_key).decode(),
                                    base64.b64encode(other.public.public_key).decode())
    text = text.replace(pair.public.key_id, other.public.key_id)
    path.write_text(text)
    with pytest.raises(TrustError) as caught:
        key_file.open_key(path, PASSPHRASE)
    assert caught.value.rule == "bad_key_file"


def test_the_unencrypted_key_is_never_written(tmp_path, monkeypatch):
    """Every byte the key files receive, whatever the write path, is scanned for the seed."""
    from etown_desktop.core.export import atomic

    seen: list[bytes] = []
    real = atomic.write_bytes

    def spy(path, data):
        seen.append(bytes(data))
        return real(path, data)

    monkeypatch.setattr(key_file, "write_bytes", spy)
    pair = key_file.new_key("TEST Bureau A")
    key_file.write_key_files(pair, PASSPHRASE, tmp_path / "k.key", **FAST_KDF)
    assert len(seen) == 2  # the .key and the .pub
    for form in _secret_forms(pair):
        assert not any(form in data for data in seen)
    with pytest.raises(TrustError) as caught:  # too short a passphrase: nothing is written at all
        key_file.write_key_files(pair, "short", tmp_path / "k2.key", **FAST_KDF)
    assert caught.value.rule == "short_passphrase" and not (tmp_path / "k2.key").exists()


def test_a_key_file_is_never_overwritten(tmp_path):
    _pair, path = make_key(tmp_path, "bureau")
    before = path.read_bytes()
    with pytest.raises(TrustError) as caught:
        make_key(tmp_path, "bureau")
    assert caught.value.rule == "file_exists" and path.read_bytes() == before


def test_keys_and_signatures_survive_a_round_trip_through_the_files(tmp_path):
    pair, path = make_key(tmp_path, "bureau")
    opened = key_file.open_key(path, PASSPHRASE)
    assert opened.public == pair.public
    assert key_file.read_public_key(key_file.pub_path(path)) == pair.public
    assert key_file.read_key_public(path) == pair.public
    message = b"manifest bytes"
    sig_file = mf.signature_bytes(pair.public.key_id, opened.sign(message))
    key_id, signature = mf.parse_signature(sig_file)
    assert key_id == pair.public.key_id
    assert verify(pair.public.public_key, message, signature)
    assert not verify(pair.public.public_key, message + b" ", signature)


def test_sequence_numbers_kept_beside_the_key_only_grow(tmp_path):
    _pair, path = make_key(tmp_path, "bureau")
    assert [key_file.next_sequence(path) for _ in range(3)] == [1, 2, 3]
    assert key_file.sequence_path(path).parent == path.parent
    key_file.set_sequence_at_least(path, 2)
    assert key_file.read_sequence(path) == 3


def test_a_damaged_public_key_file_is_refused(tmp_path):
    pair, path = make_key(tmp_path, "bureau")
    pub = key_file.pub_path(path)
    pub.write_text(pub.read_text().replace(pair.public.key_id, "0" * 16))
    with pytest.raises(TrustError) as caught:
        key_file.read_public_key(pub)
    assert caught.value.rule == "bad_pub_file"


def test_the_same_key_listed_twice_counts_once(tmp_path):
    pair, _ = make_key(tmp_path, "bureau")
    store = TrustStore()
    store.add(pair.public)
    with pytest.raises(TrustError) as caught:
        store.add(pair.public)
    assert caught.value.rule == "already_trusted"
    assert len(TrustStore().active()) == 1


def test_trust_survives_a_restart_and_removal_is_remembered(tmp_path):
    pair, _ = make_key(tmp_path, "bureau")
    TrustStore().add(pair.public)
    assert TrustStore().resolve(pair.public.key_id[:6].lower()).key == pair.public
    TrustStore().remove(pair.public.key_id)
    store = TrustStore()
    assert not store.any_trusted() and store.find(pair.public.key_id).state == "removed"


def test_policy_is_warn_until_a_key_is_trusted_then_signed_only(tmp_path):
    store = TrustStore()
    assert effective_policy(store, kiosk=False) == "warn"
    pair, _ = make_key(tmp_path, "bureau")
    store.add(pair.public)
    assert effective_policy(store, kiosk=False) == "signed-only"
    store.set_policy("warn")
    assert effective_policy(TrustStore(), kiosk=False) == "warn"
    # a kiosk laptop with a trusted key is always signed-only, whatever the setting
    assert effective_policy(TrustStore(), kiosk=True) == "signed-only"


def test_a_kiosk_laptop_is_one_with_a_staff_pin(tmp_path):
    from etown_desktop.core.kiosk.pin import save_pin
    from etown_desktop.core.trust.policy import is_kiosk_laptop

    assert not is_kiosk_laptop()
    save_pin("480213")
    assert is_kiosk_laptop()
