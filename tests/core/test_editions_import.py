"""Importing an edited workbook or pack: the report, the preview, the safe switch, revert,
reset and the round trip. The synthetic source is TEST DATA (tests/editions_testdata.py)."""

from __future__ import annotations

import re
import shutil

import pytest
from conftest import file_checksums
from editions_testdata import CHANGED_FIGURE, HAND_NOTE, REMOVED_FIGURE, TEST_SOURCE_ID, edit_template

from etown_desktop.core.db.check import check_database, table_contents
from etown_desktop.core.editions.dbread import edition_id, read_database
from etown_desktop.core.editions.importer import apply_import, prepare_import
from etown_desktop.core.editions.pack import write_pack
from etown_desktop.core.editions.store import FACTORY, reset, revert
from etown_desktop.core.errors import EditionError
from etown_desktop.core.repository import Repository


def _import(path, store, factory):
    plan = prepare_import(path, store, factory)
    assert plan.ok, plan.report.render()
    return plan, apply_import(plan, store)


def test_a_workbook_with_a_wrong_number_is_refused_with_every_problem_pinned(
        tmp_path, store, committed_db, template_xlsx):
    bad = tmp_path / "bad.xlsx"
    rows = edit_template(template_xlsx, bad, error=True)
    before = file_checksums(store.root) if store.root.exists() else {}
    plan = prepare_import(bad, store, committed_db)
    assert not plan.ok
    (err,) = plan.report.errors
    assert (err.origin, err.line, err.column, err.value, err.rule) == (
        "bad.xlsx › figures", rows["firm_row"], "value", "770", "provenance")
    # Cited as the app cites it: the source's S-number and the paragraph ("T1 ¶3").
    assert re.search(r"770 is not written in [ST]\d+ ¶3", err.render("en")), err.render("en")
    assert re.search(r"[ST]\d+ ¶3 中找不到数字 770", err.render("zh")), err.render("zh")
    # The changed figure passes only thanks to its "checked by hand" note (a warning says so).
    assert any(p.rule == "hand_checked" and p.line for p in plan.report.warnings)
    with pytest.raises(EditionError):
        apply_import(plan, store)
    assert (file_checksums(store.root) if store.root.exists() else {}) in (before, {})
    assert store.history() == [] and store.active_id() == FACTORY


def test_preview_lists_sources_and_figures_added_changed_and_removed(
        tmp_path, store, committed_db, template_xlsx):
    good = tmp_path / "good.xlsx"
    edit_template(template_xlsx, good)
    plan = prepare_import(good, store, committed_db)
    p = plan.preview
    assert [s for s, _ in p.sources_added] == [TEST_SOURCE_ID]
    assert [f for f, _, _ in p.figures_added] == ["TF01", "TF02"]
    (changed,) = p.figures_changed
    assert changed.figure_id == CHANGED_FIGURE and ("value", "600", "610") in changed.changes
    assert [f for f, _ in p.figures_removed] == [REMOVED_FIGURE]
    text = p.render("en")
    assert "value 600 → 610" in text and "- F074" in text
    zh = p.render("zh")  # amounts and words in Chinese, no English left (issue 17 §5)
    assert "新增数据（2）" in zh and "+ TF01  测试产值：1234亿元" in zh
    assert "TF02  测试企业数：77家" in zh
    assert "~ F001  工业总产值：数值 6000亿元 → 6100亿元" in zh
    assert "人工核对：+1 ~0 -0" in zh
    assert not re.findall(r"[A-Za-z]{3,}", zh.replace(TEST_SOURCE_ID, ""))


def test_apply_then_revert_restores_the_exact_previous_query_results(
        tmp_path, store, committed_db, template_xlsx):
    good = tmp_path / "good.xlsx"
    edit_template(template_xlsx, good)
    factory_bytes = committed_db.read_bytes()
    _plan, info = _import(good, store, committed_db)
    assert info is not None and store.active_id() == info.edition
    assert committed_db.read_bytes() == factory_bytes, "the factory edition is never written"
    sel = store.select(committed_db)
    assert check_database(sel.path).ok
    repo = Repository()  # the app's default: the active edition
    try:
        assert repo.path == sel.path
        added = repo.figure("TF01")
        assert added.value == 123.4 and added.source.id == TEST_SOURCE_ID and added.paragraph == 2
        assert "123.4" in repo.source_paragraphs(TEST_SOURCE_ID)[1]
        assert repo.figure(CHANGED_FIGURE).value == 610
        assert repo.hand_check(CHANGED_FIGURE) == HAND_NOTE
        with pytest.raises(Exception):
            repo.figure(REMOVED_FIGURE)
    finally:
        repo.close()
    reset(store)
    assert store.select(committed_db).path == committed_db
    assert table_contents(store.select(committed_db).path) == table_contents(committed_db)
    revert(store, info.edition[:14])  # a unique prefix is enough
    assert store.active_id() == info.edition
    assert [i.edition for i in store.history()] == [info.edition]


