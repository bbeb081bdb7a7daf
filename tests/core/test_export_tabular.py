"""Table registry and CSV/XLSX export, read back with pandas and openpyxl."""

from __future__ import annotations

import pandas as pd
import pytest
from required_tools import require_module

from etown_desktop.core.errors import ExportFailed, NotFound
from etown_desktop.core.export import tabular
from etown_desktop.core.tables import Table, build_table, table_ids


def test_every_table_builds_in_both_languages(repo):
    for tid in table_ids():
        en, zh = build_table(repo, tid, "en"), build_table(repo, tid, "zh")
        assert len(en.frame) == len(zh.frame) > 0, tid
        assert "Source" in en.frame.columns and "来源" in zh.frame.columns, tid
        assert len(en.row_sources) == len(en.frame)
        known = {s.id for s in repo.sources()}
        assert set(en.source_ids()) <= known


def test_figures_table_matches_database(repo):
    t = build_table(repo, "figures", "en")
    figs = repo.figures()
    assert list(t.frame["ID"]) == [f.id for f in figs]
    assert list(t.frame["Value"]) == [f.value for f in figs]
    assert list(t.frame["Source"]) == [f.source.ref for f in figs]
    zh = build_table(repo, "figures", "zh")
    # Chinese values are in the Chinese unit (亿元 = 0.1 billion yuan).
    assert list(zh.frame["数值"]) == [f.value * f.unit.zh_factor for f in figs]


def test_unknown_table(repo):
    with pytest.raises(NotFound, match="Known tables"):
        build_table(repo, "nope")


def test_row_subset(repo):
    t = build_table(repo, "companies", "en", rows=[2, 0])
    companies = repo.companies()
    assert list(t.frame["ID"]) == [companies[2].id, companies[0].id]
    with pytest.raises(NotFound):
        build_table(repo, "companies", rows=[999])


@pytest.mark.parametrize("excel", [False, True])
def test_csv_roundtrip(repo, tmp_path, excel):
    out = tabular.export_table(repo, "figures", tmp_path / "f.csv", lang="zh", excel=excel)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == excel
    assert (b"\r\n" in raw) == excel
    back = pd.read_csv(out, encoding="utf-8-sig")
    figs = repo.figures()
    assert len(back) == len(figs)
    assert back["数值"].dtype.kind == "f"
    assert list(back["编号"]) == [f.id for f in figs]
    assert list(back["指标"]) == [f.label_zh for f in figs]


def test_csv_displayed_rows_only(repo, tmp_path):
    out = tabular.export_table(repo, "figures", tmp_path / "f.csv", rows=[5, 1, 3])
    back = pd.read_csv(out)
    figs = repo.figures()
    assert list(back["ID"]) == [figs[5].id, figs[1].id, figs[3].id]


def _evil_table() -> Table:
    frame = pd.DataFrame({"Name": ["=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(A1)",
                                   "\tcmd", "safe -1"],
                          "Value": [-5.0, 1.0, -2.0, 3.0, 4.0, 5.0]})
    return Table("evil", "Evil", "en", frame, tuple(() for _ in range(6)), ("Value",))


def test_csv_neutralises_formulas_numbers_stay(tmp_path):
    out = tabular.write_csv(_evil_table(), tmp_path / "e.csv")
    back = pd.read_csv(out, keep_default_na=False)
    names = list(back["Name"])
    assert all(n.startswith("'") for n in names[:5]), names
    assert names[5] == "safe -1"
    assert list(back["Value"]) == [-5, 1, -2, 3, 4, 5]
    assert back["Value"].dtype.kind in "if"  # numbers, written as integers where whole


def test_xlsx_neutralises_formulas(repo, tmp_path):
    openpyxl = require_module("openpyxl")
    out = tabular.write_xlsx(_evil_table(), tmp_path / "e.xlsx", repo.metadata, [])
    ws = openpyxl.load_workbook(out).worksheets[0]
    for row in ws.iter_rows(min_row=2):
        assert row[0].data_type == "s", row[0].value  # text, never a formula
        assert row[1].data_type == "n"
    assert ws["A2"].quotePrefix
    assert ws["B2"].value == -5


