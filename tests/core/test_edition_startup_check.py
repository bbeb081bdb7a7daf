"""The start-up check (is the bundled edition newer than the imported one?) answers as the full
edition status does, without hashing the whole database file (seconds for a large edition)."""

from __future__ import annotations

import pytest

from etown_desktop.core.editions import status


def test_factory_check_needs_no_checksum_and_matches_the_status(store, committed_db, monkeypatch):
    assert status.edition_status(committed_db, store).factory_newer is False

    def no_hash(path):
        raise AssertionError(f"the start-up check hashed {path}")

    monkeypatch.setattr(status, "sha256_of", no_hash)
    assert status.factory_is_newer(committed_db, store) is False
    with pytest.raises(AssertionError):
        status.edition_status(committed_db, store)  # the full status does hash the file


def _imported(tmp_path, store, committed_db, template_xlsx):
    from editions_testdata import edit_template

    from etown_desktop.core.editions.importer import apply_import, prepare_import

    good = tmp_path / "active.xlsx"
    edit_template(template_xlsx, good)
    return apply_import(prepare_import(good, store, committed_db), store)


def test_the_active_edition_is_hashed_once_then_only_when_its_file_changes(
        tmp_path, store, committed_db, template_xlsx, monkeypatch):
    import os

    from etown_desktop.core.editions import store as store_module

    info = _imported(tmp_path, store, committed_db, template_xlsx)
    hashed = []
    real = store_module.sha256_of
    monkeypatch.setattr(store_module, "sha256_of", lambda p: hashed.append(p) or real(p))
    first = store.select(committed_db)
    assert first.edition == info and len(hashed) == 1  # the first start checks the whole file
    for _ in range(3):  # later starts trust that check: the file has not changed
        assert store.select(committed_db).edition == info
    assert len(hashed) == 1
    # The file is damaged (same size; a bad copy or a disk error rewrote it): hashed again, refused.
    path = store.db_path(info.edition)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))  # even within the same second
    chosen = store.select(committed_db)
    assert len(hashed) == 2 and chosen.is_factory
    assert any("damaged (checksum mismatch)" in m for m in chosen.messages)


def test_a_lost_or_garbled_check_record_only_means_hashing_again(
        tmp_path, store, committed_db, template_xlsx, monkeypatch):
    from etown_desktop.core.editions import checked
    from etown_desktop.core.editions import store as store_module

    info = _imported(tmp_path, store, committed_db, template_xlsx)
    store.select(committed_db)
    record = checked.record_path(store.db_path(info.edition))
    hashed = []
    real = store_module.sha256_of
    monkeypatch.setattr(store_module, "sha256_of", lambda p: hashed.append(p) or real(p))
    for damage in (lambda: record.write_text("{not json"), record.unlink,
                   lambda: record.write_text('{"sha256": "0", "bytes": 1}')):
        damage()
        assert store.select(committed_db).edition == info
    assert len(hashed) == 3
