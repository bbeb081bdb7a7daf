"""Streamed table exports (rows from the builder, no DataFrame) write exactly the files the
DataFrame table gives: same cells, integers as integers, same formats, same sources sheet."""

from __future__ import annotations

import io
import zipfile

import pytest

from etown_desktop.core.export import tabular
from etown_desktop.core.export.row_stream import stream_table
from etown_desktop.core.repository import Repository
from etown_desktop.core.tables import build_table, table_ids


def _sheets(path_or_bytes) -> dict[str, bytes]:
    """Every part of the workbook except docProps/core.xml (it carries the creation time)."""
    src = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    with zipfile.ZipFile(src) as z:
        return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}


def _frame_workbook(repo, tid, lang, rows, tmp_path):
    """The reference: the DataFrame table, its sources, the full table's row count."""
    full = build_table(repo, tid, lang)
    table = full.subset(rows)
    out = tmp_path / f"ref_{tid}_{lang}.xlsx"
    tabular.write_xlsx(table, out, repo.metadata, tabular.table_sources(repo, table),
                       total_rows=len(full.frame))
    return table, out


def _check_same_files(repo: Repository, tmp_path, rows_of=lambda tid: None) -> None:
    for tid in table_ids():
        for lang in ("en", "zh"):
            rows = rows_of(tid)
            table, ref = _frame_workbook(repo, tid, lang, rows, tmp_path)
            for excel in (False, True):
                assert tabular.csv_bytes(stream_table(repo, tid, lang, rows), excel=excel) == \
                    tabular.csv_bytes(table, excel=excel), (tid, lang, excel)
            streamed = tabular.export_table(repo, tid, tmp_path / f"s_{tid}_{lang}.xlsx", lang, rows=rows)
            assert _sheets(streamed) == _sheets(ref), (tid, lang)
            csv_path = tabular.export_table(repo, tid, tmp_path / f"s_{tid}_{lang}.csv", lang, rows=rows,
                                            excel=True)
            assert csv_path.read_bytes() == tabular.csv_bytes(table, excel=True), (tid, lang)


def test_streamed_exports_equal_the_table_exports_on_the_shipped_db(repo, tmp_path):
    _check_same_files(repo, tmp_path)


def test_streamed_export_of_shown_rows_keeps_their_order_and_the_total(repo, tmp_path):
    _check_same_files(repo, tmp_path, lambda tid: [1, 0] if tid != "reform_measures" else [0])
    stream = stream_table(repo, "companies", "en", [2, 0])
    assert stream.total_rows == len(repo.companies())
    assert [cells[0] for cells, _ in stream.rows] == [repo.companies()[2].id, repo.companies()[0].id]


def test_streamed_exports_equal_the_table_exports_on_a_10x_db(synthetic_db, tmp_path):
    r = Repository(synthetic_db(10))
    try:
        assert r.figure_count() >= 700
        _check_same_files(r, tmp_path)
    finally:
        r.close()


def test_stream_of_an_unknown_table_or_row_is_refused(repo):
    from etown_desktop.core.errors import NotFound

    with pytest.raises(NotFound):
        stream_table(repo, "nope")
    with pytest.raises(NotFound):
        stream_table(repo, "companies", rows=[10**6])


def test_quick_xlsx_cell_writer_writes_what_xlsxwriter_writes(repo, synthetic_db, tmp_path, monkeypatch):
    """Text with & < >, control characters, _x0041_, edge spaces and formula-like text take
    xlsxwriter's path; everything else the quick one: the workbooks are the same byte for byte."""
    import pandas as pd

    from etown_desktop.core.export import xlsx_cells
    from etown_desktop.core.tables import Table

    odd = Table("t", "Odd", "en", pd.DataFrame({
        "Text": ["a & b", "<x>", "tab\there", "_x0041_", " lead", "trail ", "=1+1", "", "plain", "中文"],
        "Value": [1.0, 2.5, None, 1e20, -3.0, 0.1, 7.0, float("nan"), 12345678.9, 0.0]}),
        tuple(() for _ in range(10)), ("Value",))
    r10 = Repository(synthetic_db(10))
    try:
        for name, write in (("odd", lambda p: tabular.write_xlsx(odd, p, repo.metadata, [])),
                            ("figures", lambda p: tabular.export_table(r10, "figures", p, "zh")),
                            ("companies", lambda p: tabular.export_table(r10, "companies", p, "en"))):
            quick = write(tmp_path / f"{name}_quick.xlsx")
            monkeypatch.setattr(xlsx_cells, "ENABLED", False)
            plain = write(tmp_path / f"{name}_plain.xlsx")
            monkeypatch.setattr(xlsx_cells, "ENABLED", True)
            assert _sheets(quick) == _sheets(plain), name
    finally:
        r10.close()
