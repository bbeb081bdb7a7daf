"""Signed editions: every attack on a pack is refused with one clear line (EN and ZH) and changes
nothing; a valid pack is accepted and its signer recorded. The attack list follows python-tuf's
updater tests (unsigned, wrong key, bad signature, mix-and-match, rollback, same key counted
twice) and apt's integration tests (test-apt-update-nofallback: no falling back from signed to
unsigned; -rollback: no older Release accepted)."""

from __future__ import annotations

import hashlib
import json

import pytest
from conftest import file_checksums
from trust_testdata import (
    entries,
    make_key,
    recompute_descriptor,
    signed_pack,
    trust,
    write_entries,
)

from etown_desktop.core.editions.dbread import edition_id, read_database
from etown_desktop.core.editions.importer import apply_import, prepare_import
from etown_desktop.core.editions.pack import write_pack
from etown_desktop.core.errors import ImportRejected
from etown_desktop.core.trust import manifest as mf
from etown_desktop.core.trust.signers import signer_of
from etown_desktop.core.trust.trust_store import TrustStore, trust_path


@pytest.fixture
def bureau(tmp_path):
    """A trusted publisher key (TEST Bureau A) and its key file."""
    pair, key_path = make_key(tmp_path / "keys", "bureau")
    trust(pair)
    return pair


@pytest.fixture
def newer(tmp_path, store, committed_db, second_edition_db, bureau):
    """The second edition, signed by the bureau as number 5 and imported: the active edition.
    Returns the checksums of every file the import tests could change."""
    pack = signed_pack(second_edition_db, tmp_path / "n5.etown", bureau, 5)
    info = apply_import(prepare_import(pack, store, committed_db), store)
    assert info is not None and store.active_id() == info.edition
    return state(store)


def state(store) -> dict[str, str]:
    """Every file of the edition store and the trust settings, by checksum (not the store's
    cache of checksums already verified, ``*.checked``, which any read may write)."""
    out = {f"data/{k}": v for k, v in file_checksums(store.root).items()
           if not k.endswith(".checked")} if store.root.exists() else {}
    if trust_path().exists():
        out["trust.json"] = hashlib.sha256(trust_path().read_bytes()).hexdigest()
    return out


def refused(path, store, committed_db, rule: str, **kwargs) -> ImportRejected:
    before = state(store)
    with pytest.raises(ImportRejected) as caught:
        prepare_import(path, store, committed_db, **kwargs)
    assert caught.value.rule == rule, caught.value.message()
    for lang, word in (("en", "refused"), ("zh", "")):
        text = caught.value.message(lang)
        assert "\n" not in text and path.name in text and word in text
        assert text != str(caught.value)  # worded for people, not the log line
    assert state(store) == before, "a refused pack changed a file"
    return caught.value


# -- accepted -----------------------------------------------------------------------------------
def test_a_valid_signed_pack_is_accepted_and_its_signer_recorded(tmp_path, store, committed_db,
                                                                 second_edition_db, bureau):
    pack = signed_pack(second_edition_db, tmp_path / "ok.etown", bureau, 1)
    plan = prepare_import(pack, store, committed_db)
    assert plan.ok and plan.trust.signer.key_id == bureau.public.key_id
    info = apply_import(plan, store)
    signer = signer_of(info.edition, store.root)
    assert signer is not None and signer.publisher == "TEST Bureau A" and signer.sequence == 1
    assert TrustStore().seen["TEST Bureau A"].sequence == 1
    assert signer_of(edition_id(committed_db), store.root) is None  # the bundled: not signed


def test_reimporting_the_active_signed_edition_is_still_a_no_op(tmp_path, store, committed_db,
                                                                second_edition_db, bureau, newer):
    again = prepare_import(tmp_path / "n5.etown", store, committed_db)
    assert again.ok and again.already_active
    assert apply_import(again, store) is None
    assert state(store) == newer


