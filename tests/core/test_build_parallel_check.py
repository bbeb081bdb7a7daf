"""The validation engine run in a forked child beside the build (the command line's way on a
system with ``fork``) gives what the former in-line way gave: the same database for good data, the
engine's message (never the builder's own, nor a later step's error) for bad data, the old file
untouched; a child that fails some other way leaves the check to the parent. And the glyph check's
whole-article fast path reports the warnings the paragraph-by-paragraph check reported."""

from __future__ import annotations

import os
import shutil
from types import SimpleNamespace

import pytest

from etown_desktop.core.db import build as build_mod
from etown_desktop.core.db.check import table_contents
from etown_desktop.core.editions import validation
from etown_desktop.core.editions.folder import read_folder
from etown_desktop.core.errors import SourceDataInvalid

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system")


@pytest.fixture(params=["forked", "in-line"])
def mode(request, monkeypatch):
    monkeypatch.setattr(build_mod, "_may_fork", lambda *a: request.param == "forked")
    return request.param


def _mutated_copy(tmp_path, data_dir, filename, old, new):
    copy = tmp_path / "data"
    shutil.copytree(data_dir, copy, ignore=shutil.ignore_patterns("*.db"))
    path = copy / filename
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return copy


def _record_streams(monkeypatch) -> list[tuple[int, bool]]:
    """The streams the build reads from its forked child, in order, each with whether the child
    delivered it (False: the build did that work itself)."""
    used: list[tuple[int, bool]] = []
    real_stream = build_mod.forked.ForkedStreams.stream

    def stream(self, i):
        out = real_stream(self, i)
        used.append((i, out is not None))
        return out

    monkeypatch.setattr(build_mod.forked.ForkedStreams, "stream", stream)
    return used


def test_the_forked_check_builds_the_same_database(tmp_path, data_dir, committed_db, mode):
    out = build_mod.build(data_dir, tmp_path / "etown.db")
    assert table_contents(out) == table_contents(committed_db)
    assert out.read_bytes() == committed_db.read_bytes()


@pytest.mark.parametrize(
    ("filename", "old", "new"),
    [
        ("figures.csv", ",nearly,2021,", ",roughly,2021,"),  # the builder would say it too
        ("figures.csv", ",cny_bn,nearly,2021", ",furlongs,nearly,2021"),  # later steps would crash
        ("figures.csv", ",600,cny_bn", ",six hundred,cny_bn"),
        ("figures.csv", "Gross industrial output value,工业总产值,600", "Gross industrial output value,,600"),
    ],
)
def test_bad_data_fails_with_the_engines_message_and_keeps_the_old_file(
        tmp_path, data_dir, committed_db, monkeypatch, filename, old, new):
    bad = _mutated_copy(tmp_path, data_dir, filename, old, new)
    messages = []
    for forked in (False, True):
        monkeypatch.setattr(build_mod, "_may_fork", lambda *a, f=forked: f)
        out = tmp_path / "out.db"
        shutil.copy(committed_db, out)
        with pytest.raises(SourceDataInvalid) as info:
            build_mod.build(bad, out)
        messages.append(str(info.value))
        assert out.read_bytes() == committed_db.read_bytes()
        assert not list(tmp_path.glob(".out.db.*")), "temporary build file left behind"
    assert messages[0] == messages[1]
    with pytest.raises(SourceDataInvalid) as engine:
        build_mod.check_folder(bad)
    assert messages[1] == str(engine.value)


def test_a_child_that_fails_otherwise_leaves_the_check_to_the_parent(tmp_path, data_dir, monkeypatch):
    calls = []

    def check_folder(src_dir):
        calls.append(os.getpid())
        raise RuntimeError("engine broke")

    monkeypatch.setattr(build_mod, "_may_fork", lambda *a: True)
    monkeypatch.setattr(build_mod, "check_folder", check_folder)
    with pytest.raises(RuntimeError, match="engine broke"):
        build_mod.build(data_dir, tmp_path / "x.db")
    assert calls == [os.getpid()], "the parent ran the check itself after the child failed"
    assert not (tmp_path / "x.db").exists()


def test_small_data_is_built_without_a_child(tmp_path, data_dir, monkeypatch):
    monkeypatch.setattr(build_mod.forked, "may_fork", lambda: True)
    monkeypatch.setattr(build_mod.forked.os, "fork", lambda: pytest.fail("forked for the shipped data"))
    build_mod.build(data_dir, tmp_path / "x.db")


