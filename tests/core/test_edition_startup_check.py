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