def test_two_trusted_publishers_each_keep_their_own_numbers(tmp_path, store, committed_db,
                                                            second_edition_db, bureau, newer):
    other, _ = make_key(tmp_path / "keys", "other", publisher="TEST Bureau B")
    trust(other)
    pack = signed_pack(committed_db, tmp_path / "b1.etown", other, 1)  # 1 < A's 5: not A's number
    info = apply_import(prepare_import(pack, store, committed_db), store)
    assert signer_of(info.edition, store.root).publisher == "TEST Bureau B"
    seen = TrustStore().seen
    assert seen["TEST Bureau A"].sequence == 5 and seen["TEST Bureau B"].sequence == 1


def test_unsigned_packs_are_accepted_under_warn_and_say_so(tmp_path, store, committed_db):
    pack = write_pack(read_database(committed_db), edition_id(committed_db), tmp_path / "u.etown")
    plan = prepare_import(pack, store, committed_db)
    assert plan.ok and plan.trust.signer is None and plan.trust.policy == "warn"


# -- refused ------------------------------------------------------------------------------------
def test_unsigned_under_signed_only_is_refused(tmp_path, store, committed_db, bureau, newer):
    pack = write_pack(read_database(committed_db), edition_id(committed_db), tmp_path / "u.etown")
    refused(pack, store, committed_db, "unsigned")


def test_a_workbook_under_signed_only_is_refused(tmp_path, store, committed_db, template_xlsx,
                                                 bureau, newer):
    import shutil

    book = shutil.copy(template_xlsx, tmp_path / "update.xlsx")
    refused(book, store, committed_db, "unsigned")


def test_stripping_the_signature_does_not_fall_back_to_unsigned(tmp_path, store, committed_db,
                                                                bureau, newer):
    """apt's test-apt-update-nofallback: a signed pack with its signature removed is not
    accepted as an unsigned one."""
    files = entries(signed_pack(committed_db, tmp_path / "s.etown", bureau, 9))
    for name in mf.SIGNATURE_ENTRIES:
        files.pop(name, None)
    refused(write_entries(tmp_path / "stripped.etown", files), store, committed_db, "unsigned")


def test_a_pack_signed_by_an_unknown_key_is_refused(tmp_path, store, committed_db, bureau, newer):
    stranger, _ = make_key(tmp_path / "keys", "stranger", publisher="TEST Bureau A")
    pack = signed_pack(committed_db, tmp_path / "x.etown", stranger, 99)
    error = refused(pack, store, committed_db, "unknown_key")
    assert stranger.public.key_id in error.message("en")


def test_a_pack_signed_by_a_removed_key_is_refused(tmp_path, store, committed_db, bureau, newer):
    pack = signed_pack(committed_db, tmp_path / "r.etown", bureau, 6)
    TrustStore().remove(bureau.public.key_id)
    refused(pack, store, committed_db, "removed_key")


@pytest.mark.parametrize("attack", ["edit", "edit_article"])
def test_a_file_changed_after_signing_is_refused(tmp_path, store, committed_db, bureau, newer,
                                                 attack):
    files = entries(signed_pack(committed_db, tmp_path / "s.etown", bureau, 6))
    if attack == "edit":  # a figure changed and the descriptor's checksums fixed up
        files["data/figures.csv"] = files["data/figures.csv"].replace(b",600,cny_bn,",
                                                                      b",601,cny_bn,")
    else:
        name = next(n for n in files if n.startswith("sources/"))
        files[name] = files[name] + b"\nA sentence added after signing.\n"
    bad = write_entries(tmp_path / "changed.etown", recompute_descriptor(files))
    refused(bad, store, committed_db, "file_changed")


def test_a_file_added_after_signing_is_refused(tmp_path, store, committed_db, bureau, newer):
    files = entries(signed_pack(committed_db, tmp_path / "s.etown", bureau, 6))
    files["sources/extra.txt"] = b"an article nobody signed"
    error = refused(write_entries(tmp_path / "added.etown", files), store, committed_db,
                    "file_added")
    assert "sources/extra.txt" in error.message("zh")


def test_a_file_removed_after_signing_is_refused(tmp_path, store, committed_db, bureau, newer):
    files = entries(signed_pack(committed_db, tmp_path / "s.etown", bureau, 6))
    del files["data/hand_checks.csv"]
    refused(write_entries(tmp_path / "removed.etown", files), store, committed_db, "file_removed")


