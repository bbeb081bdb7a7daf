"""Hostile and damaged files get one clear line and change nothing; old packs are migrated."""

from __future__ import annotations

import json
import os
import stat
import zipfile

import pytest
from conftest import file_checksums
from editions_testdata import edit_template

from etown_desktop.core.editions.dbread import edition_id, read_database
from etown_desktop.core.editions.importer import apply_import, prepare_import
from etown_desktop.core.editions.pack import write_pack
from etown_desktop.core.errors import ImportRejected


@pytest.fixture
def pack(tmp_path, committed_db):
    return write_pack(read_database(committed_db), edition_id(committed_db), tmp_path / "good.etown")


@pytest.fixture
def active(tmp_path, store, committed_db, template_xlsx):
    """A store with one imported, active edition; returns its files' checksums."""
    good = tmp_path / "active.xlsx"
    edit_template(template_xlsx, good)
    plan = prepare_import(good, store, committed_db)
    apply_import(plan, store)
    return file_checksums(store.root)


def _rewrite(src, dst, change):
    """Copy a pack entry by entry; ``change(name, data)`` returns [(name, data, attr)] to write."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            for name, data, attr in change(info.filename, zin.read(info)):
                zi = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
                zi.external_attr = attr
                zi.compress_type = zipfile.ZIP_DEFLATED
                zout.writestr(zi, data)
    return dst


def _entry(name):
    def change(n, data):
        out = [(n, data, 0o644 << 16)]
        if n == "datapackage.json":
            out.append((name, b"x", 0o644 << 16))
        return out
    return change


def _symlink(n, data):
    out = [(n, data, 0o644 << 16)]
    if n == "datapackage.json":
        out.append(("sources/link.txt", b"/etc/passwd", (stat.S_IFLNK | 0o777) << 16))
    return out


def _tamper(n, data):
    if n == "data/figures.csv":
        data = data.replace(b",600,cny_bn,", b",601,cny_bn,")
    return [(n, data, 0o644 << 16)]


@pytest.mark.parametrize(("change", "rule"), [
    (_entry("../evil.txt"), "unsafe_path"),
    (_entry("/etc/evil.txt"), "unsafe_path"),
    (_entry("C:/evil.txt"), "unsafe_path"),
    (_entry("datapackage.json"), "duplicate_entry"),
    (_symlink, "symlink"),
    (_tamper, "checksum"),
])
def test_hostile_packs_are_refused_and_change_nothing(
        tmp_path, store, committed_db, pack, active, change, rule):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name it is asked for
        bad = _rewrite(pack, tmp_path / "bad.etown", change)
    with pytest.raises(ImportRejected) as caught:
        prepare_import(bad, store, committed_db)
    assert caught.value.rule == rule
    for lang in ("en", "zh"):
        message = caught.value.message(lang)
        assert "\n" not in message and "bad.etown" in message
    assert file_checksums(store.root) == active


def test_a_zip_bomb_is_refused(tmp_path, store, committed_db, active):
    bomb = tmp_path / "bomb.etown"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("datapackage.json", "{}")
        zf.writestr("data/figures.csv", b"0" * (50 * 1024 * 1024))
    with pytest.raises(ImportRejected) as caught:
        prepare_import(bomb, store, committed_db)
    assert caught.value.rule == "zip_bomb"
    assert file_checksums(store.root) == active


def test_a_huge_file_is_refused_before_it_is_read(tmp_path, store, committed_db, monkeypatch, pack):
    from etown_desktop.core.editions import safezip

    monkeypatch.setattr(safezip, "MAX_FILE_BYTES", 1000)
    with pytest.raises(ImportRejected, match="too large") as caught:
        prepare_import(pack, store, committed_db)
    assert "上限" in caught.value.message("zh")


def test_non_utf8_csv_is_reported_as_a_problem(tmp_path, store, committed_db, pack):
    def latin1(n, data):
        if n == "data/companies.csv":
            data = data.decode("utf-8").replace("Bayer", "Bäyer").encode("utf-8")
            data = data.replace("Bäyer".encode(), "Bäyer".encode("latin-1"))
        return [(n, data, 0o644 << 16)]
    bad = _rewrite(pack, tmp_path / "latin.etown", latin1)
    # Re-sign the descriptor so only the encoding is wrong.
    import hashlib

    with zipfile.ZipFile(bad) as zf:
        desc = json.loads(zf.read("datapackage.json"))
        raw = zf.read("data/companies.csv")
    for res in desc["resources"]:
        if res["path"] == "data/companies.csv":
            res["hash"], res["bytes"] = "sha256:" + hashlib.sha256(raw).hexdigest(), len(raw)
    resigned = _rewrite(bad, tmp_path / "latin2.etown", lambda n, d: [
        (n, json.dumps(desc).encode() if n == "datapackage.json" else d, 0o644 << 16)])
    plan = prepare_import(resigned, store, committed_db)
    assert not plan.ok
    assert any(p.rule == "not_utf8" and "companies.csv" in p.origin for p in plan.report.errors)


def test_workbook_formulas_are_reported_never_evaluated(tmp_path, store, committed_db, template_xlsx):
    import openpyxl

    wb = openpyxl.load_workbook(template_xlsx)
    ws = wb["figures"]
    ws["F2"] = "=300*2"
    wb.save(tmp_path / "formula.xlsx")
    plan = prepare_import(tmp_path / "formula.xlsx", store, committed_db)
    problems = [p for p in plan.report.errors if p.rule == "formula"]
    assert [(p.line, p.column, p.value) for p in problems] == [(2, "value", "=300*2")]
    assert "formula" in problems[0].render("en") and "公式" in problems[0].render("zh")


@pytest.mark.parametrize("how", ["xlsm", "vba"])
def test_workbooks_with_macros_are_refused(tmp_path, store, committed_db, template_xlsx, how):
    if how == "xlsm":
        bad = tmp_path / "macro.xlsm"
        bad.write_bytes(template_xlsx.read_bytes())
    else:
        bad = tmp_path / "macro.xlsx"
        with zipfile.ZipFile(template_xlsx) as zin, zipfile.ZipFile(bad, "w") as zout:
            for info in zin.infolist():
                zout.writestr(info, zin.read(info))
            zout.writestr("xl/vbaProject.bin", b"\0" * 100)
    with pytest.raises(ImportRejected) as caught:
        prepare_import(bad, store, committed_db)
    assert caught.value.rule == "macros"


@pytest.mark.parametrize("content", [b"", b"not a zip at all", b"PK\x03\x04broken"])
def test_damaged_files_are_refused(tmp_path, store, committed_db, content):
    for suffix in (".xlsx", ".etown"):
        path = tmp_path / f"damaged{suffix}"
        path.write_bytes(content)
        with pytest.raises(ImportRejected):
            prepare_import(path, store, committed_db)


def _with_version(pack, dst, version, drop=()):
    def change(n, data):
        if n in drop:
            return []
        if n == "datapackage.json":
            desc = json.loads(data)
            desc["etown_schema_version"] = version
            desc["resources"] = [r for r in desc["resources"] if r["path"] not in drop]
            data = json.dumps(desc).encode()
        return [(n, data, 0o644 << 16)]
    return _rewrite(pack, dst, change)


def test_a_pack_from_a_newer_app_is_refused(tmp_path, store, committed_db, pack):
    newer = _with_version(pack, tmp_path / "newer.etown", 99)
    with pytest.raises(ImportRejected, match="newer version") as caught:
        prepare_import(newer, store, committed_db)
    assert "更新版本" in caught.value.message("zh")


def test_a_version_1_pack_is_migrated(tmp_path, store, committed_db, pack):
    """Synthetic older fixture: schema 1 had no hand_checks table."""
    old = _with_version(pack, tmp_path / "v1.etown", 1, drop=("data/hand_checks.csv",))
    with zipfile.ZipFile(old) as zf:
        assert "data/hand_checks.csv" not in zf.namelist()
    plan = prepare_import(old, store, committed_db)
    assert plan.ok, plan.report.render()
    assert plan.already_active  # the same facts: the factory edition


def test_unsupported_file_type(tmp_path, store, committed_db):
    path = tmp_path / "facts.csv"
    path.write_text("id\n")
    with pytest.raises(ImportRejected) as caught:
        prepare_import(path, store, committed_db)
    assert caught.value.rule == "file_type"
    assert os.path.exists(path)