def test_forking_can_be_turned_off(monkeypatch):
    from etown_desktop.core.db import forked

    monkeypatch.setattr(forked.threading, "active_count", lambda: 1)
    monkeypatch.setattr(forked, "sys", SimpleNamespace(modules={}))  # as if Qt were not loaded
    monkeypatch.delenv(forked.FORK_ENV, raising=False)
    assert forked.may_fork()
    monkeypatch.setenv(forked.FORK_ENV, "0")
    assert not forked.may_fork()


def test_article_glyph_warnings_are_those_of_the_paragraph_by_paragraph_check(
        tmp_path, data_dir, monkeypatch):
    copy = tmp_path / "data"
    shutil.copytree(data_dir, copy, ignore=shutil.ignore_patterns("*.db"))
    articles = sorted((copy / "sources").glob("*.txt"))
    text = articles[0].read_text(encoding="utf-8")
    # an undrawable character (a private-use one) in the second paragraph and a drawable one
    lines = text.splitlines()
    second = [i for i, line in enumerate(lines) if line.strip()][1]
    lines[second] += " \ue000 中"
    articles[0].write_text("\n".join(lines), encoding="utf-8")

    def warnings(ed):
        return sorted((p.origin, p.value, p.rule, tuple(sorted(p.params.items())))
                      for p in validation.validate(ed).problems if p.rule.startswith("glyph"))

    fast = warnings(read_folder(copy))
    monkeypatch.setattr(validation._Checker, "_undrawn", lambda self, cov, raw: True)
    slow = warnings(read_folder(copy))
    assert fast == slow
    assert [w[1] for w in fast] == ["\ue000"] and ("paragraph", 2) in fast[0][3]


def test_the_forked_search_work_gives_the_same_file_even_when_the_child_fails(
        tmp_path, data_dir, committed_db, monkeypatch):
    """The search entries and gram pieces the forked child computes ahead are what the build would
    compute (the file is byte for byte the committed one); a child that fails part way leaves the
    rest to the build, with the same result."""
    from etown_desktop.core.search import build_index

    monkeypatch.setattr(build_mod, "_may_fork", lambda *a: True)
    used = _record_streams(monkeypatch)
    out = build_mod.build(data_dir, tmp_path / "a.db")
    assert out.read_bytes() == committed_db.read_bytes()
    # the edition's digest, the figure list's ranks, the search pieces (streams 2-5), then the
    # validation child's report
    assert used == [(0, True), (1, True), (2, True), (3, True), (4, True), (5, True), (0, True)]

    def fails_after_the_figures(tables, figs, emit):
        def partial_emit(i, chunk):
            if i > 0:
                raise RuntimeError("child broke")
            emit(i, chunk)
        build_index.precompute(tables, figs, partial_emit)

    used.clear()
    monkeypatch.setattr(build_mod, "precompute_search", fails_after_the_figures)
    out = build_mod.build(data_dir, tmp_path / "b.db")
    assert out.read_bytes() == committed_db.read_bytes()
    assert used == [(0, True), (1, True), (2, True), (3, False), (4, False), (5, False), (0, True)]


def test_a_child_that_fails_at_once_leaves_the_edition_hash_and_the_search_work_to_the_build(
        tmp_path, data_dir, committed_db, monkeypatch):
    """The edition's digest is the forked child's first stream; a child that fails before it
    leaves the build to compute the digest itself, with the same edition and the same file."""
    monkeypatch.setattr(build_mod, "_may_fork", lambda *a: True)

    def fails(tables, figs, emit):
        raise RuntimeError("child broke")

    monkeypatch.setattr(build_mod, "_work_in_child", fails)
    out = build_mod.build(data_dir, tmp_path / "c.db")
    assert out.read_bytes() == committed_db.read_bytes()


def test_a_child_that_fails_in_the_ranks_leaves_them_to_the_build(
        tmp_path, data_dir, committed_db, monkeypatch):
    monkeypatch.setattr(build_mod, "_may_fork", lambda *a: True)
    used = _record_streams(monkeypatch)

    def breaks_after_one_column(figs):
        yield next(iter(list_tables.figure_ranks(figs)))
        raise RuntimeError("child broke")

    from etown_desktop.core.queries import list_tables

    monkeypatch.setattr(build_mod, "figure_ranks", breaks_after_one_column)
    out = build_mod.build(data_dir, tmp_path / "d.db")
    assert out.read_bytes() == committed_db.read_bytes()
    assert used[:3] == [(0, True), (1, False), (2, False)]