def test_a_manifest_taken_from_another_edition_is_refused(tmp_path, store, committed_db,
                                                          second_edition_db, bureau, newer):
    """Mix-and-match: the signed manifest and signature of one edition, the files of another."""
    mine = entries(signed_pack(committed_db, tmp_path / "a.etown", bureau, 7))
    theirs = entries(signed_pack(second_edition_db, tmp_path / "b.etown", bureau, 8))
    mixed = {**{k: v for k, v in mine.items() if k not in mf.SIGNATURE_ENTRIES},
             **{k: theirs[k] for k in (mf.MANIFEST, mf.SIGNATURE)}}
    refused(write_entries(tmp_path / "mixed.etown", mixed), store, committed_db, "mix_and_match")


def test_a_manifest_naming_another_edition_than_its_contents_is_refused(
        tmp_path, store, committed_db, bureau, newer):
    """Every file matches the manifest, but the manifest (and descriptor) name an edition the
    contents are not: the id computed from the contents decides."""
    pack = signed_pack(committed_db, tmp_path / "lie.etown", bureau, 7,
                       edition_id="2026.11.23-00000000")
    refused(pack, store, committed_db, "mix_and_match")


@pytest.mark.parametrize(("attack", "rule"), [
    ("truncate", "garbled_signature"),
    ("not_base64", "garbled_signature"),
    ("empty", "garbled_signature"),
    ("no_signature_file", "garbled_signature"),
    ("no_manifest", "garbled_signature"),
    ("flip_signature_bit", "bad_signature"),
    ("flip_manifest_bit", "bad_signature"),
    ("other_keys_signature", "bad_signature"),
])
def test_a_truncated_or_garbled_signature_is_refused(tmp_path, store, committed_db, bureau, newer,
                                                     attack, rule):
    files = entries(signed_pack(committed_db, tmp_path / "s.etown", bureau, 6))
    sig = json.loads(files[mf.SIGNATURE])
    if attack == "truncate":
        sig["signature"] = sig["signature"][:40]
    elif attack == "not_base64":
        sig["signature"] = "!" * 88
    elif attack == "flip_signature_bit":
        import base64

        raw = bytearray(base64.b64decode(sig["signature"]))
        raw[10] ^= 1
        sig["signature"] = base64.b64encode(bytes(raw)).decode()
    elif attack == "other_keys_signature":  # a valid signature, but by another key, under this id
        stranger, _ = make_key(tmp_path / "keys", "stranger")
        import base64

        sig["signature"] = base64.b64encode(stranger.sign(files[mf.MANIFEST])).decode()
    files[mf.SIGNATURE] = json.dumps(sig).encode()
    if attack == "empty":
        files[mf.SIGNATURE] = b""
    elif attack == "no_signature_file":
        del files[mf.SIGNATURE]
    elif attack == "no_manifest":
        del files[mf.MANIFEST]
    elif attack == "flip_manifest_bit":  # e.g. a hash in the manifest edited to fit a new file
        files[mf.MANIFEST] = files[mf.MANIFEST].replace(b'"sequence": 6', b'"sequence": 7')
    error = refused(write_entries(tmp_path / f"{attack}.etown", files), store, committed_db, rule)
    zh = error.message("zh")
    assert not [w for w in ("missing", "bytes instead", "not base64", "readable") if w in zh], zh


def test_an_older_pack_is_refused_as_a_rollback(tmp_path, store, committed_db, bureau, newer):
    """apt's test-apt-update-rollback / TUF's rollback attack: number 4 after number 5."""
    pack = signed_pack(committed_db, tmp_path / "n4.etown", bureau, 4)
    error = refused(pack, store, committed_db, "rollback")
    assert "5" in error.message("en") and "--allow-older" in error.message("zh")


def test_a_different_pack_with_the_same_number_is_refused_as_a_replay(tmp_path, store,
                                                                      committed_db, bureau, newer):
    pack = signed_pack(committed_db, tmp_path / "again5.etown", bureau, 5)
    refused(pack, store, committed_db, "rollback")


def test_staff_can_import_an_older_pack_with_allow_older(tmp_path, store, committed_db, bureau,
                                                         newer):
    pack = signed_pack(committed_db, tmp_path / "n4.etown", bureau, 4)
    plan = prepare_import(pack, store, committed_db, allow_older=True)
    assert plan.trust.allowed_older
    apply_import(plan, store)
    assert store.active_id() == edition_id(committed_db)
    assert TrustStore().seen["TEST Bureau A"].sequence == 5  # the highest is never lowered


