"""Key changes without a server (TUF's root rotation rule): the laptop moves its trust to the
publisher's next key only when a statement is signed by the current AND the next key. Rotating
twice leaves both earlier keys retired: a pack signed by either is refused."""

from __future__ import annotations

import json

import pytest
from test_trust_refusals import refused, state  # noqa: F401  (the shared refusal check)
from trust_testdata import entries, make_key, signed_pack, trust, write_entries

from etown_desktop.core.editions.importer import apply_import, prepare_import
from etown_desktop.core.trust import manifest as mf
from etown_desktop.core.trust.rotation import chain_bytes, make_statement
from etown_desktop.core.trust.trust_store import TrustStore


@pytest.fixture
def keys(tmp_path):
    """Three keys of one publisher, versions 1, 2, 3; the laptop trusts the first."""
    made = [make_key(tmp_path / "keys", f"k{v}", version=v)[0] for v in (1, 2, 3)]
    trust(made[0])
    return made


def test_rotating_twice_moves_trust_and_retires_the_old_keys(tmp_path, store, committed_db,
                                                             second_edition_db, keys):
    k1, k2, k3 = keys
    chain = chain_bytes([make_statement(k1, k2), make_statement(k2, k3)])
    pack = signed_pack(second_edition_db, tmp_path / "k3.etown", k3, 3, chain=chain)
    plan = prepare_import(pack, store, committed_db)
    assert plan.trust.rotated == [k1.public.key_id, k2.public.key_id]
    apply_import(plan, store)
    trusted = TrustStore()
    assert [k.key.key_id for k in trusted.active()] == [k3.public.key_id]
    assert {trusted.find(k.public.key_id).state for k in (k1, k2)} == {"retired"}
    for old, number in ((k1, 10), (k2, 11)):  # newer numbers, but retired keys
        stale = signed_pack(committed_db, tmp_path / f"old{number}.etown", old, number)
        refused(stale, store, committed_db, "retired_key")


def test_a_refused_pack_does_not_move_trust(tmp_path, store, committed_db, keys):
    k1, k2, _ = keys
    files = entries(signed_pack(committed_db, tmp_path / "k2.etown", k2, 3,
                                chain=chain_bytes([make_statement(k1, k2)])))
    files["sources/extra.txt"] = b"added after signing"
    refused(write_entries(tmp_path / "bad.etown", files), store, committed_db, "file_added")
    assert [k.key.key_id for k in TrustStore().active()] == [k1.public.key_id]


def _forged(statement: dict, drop: str | None = None, duplicate: bool = False) -> dict:
    sigs = statement["signatures"]
    if drop is not None:
        sigs = [s for s in sigs if s["key_id"] != drop]
    if duplicate:
        sigs = [sigs[0], sigs[0]]
    return {**statement, "signatures": sigs}


@pytest.mark.parametrize("attack", ["only_next", "only_current", "same_key_twice",
                                    "skips_a_version", "from_an_untrusted_key", "edited"])
def test_a_key_change_without_both_signatures_is_refused(tmp_path, store, committed_db, keys,
                                                         attack):
    k1, k2, k3 = keys
    if attack == "only_next":  # an attacker's new key, claiming to follow the bureau's
        statement = _forged(make_statement(k1, k2), drop=k1.public.key_id)
    elif attack == "only_current":
        statement = _forged(make_statement(k1, k2), drop=k2.public.key_id)
    elif attack == "same_key_twice":  # the current key's signature listed twice counts once
        statement = _forged(make_statement(k1, k2), duplicate=True)
    elif attack == "skips_a_version":
        statement = make_statement(k2, k3)  # the laptop trusts k1: 2 → 3 does not follow
    elif attack == "from_an_untrusted_key":
        stranger, _ = make_key(tmp_path / "keys", "stranger", version=2)
        statement = make_statement(stranger, k2)
    else:
        statement = make_statement(k1, k2)
        body = json.loads(statement["statement"])
        body["next_key"] = k3.public.as_json() | {"version": 2}
        statement["statement"] = json.dumps(body, sort_keys=True)
    pack = signed_pack(committed_db, tmp_path / "rot.etown", k2, 3,
                       chain=chain_bytes([statement]))
    before = TrustStore().active()
    error = refused(pack, store, committed_db, "bad_rotation")
    assert error.message("zh")
    assert TrustStore().active() == before


def test_a_statement_whose_next_key_is_the_current_key_is_refused(tmp_path, keys):
    from etown_desktop.core.trust.errors import TrustError

    with pytest.raises(TrustError) as caught:
        make_statement(keys[0], keys[0])
    assert caught.value.rule == "same_key"


def test_a_pack_without_key_changes_is_still_signed_by_the_trusted_key(tmp_path, store,
                                                                      committed_db, keys):
    k1, k2, _ = keys
    pack = signed_pack(committed_db, tmp_path / "k2.etown", k2, 3)  # no statement carried
    refused(pack, store, committed_db, "unknown_key")
    files = entries(signed_pack(committed_db, tmp_path / "k1.etown", k1, 3))
    assert mf.KEYS not in files