def test_round_trip_export_import_gives_the_same_edition_and_results(
        tmp_path, store, committed_db, template_xlsx, monkeypatch):
    good = tmp_path / "good.xlsx"
    edit_template(template_xlsx, good)
    _plan, info = _import(good, store, committed_db)
    pack = write_pack(read_database(store.db_path(info.edition)), info.edition, tmp_path / "e.etown")
    # "Another laptop": a fresh data folder.
    other = tmp_path / "other-laptop"
    monkeypatch.setenv("ETOWN_DESKTOP_DATA_HOME", str(other))
    from etown_desktop.core.editions.store import EditionStore

    store2 = EditionStore()
    _plan2, info2 = _import(pack, store2, committed_db)
    assert info2.edition == info.edition
    assert table_contents(store2.db_path(info2.edition)) == table_contents(store.db_path(info.edition))
    # Importing the active edition again is a no-op that says so.
    plan3 = prepare_import(pack, store2, committed_db)
    assert plan3.already_active and apply_import(plan3, store2) is None
    assert len(store2.history()) == 1


def test_factory_export_round_trips_to_the_factory_edition(tmp_path, store, committed_db):
    pack = write_pack(read_database(committed_db), edition_id(committed_db), tmp_path / "f.etown")
    plan = prepare_import(pack, store, committed_db)
    assert plan.ok and plan.already_active and plan.preview.empty


def test_corrupt_active_edition_is_skipped_and_the_previous_one_used(
        tmp_path, store, committed_db, template_xlsx):
    good = tmp_path / "good.xlsx"
    edit_template(template_xlsx, good)
    _plan, first = _import(good, store, committed_db)
    second_book = tmp_path / "second.xlsx"
    edit_template(template_xlsx, second_book, firms=12)  # "about 12 test parks": still in ¶3
    _plan, second = _import(second_book, store, committed_db)
    assert store.active_id() == second.edition
    with open(store.db_path(second.edition), "r+b") as fh:
        fh.seek(5000)
        fh.write(b"\xff" * 64)
    sel = store.select(committed_db)
    assert sel.edition.edition == first.edition
    assert any(second.edition in m and "damaged" in m for m in sel.messages)
    with pytest.raises(EditionError, match="damaged"):
        revert(store, second.edition)


def test_an_edition_of_another_schema_is_skipped(tmp_path, store, committed_db, template_xlsx):
    import dataclasses
    import json

    good = tmp_path / "good.xlsx"
    edit_template(template_xlsx, good)
    _plan, info = _import(good, store, committed_db)
    manifest = store.manifest_path(info.edition)
    data = json.loads(manifest.read_text())
    data["schema_version"] = 1
    manifest.write_text(json.dumps(data))
    sel = store.select(committed_db)
    assert sel.is_factory and any("schema 1" in m for m in sel.messages)
    assert dataclasses.asdict(store.info(info.edition))["schema_version"] == 1


def test_the_data_folder_honours_xdg_data_home(tmp_path, monkeypatch):
    from etown_desktop.core.editions.paths import user_data_folder

    monkeypatch.delenv("ETOWN_DESKTOP_DATA_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr("sys.platform", "linux")
    assert user_data_folder() == tmp_path / "xdg" / "etown-desktop"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")
    assert user_data_folder() == tmp_path.home() / ".local" / "share" / "etown-desktop"


def test_a_stale_staging_folder_does_not_matter(tmp_path, store, committed_db, template_xlsx):
    good = tmp_path / "good.xlsx"
    edit_template(template_xlsx, good)
    junk = store.staging_folder() / "import-leftover"
    junk.mkdir()
    (junk / "half.db").write_bytes(b"partial")
    _plan, info = _import(good, store, committed_db)
    assert store.select(committed_db).edition.edition == info.edition
    shutil.rmtree(store.staging_folder())


def test_old_staging_leftovers_are_cleaned_and_fresh_ones_kept(store):
    import os
    import time

    old = store.staging_folder() / "import-old"
    old.mkdir()
    fresh = store.staging_folder() / "import-fresh"
    fresh.mkdir()
    past = time.time() - 2 * 3600
    os.utime(old, (past, past))
    store.clean_staging()
    assert not old.exists() and fresh.exists()


def test_without_a_state_file_the_newest_valid_edition_opens(tmp_path, store, committed_db,
                                                              template_xlsx):
    first_book, second_book = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    edit_template(template_xlsx, first_book)
    edit_template(template_xlsx, second_book, firms=12)
    _plan, first = _import(first_book, store, committed_db)
    _plan, second = _import(second_book, store, committed_db)
    (store.root / "state.json").unlink()
    assert store.select(committed_db).edition.edition == second.edition
    store.db_path(second.edition).write_bytes(b"damaged")
    sel = store.select(committed_db)
    assert sel.edition.edition == first.edition and "damaged" in sel.messages[0]


def test_a_rule_only_the_builder_knows_is_reported_not_raised(tmp_path, store, committed_db,
                                                              template_xlsx):
    """Search aliases are checked by the builder (core.search.aliases): an alias of an unknown
    company becomes one more problem in the report, and nothing is staged."""
    import openpyxl

    wb = openpyxl.load_workbook(template_xlsx)
    assert "aliases" in wb.sheetnames
    wb["aliases"].append(["company", "no_such_company", "Nobody Ltd"])
    wb.save(tmp_path / "alias.xlsx")
    plan = prepare_import(tmp_path / "alias.xlsx", store, committed_db)
    assert not plan.ok and plan.staged is None
    (problem,) = plan.report.errors
    assert problem.rule == "build_check" and "no_such_company" in problem.render("en")
    assert "构建程序拒绝" in problem.render("zh")