def test_a_manifest_claiming_a_newer_schema_is_refused(tmp_path, store, committed_db, bureau,
                                                       newer, monkeypatch):
    from etown_desktop.core.db import schema

    supported = schema.SCHEMA_VERSION
    monkeypatch.setattr(schema, "SCHEMA_VERSION", supported + 1)  # a future app signs it
    pack = signed_pack(committed_db, tmp_path / "future.etown", bureau, 6)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", supported)
    error = refused(pack, store, committed_db, "newer_manifest")
    assert str(supported + 1) in error.message("en")


def test_a_trusted_key_cannot_sign_for_another_publisher(tmp_path, store, committed_db, bureau,
                                                         newer):
    """Publisher B's key signs a manifest naming publisher A (to push A's numbers up)."""
    other, _ = make_key(tmp_path / "keys", "other", publisher="TEST Bureau B")
    trust(other)
    pack = signed_pack(committed_db, tmp_path / "claim.etown", other, 1000)
    files = entries(pack)
    raw = files[mf.MANIFEST].replace(b'"publisher": "TEST Bureau B"',
                                     b'"publisher": "TEST Bureau A"')
    files[mf.MANIFEST] = raw
    files[mf.SIGNATURE] = mf.signature_bytes(other.public.key_id, other.sign(raw))
    refused(write_entries(tmp_path / "claim2.etown", files), store, committed_db,
            "publisher_mismatch")


def test_hostile_zip_checks_still_run_on_signed_packs(tmp_path, store, committed_db, bureau,
                                                      newer):
    files = entries(signed_pack(committed_db, tmp_path / "s.etown", bureau, 6))
    files["../evil.txt"] = b"x"
    refused(write_entries(tmp_path / "evil.etown", files), store, committed_db, "unsafe_path")


def test_a_damaged_trust_file_refuses_rather_than_trusting_nothing(tmp_path, store, committed_db,
                                                                   bureau):
    from etown_desktop.core.errors import EtownError

    trust_path().write_text("{not json", encoding="utf-8")
    pack = write_pack(read_database(committed_db), edition_id(committed_db), tmp_path / "u.etown")
    with pytest.raises(EtownError):
        prepare_import(pack, store, committed_db)


def test_an_oversized_signature_or_a_second_manifest_is_refused(tmp_path, store, committed_db,
                                                                bureau, newer):
    """Endless data (TUF): a signature entry far larger than any signature is not read; a
    second copy of the manifest entry is a duplicate ZIP entry."""
    import warnings
    import zipfile

    files = entries(signed_pack(committed_db, tmp_path / "s.etown", bureau, 6))
    big = dict(files)
    big[mf.SIGNATURE] = files[mf.SIGNATURE] + b" " * (mf.MAX_SIGNATURE_BYTES + 1)
    refused(write_entries(tmp_path / "bigsig.etown", big), store, committed_db,
            "garbled_signature")
    twice = tmp_path / "twice.etown"
    write_entries(twice, files)
    with warnings.catch_warnings(), zipfile.ZipFile(twice, "a") as zf:
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name it is asked for
        zf.writestr(mf.MANIFEST, files[mf.MANIFEST].replace(b'"sequence": 6', b'"sequence": 60'))
    refused(twice, store, committed_db, "duplicate_entry")


def test_trust_changed_while_an_import_waits_is_kept(tmp_path, store, committed_db,
                                                     second_edition_db, bureau):
    """The import report is open; staff trust another publisher meanwhile; Apply keeps both."""
    pack = signed_pack(second_edition_db, tmp_path / "ok.etown", bureau, 3)
    plan = prepare_import(pack, store, committed_db)
    other, _ = make_key(tmp_path / "keys", "other", publisher="TEST Bureau B")
    trust(other)
    apply_import(plan, store)
    after = TrustStore()
    assert {k.key.key_id for k in after.active()} == {bureau.public.key_id, other.public.key_id}
    assert after.seen["TEST Bureau A"].sequence == 3
