"""What the two file formats contain: the Excel template (sheets, explained headers, dropdown
lists, current rows) and the edition pack (a Frictionless Data Package descriptor)."""

from __future__ import annotations

import hashlib
import json
import zipfile

from etown_desktop.core.db import schema
from etown_desktop.core.editions.dbread import edition_id, read_database
from etown_desktop.core.editions.pack import write_pack
from etown_desktop.core.editions.raw import csv_columns, file_tables


def test_template_has_a_sheet_per_table_with_dropdowns_and_current_rows(template_xlsx, repo):
    import openpyxl

    wb = openpyxl.load_workbook(template_xlsx)
    assert set(file_tables()) | {"article_text", "edition", "read_me"} <= set(wb.sheetnames)
    figures = wb["figures"]
    header = [c.value for c in figures[1]]
    assert header == csv_columns("figures")
    assert figures.cell(row=1, column=header.index("value") + 1).comment.text.startswith(
        "value: number, required.")
    assert figures.max_row - 1 == len(repo.figures())
    lists = {}
    for dv in figures.data_validations.dataValidation:
        column = header[int(openpyxl.utils.column_index_from_string(
            str(dv.sqref).split(":")[0].rstrip("0123456789"))) - 1]
        lists[column] = dv.formula1
    assert lists["qualifier"] == '"' + ",".join(schema.QUALIFIERS) + '"'
    assert lists["topic"] == '"' + ",".join(schema.TOPICS) + '"'
    assert lists["unit"] == "units!$A$2:$A$2000" and lists["source_id"] == "sources!$A$2:$A$2000"
    assert wb["edition"]["B2"].value == repo.metadata.data_date
    article = [r for r in wb["article_text"].iter_rows(min_row=2, values_only=True)
               if r[0] == "000_de62530991b045af"]
    assert [r[1] for r in article] == list(range(1, len(article) + 1))
    assert article[4][2] == repo.source_paragraphs("000_de62530991b045af")[4]


def test_pack_descriptor_follows_the_data_package_spec(tmp_path, committed_db):
    pack = write_pack(read_database(committed_db), edition_id(committed_db), tmp_path / "e.etown")
    with zipfile.ZipFile(pack) as zf:
        desc = json.loads(zf.read("datapackage.json"))
        assert desc["profile"] == "data-package" and desc["edition"] == edition_id(committed_db)
        assert desc["etown_schema_version"] == schema.SCHEMA_VERSION and desc["created"]
        paths = {r["path"] for r in desc["resources"]}
        assert paths | {"datapackage.json"} == set(zf.namelist())
        for res in desc["resources"]:
            data = zf.read(res["path"])
            assert res["bytes"] == len(data)
            assert res["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
    figures = next(r for r in desc["resources"] if r["name"] == "figures")
    assert figures["profile"] == "tabular-data-resource" and figures["path"] == "data/figures.csv"
    fields = {f["name"]: f for f in figures["schema"]["fields"]}
    assert fields["value"]["type"] == "number" and fields["paragraph"]["type"] == "integer"
    assert fields["qualifier"]["constraints"]["enum"] == list(schema.QUALIFIERS)
    assert "cny_bn" in fields["unit"]["constraints"]["enum"]
    assert fields["usd_value"]["constraints"]["required"] is False
    assert figures["schema"]["primaryKey"] == ["id"]
    assert {"fields": ["source_id"], "reference": {"resource": "sources", "fields": ["id"]}} in \
        figures["schema"]["foreignKeys"]
    articles = [r for r in desc["resources"] if r["path"].startswith("sources/")]
    assert len(articles) == 5 and all(r["mediatype"] == "text/plain" for r in articles)
