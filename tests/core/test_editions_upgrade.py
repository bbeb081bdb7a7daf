"""An edition imported by an earlier version of the app (other layout of the derived tables the
large views read) is rebuilt from its own data on the next start: same edition, same data tables,
and the figures filter works on it. A damaged one is skipped, its file left alone."""

from __future__ import annotations

import json
import sqlite3

import pytest
from editions_testdata import edit_template

from etown_desktop.core.db.check import table_contents
from etown_desktop.core.editions import upgrade
from etown_desktop.core.editions.importer import apply_import, prepare_import
from etown_desktop.core.editions.store import sha256_of
from etown_desktop.core.errors import DatabaseInvalid
from etown_desktop.core.queries import list_query
from etown_desktop.core.queries.list_tables import LIST_LAYOUT
from etown_desktop.core.repository import Repository


def _make_it_old(store, info) -> None:
    """What the app before list layout 2 left: no gram index, no packed columns, no layout key."""
    path = store.db_path(info.edition)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE figure_search_grams")
    conn.execute("DROP TABLE list_columns")
    conn.execute("DELETE FROM metadata WHERE key = 'list_layout'")
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    _reseal(store, info)


def _reseal(store, info) -> None:
    """The manifest's checksum made to match the edited file (not a damaged download)."""
    path = store.db_path(info.edition)
    manifest = json.loads(store.manifest_path(info.edition).read_text(encoding="utf-8"))
    manifest.update(sha256=sha256_of(path), bytes=path.stat().st_size)
    store.manifest_path(info.edition).write_text(json.dumps(manifest), encoding="utf-8")


def _imported(tmp_path, store, committed_db, template_xlsx):
    book = tmp_path / "good.xlsx"
    edit_template(template_xlsx, book)
    info = apply_import(prepare_import(book, store, committed_db), store)
    assert info is not None
    return info


def test_an_edition_from_an_earlier_app_is_rebuilt_and_filters(tmp_path, store, committed_db,
                                                               template_xlsx):
    info = _imported(tmp_path, store, committed_db, template_xlsx)
    path = store.db_path(info.edition)
    before = table_contents(path)
    _make_it_old(store, info)
    assert upgrade.list_layout(path) is None

    selection = store.select(committed_db)

    assert selection.path == path and selection.messages == ()
    assert upgrade.list_layout(path) == LIST_LAYOUT
    assert table_contents(path) == before  # the same data, every table
    new = store.info(info.edition)
    assert new.sha256 == sha256_of(path) and store.problem(new) is None
    repo = Repository(path)
    try:
        rows = list_query.ordered_rows(repo, list_query.FIGURES, ("o",), sort="value", descending=True)
        assert len(rows) > 0
    finally:
        repo.close()
    assert store.select(committed_db).path == path  # a second start does not rebuild again
    assert store.info(info.edition).sha256 == new.sha256


def test_an_old_edition_that_cannot_be_rebuilt_is_skipped_and_left_alone(tmp_path, store, committed_db,
                                                                          template_xlsx):
    info = _imported(tmp_path, store, committed_db, template_xlsx)
    path = store.db_path(info.edition)
    _make_it_old(store, info)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE figures")  # its data cannot be read back
    conn.commit()
    conn.close()
    _reseal(store, info)
    damaged = path.read_bytes()

    selection = store.select(committed_db)

    assert selection.path == committed_db
    assert any("could not be updated" in m for m in selection.messages)
    assert path.read_bytes() == damaged
    assert not any(store.staging_folder().iterdir())


def test_opening_a_database_of_another_layout_says_how_to_fix_it(altered_db):
    old = altered_db("DELETE FROM metadata WHERE key = 'list_layout'")
    with pytest.raises(DatabaseInvalid, match="another version of the app.*etown-desktop db build"):
        Repository(old)
