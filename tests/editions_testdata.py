"""TEST DATA ONLY — synthetic sources and figures for the data-edition tests. Never shipped.

The synthetic article below is not a real publication; its numbers are invented for tests and
must never reach data/ or a user's database.
"""

from __future__ import annotations

from pathlib import Path

TEST_SOURCE_ID = "T900_test_only"
TEST_SEED_FILE = "T900_test_only_synthetic.txt"
TEST_ARTICLE = [
    "TEST DATA - synthetic article written for the automated tests; not a real source.",
    "In this synthetic paragraph the test zone reported output of 123.4 billion yuan.",
    "The synthetic test zone also counted 77 test firms and about 12 test parks.",
]
CHANGED_FIGURE = "F001"  # its value is changed (with a "checked by hand" note)
REMOVED_FIGURE = "F074"  # referenced by no other table
HAND_NOTE = "checked by hand: TEST DATA - synthetic change made by the import tests"


def _append(ws, values: dict) -> int:
    header = [c.value for c in ws[1]]
    row = ws.max_row + 1
    for col, name in enumerate(header, start=1):
        if name in values:
            ws.cell(row=row, column=col, value=values[name])
    return row


def _find_row(ws, key: str) -> int:
    for row in range(2, ws.max_row + 1):
        if ws.cell(row=row, column=1).value == key:
            return row
    raise KeyError(key)


def _column(ws, name: str) -> int:
    return [c.value for c in ws[1]].index(name) + 1


def edit_template(template: Path, out: Path, *, firms: float = 77, error: bool = False,
                  change_and_remove: bool = True) -> dict:
    """Edit a template as a user would (openpyxl): add the synthetic test source and two
    figures, change one figure, remove one. ``error=True`` cites a number the paragraph does
    not contain (the provenance rule then refuses the figure). Returns where the edits are."""
    import openpyxl

    wb = openpyxl.load_workbook(template)
    src = wb["sources"]
    _append(src, {"id": TEST_SOURCE_ID, "ref": "T1", "seed_file": TEST_SEED_FILE,
                  "title_en": "TEST DATA synthetic article", "title_zh": "测试数据（合成文章）",
                  "language": "en", "note_en": "Test data only.", "note_zh": "仅供测试。"})
    art = wb["article_text"]
    for n, text in enumerate(TEST_ARTICLE, start=1):
        _append(art, {"source_id": TEST_SOURCE_ID, "paragraph": n, "text": text})
    figs = wb["figures"]
    if change_and_remove:
        figs.delete_rows(_find_row(figs, REMOVED_FIGURE))
    common = {"topic": "overview", "qualifier": "exact", "source_id": TEST_SOURCE_ID,
              "note_en": "Test data only.", "note_zh": "仅供测试。"}
    out_row = _append(figs, {**common, "id": "TF01", "metric": "test_output",
                             "label_en": "TEST output", "label_zh": "测试产值", "value": 123.4,
                             "unit": "cny_bn", "paragraph": 2})
    firm_row = _append(figs, {**common, "id": "TF02", "metric": "test_firms",
                              "label_en": "TEST firms", "label_zh": "测试企业数",
                              "value": 770 if error else firms, "unit": "companies",
                              "paragraph": 3})
    if change_and_remove:
        row = _find_row(figs, CHANGED_FIGURE)
        figs.cell(row=row, column=_column(figs, "value"), value=610)
        _append(wb["hand_checks"], {"figure_id": CHANGED_FIGURE, "note": HAND_NOTE})
    wb.save(out)
    return {"added_row": out_row, "firm_row": firm_row}


def synthetic_edition(base_db: Path, n_figures: int):
    """The bundled edition plus the TEST DATA source and ``n_figures`` synthetic figures that
    cite it (for the benchmark and the kill test)."""
    from etown_desktop.core.editions.dbread import read_database
    from etown_desktop.core.editions.raw import RawRow

    edition = read_database(base_db)
    edition.tables["sources"].append(RawRow("sources.csv", 0, {
        "id": TEST_SOURCE_ID, "ref": "T1", "seed_file": TEST_SEED_FILE,
        "title_en": "TEST DATA synthetic article", "title_zh": "测试数据（合成文章）",
        "publisher": "", "published": "", "updated": "", "language": "en", "page_section": "",
        "page_section_zh": "", "note_en": "Test data only.", "note_zh": "仅供测试。"}))
    edition.articles[TEST_SEED_FILE] = "\n".join(TEST_ARTICLE) + "\n"
    for i in range(n_figures):
        edition.tables["figures"].append(RawRow("figures.csv", 0, {
            "id": f"TX{i:05d}", "metric": "test_output", "topic": "overview",
            "label_en": f"TEST output {i}", "label_zh": f"测试产值 {i}", "value": "123.4",
            "unit": "cny_bn", "qualifier": "exact", "period_en": "", "period_zh": "", "year": "",
            "usd_value": "", "source_id": TEST_SOURCE_ID, "paragraph": "2", "company_id": "",
            "note_en": "Test data only.", "note_zh": "仅供测试。"}))
    return edition
