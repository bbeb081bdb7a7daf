"""The build's shortcuts for large editions give exactly what the plain computations gave: the
edition hash (streamed in chunks), the list tables' ranks (a sort key worded once per source, unit …),
the provenance check (a substring test before the pattern) and the key checks (same message)."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sys
from pathlib import Path

import pytest

from etown_desktop.core.db import build as build_mod
from etown_desktop.core.errors import SourceDataInvalid
from etown_desktop.core.provenance import find_number, split_paragraphs, written_forms
from etown_desktop.core.queries import figure_text, list_tables

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tables_10x(tmp_path_factory, data_dir):
    sys.path.insert(0, str(REPO))
    from bench.synthetic_data import write_synthetic_data

    folder = write_synthetic_data(10, tmp_path_factory.mktemp("data10x") / "data", data_dir)
    return build_mod.load(folder)


@pytest.mark.parametrize("n", [0, 1, 2, 4999, 5000, 5001, 12345])
def test_chunked_edition_hash_equals_hashing_the_whole_json(n):
    rows = [{"id": f"r{i}", "value": i / 3, "text": "外资 \"quoted\" \\ é", "none": None,
             "when": Path("x")} for i in range(n)]
    whole = hashlib.sha256(json.dumps(rows, sort_keys=True, ensure_ascii=False, default=str).encode())
    chunked = hashlib.sha256()
    build_mod._hash_json_list(chunked, rows)
    assert chunked.hexdigest() == whole.hexdigest()


def test_edition_of_the_shipped_data_is_unchanged(data_dir, committed_db):
    import sqlite3

    conn = sqlite3.connect(committed_db)
    stored = conn.execute("SELECT value FROM metadata WHERE key = 'edition'").fetchone()[0]
    conn.close()
    assert build_mod.edition_of(data_dir)[0] == stored


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_ranks_with_shared_keys_equal_ranks_by_the_plain_sort_key(tables_10x, lang):
    figs = list_tables.figure_records(tables_10x)
    assert len({f.source.id for f in figs}) > 10  # every copy cites its own source
    for key, part in list_tables.SHARED_KEY_PART.items():
        plain = list_tables._ranks(figs, lambda f, k=key: figure_text.sort_key(f, k, lang))
        shared = list_tables._ranks(figs, list_tables._once_per_part(
            lambda f, k=key: figure_text.sort_key(f, k, lang), part))
        assert list(shared) == list(plain), key
        # and the ranks order the figures as a stable sort by the key did
        by_rank = [f.id for _r, f in sorted(zip(shared, figs), key=lambda p: p[0])]
        assert by_rank == [f.id for f in sorted(figs, key=lambda f, k=key: figure_text.sort_key(f, k, lang))]


def _find_number_by_pattern_only(text: str, value: float):
    """The provenance check before the substring shortcut (verbatim)."""
    lowered = text.lower()
    best = None
    for form in written_forms(value):
        if form.isalpha() or " " in form:
            m = re.search(rf"(?<![a-z]){re.escape(form)}(?![a-z])", lowered)
        else:
            m = re.search(rf"(?<![\d.,]){re.escape(form)}(?![\d]|[.,]\d)", text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.end())
    return best


def test_find_number_equals_the_pattern_only_check(data_dir):
    paras = [p for f in sorted((data_dir / "sources").glob("*.txt"))
             for p in split_paragraphs(f.read_text(encoding="utf-8"))]
    paras += ["Four companies", "FOUR", "ranks First", "1,043.5", "about 600 and 6000", "in A WEEK"]
    values = sorted({float(v) for v in (1, 2, 4, 10, 100, 600, 1043, 96.7, 349200, 1_000_000, 0.5, 6000, 3)}
                    | {float(r["value"]) for r in build_mod.read_table(data_dir, "figures")})
    for para in paras:
        for value in values:
            assert find_number(para, value) == _find_number_by_pattern_only(para, value), (para, value)


def test_key_checks_still_name_the_first_unknown_reference(tmp_path, data_dir):
    folder = tmp_path / "data"
    shutil.copytree(data_dir, folder, ignore=shutil.ignore_patterns("*.db"))
    tables = build_mod.load(folder)
    tables["figures"][3]["company_id"] = "no-such-company"
    tables["aliases"][0]["ref_id"] = "no-such-record"
    with pytest.raises(SourceDataInvalid, match=r"figures.csv: company_id='no-such-company' does not "
                                                r"exist in companies"):
        build_mod._validate(tables)
    from etown_desktop.core.search.aliases import validate_aliases

    with pytest.raises(SourceDataInvalid, match=r"aliases.csv line 2: .* 'no-such-record' does not exist"):
        validate_aliases(tables)


def test_build_is_byte_for_byte_reproducible_and_leaves_no_scratch_file(tmp_path, data_dir, committed_db):
    one = build_mod.build(data_dir, tmp_path / "a" / "etown.db")
    two = build_mod.build(data_dir, tmp_path / "b" / "etown.db")
    assert one.read_bytes() == two.read_bytes() == committed_db.read_bytes()
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a", "b", "etown.db", "etown.db"]


PIECES = ["600", "1,043", "96.7", "349,200", "a week", "four", "First", "-5", "5.", "600.0", ".5",
          "1.600.5", "6000亿", "US$86", "１２３", "x600y", "600,", "1,6", "0.5", "12.50", " ", "。", "("]
VALUES = [600, 1043, 96.7, 349200, 4, 1, -5, 5, 0.5, 12.5, 6000, 86, 123, 1.6, 2,
          "10000000000000000000000000", 600.0, 100]


def test_the_one_scan_finds_exactly_what_a_pattern_per_form_finds():
    """issue 22: find_number scans a paragraph's numbers once instead of compiling a pattern per
    value; on texts made of the tricky pieces (separators, signs, full-width digits, words) it
    gives the same span as the rule's patterns, for every value."""
    import random

    rng = random.Random(22)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12)))
        for value in VALUES:
            assert find_number(text, value) == _find_number_by_pattern_only(text, value), (text, value)
