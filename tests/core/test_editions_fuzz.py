"""Hypothesis fuzzing of the CSV and workbook readers: any input gives problems or a clean
refusal (ImportRejected), never a crash."""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openpyxl.utils.exceptions import IllegalCharacterError

from etown_desktop.core.editions.folder import parse_csv
from etown_desktop.core.editions.raw import RawEdition, csv_columns
from etown_desktop.core.editions.validation import validate
from etown_desktop.core.editions.workbook_reader import read_workbook
from etown_desktop.core.errors import ImportRejected

FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
HEADER = ",".join(csv_columns("figures"))
cell = st.one_of(st.none(), st.integers(-10**12, 10**12), st.floats(allow_nan=True),
                 st.text(max_size=30), st.sampled_from(["=1+1", "nearly", "cny_bn", "F001", ""]))


@FUZZ
@given(st.text(max_size=400))
def test_csv_reader_never_crashes(text):
    edition = RawEdition(data_date="2026-01-01")
    rows = parse_csv(HEADER + "\n" + text, "figures.csv", "figures", edition)
    edition.tables["figures"] = rows
    report = validate(edition)
    assert all(p.render("en") and p.render("zh") for p in report.problems)


@FUZZ
@given(st.binary(max_size=400))
def test_workbook_reader_refuses_random_bytes(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "random.xlsx"
    path.write_bytes(data)
    try:
        read_workbook(path)
    except ImportRejected as exc:
        assert exc.message("en") and exc.message("zh")


@settings(FUZZ, max_examples=25)
@given(st.lists(st.lists(cell, min_size=0, max_size=20), max_size=8))
def test_workbook_reader_survives_any_cells(tmp_path_factory, rows):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "edition"
    wb["edition"].append(["key", "value"])
    wb["edition"].append(["data_date", "2026-01-01"])
    ws = wb.create_sheet("figures")
    ws.append(csv_columns("figures"))
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            try:
                ws.cell(row=r, column=c, value=value)
            except (ValueError, TypeError, IllegalCharacterError):  # openpyxl refuses some itself
                pass
    path = tmp_path_factory.mktemp("fuzz") / "cells.xlsx"
    wb.save(path)
    edition = read_workbook(path)
    report = validate(edition)
    assert all(p.render("zh") for p in report.problems)


@pytest.mark.filterwarnings("ignore:Duplicate name")
@FUZZ
@given(st.lists(st.tuples(st.text(min_size=1, max_size=20), st.binary(max_size=50)), max_size=6))
def test_pack_reader_refuses_or_reports_random_zips(tmp_path_factory, entries):
    from etown_desktop.core.editions.pack import read_pack

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in entries:
            try:
                zf.writestr(name, data)
            except (ValueError, UnicodeEncodeError, IndexError):  # names zipfile cannot write
                pass
    path = tmp_path_factory.mktemp("fuzz") / "random.etown"
    path.write_bytes(buf.getvalue())
    try:
        validate(read_pack(path))
    except ImportRejected as exc:
        assert exc.message("en")