def test_xlsx_roundtrip(repo, tmp_path):
    openpyxl = require_module("openpyxl")
    out = tabular.export_table(repo, "targets", tmp_path / "t.xlsx", lang="en", rows=[0, 1])
    wb = openpyxl.load_workbook(out)
    ws, src = wb.worksheets
    assert ws.freeze_panes == "A2"
    assert ws["A1"].font.bold
    header = [c.value for c in ws[1]]
    targets = repo.targets()
    assert [ws.cell(r, 1).value for r in (2, 3)] == [targets[0].id, targets[1].id]
    vcol = header.index("Value") + 1
    assert ws.cell(2, vcol).value == targets[0].target.value
    assert isinstance(ws.cell(2, vcol).value, (int, float))
    assert ws.column_dimensions["C"].width > 8
    # Second sheet: edition, row note, and exactly the sources of the exported rows.
    values = [c.value for row in src.iter_rows() for c in row if c.value is not None]
    assert repo.metadata.edition in values
    assert "2 of 12 rows (as displayed)".replace("12", str(len(targets))) in values
    wanted = {t.target.source.ref for t in targets[:2]} | {
        t.actual.source.ref for t in targets[:2] if t.actual}
    refs = {v for v in values if isinstance(v, str) and v in {s.ref for s in repo.sources()}}
    assert refs == wanted


def test_xlsx_pandas_numbers(repo, tmp_path):
    out = tabular.export_table(repo, "figures", tmp_path / "f.xlsx", lang="zh")
    back = pd.read_excel(out, sheet_name=0)
    assert back["数值"].dtype.kind in "fi"
    assert back["段落"].dtype.kind == "i"
    assert len(back) == len(repo.figures())


def test_bad_extension(repo, tmp_path):
    with pytest.raises(ExportFailed, match="not a supported file type"):
        tabular.export_table(repo, "figures", tmp_path / "f.xls")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_usd_column_has_the_same_scale_as_the_value_and_names_its_unit(repo, lang):
    """86 next to 6000 亿元 would read as 86 亿美元 (ten times too small): the USD column must be
    scaled like the value column and say its unit."""
    frame = build_table(repo, "figures", lang).frame
    cols = {k: frame.columns[i] for i, k in enumerate(
        ["id", "topic", "label", "value", "unit", "qualifier", "as_stated", "period", "year",
         "usd_value", "usd_unit"])}
    for fig in repo.figures():
        if fig.usd_value is None:
            continue
        row = frame[frame[cols["id"]] == fig.id].iloc[0]
        # the implied rate is unchanged by the scaling of both columns
        assert row[cols["value"]] / row[cols["usd_value"]] == pytest.approx(fig.usd_rate, abs=1e-3)
        unit = row[cols["usd_unit"]]
        assert ("美元" in unit) if lang == "zh" else ("US dollars" in unit), (fig.id, unit)
    topics = set(frame[cols["topic"]])
    assert not topics & {"foreign_investment", "beijing_context"}, "topic ids leaked into the table"


@pytest.mark.parametrize("lang, column, words", [
    ("en", "Qualifier", {"exact": "exact", "about": "about", "nearly": "nearly", "more_than": "more than",
                         "at_least": "at least", "less_than": "less than", "at_most": "at most"}),
    ("zh", "限定词", {"exact": "确数", "about": "约", "nearly": "近", "more_than": "超过",
                   "at_least": "至少", "less_than": "不到", "at_most": "不超过"}),
])
def test_exported_figures_name_the_sources_qualifier(repo, lang, column, words):
    """The exported figures table says "nearly"/近 where the source did (written out here, not taken
    from the code under test)."""
    figs = repo.figures()
    assert {f.qualifier for f in figs} >= {"nearly", "more_than", "about", "exact"}
    table = build_table(repo, "figures", lang)
    assert list(table.frame[column]) == [words[f.qualifier] for f in figs]
