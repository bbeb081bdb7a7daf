"""Lead exports: CRM columns, consent filter, formula neutralising, BOM, read back by real parsers."""

from __future__ import annotations

import csv

import pytest
import vobject

from etown_desktop.core.leads import erasure
from etown_desktop.core.leads.export import export_leads
from etown_desktop.core.leads.export_formats import HUBSPOT, SALESFORCE

from leads_helpers import draft, new_store


@pytest.fixture
def leads(tmp_path):
    store = new_store(tmp_path)
    store.add_lead(draft(title="CFO", phone="+49 30 1", notes="=HYPERLINK(\"http://x\")", rating="hot",
                         sectors=("biomedicine",), answers={"size": "10_50m"}, country="DE"),
                   frozenset({"contact", "abroad", "marketing", "materials"}))
    store.add_lead(draft(family="王", given="小明", company="北京某公司", email="wang@example.cn"),
                   frozenset({"contact"}))  # not abroad
    gone = store.add_lead(draft(family="Gone", email="gone@example.com"), frozenset({"contact", "abroad"}))
    erasure.withdraw(store, gone)
    store.add_lead(draft(family="Silent", email="s@example.com"), frozenset())
    store.add_lead(draft(family="", given="", company="+Solo Corp", email="-x@solo.example"),
                   frozenset({"contact", "abroad"}))
    return store.leads(), {store.current_event().id: "Hannover Messe"}


def read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM for Excel
    return list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))


def test_salesforce_csv_has_its_columns_and_only_consenting_leads(tmp_path, leads):
    result = export_leads(leads[0], tmp_path / "sf.csv", "salesforce", leads[1])
    rows = read_csv(tmp_path / "sf.csv")
    assert tuple(rows[0]) == SALESFORCE.columns
    assert [r["Last Name"] for r in rows] == ["Müller", "[not provided]"]
    first = rows[0]
    assert (first["First Name"], first["Company"], first["Rating"], first["Email Opt Out"]) == (
        "Anna", "Acme GmbH", "Hot", "0")
    assert first["Industry"] == "Biomedicine" and first["Lead Source"] == "Event: Hannover Messe"
    assert "Size: US$10–50 million" in first["Description"]
    assert first["Description"].startswith("'=HYPERLINK")  # neutralised
    assert rows[1]["Company"] == "'+Solo Corp" and rows[1]["Email"] == "'-x@solo.example"
    assert rows[1]["Email Opt Out"] == "1"
    reasons = {s.name: s.reason for s in result.skipped}
    assert reasons == {"王小明": "no consent: abroad", "Anna Gone": "withdrawn", "Anna Silent": "no consent: contact, abroad"}
    assert result.written == 2


def test_hubspot_xlsx_has_the_legal_basis_column(tmp_path, leads):
    import openpyxl

    export_leads(leads[0], tmp_path / "hs.xlsx", "hubspot", leads[1])
    ws = openpyxl.load_workbook(tmp_path / "hs.xlsx").active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == HUBSPOT.columns
    assert {r[-1] for r in rows[1:]} == {"Freely given consent from contact"}
    assert rows[1][0:3] == ("Anna", "Müller", "anna@acme.example")
    cell = ws.cell(row=3, column=5)  # "+Solo Corp": text, shown with a quote prefix, never a formula
    assert cell.value == "+Solo Corp" and cell.data_type == "s" and cell.quotePrefix


def test_plain_csv_keeps_chinese_and_needs_only_contact(tmp_path, leads):
    result = export_leads(leads[0], tmp_path / "plain.csv", "plain", leads[1])
    rows = read_csv(tmp_path / "plain.csv")
    assert "王" in [r["family name"] for r in rows]
    assert result.written == 3 and len(result.skipped) == 2


def test_vcards_parse_back_with_a_real_parser(tmp_path, leads):
    export_leads(leads[0], tmp_path / "leads.vcf", "plain", leads[1])
    cards = list(vobject.readComponents((tmp_path / "leads.vcf").read_text(encoding="utf-8")))
    assert len(cards) == 3
    wang = next(c for c in cards if c.n.value.family == "王")
    assert wang.version.value == "3.0" and wang.fn.value == "王小明"  # family name first, no space
    assert wang.org.value == ["北京某公司"] and wang.email.value == "wang@example.cn"
    assert "Gone" not in (tmp_path / "leads.vcf").read_text(encoding="utf-8")


def test_nothing_to_export_writes_no_file(tmp_path, leads):
    result = export_leads([x for x in leads[0] if x.withdrawn], tmp_path / "none.csv", "plain")
    assert result.written == 0 and not (tmp_path / "none.csv").exists()


def test_a_long_utf8_vcard_line_is_folded_on_character_boundaries(tmp_path):
    from etown_desktop.core.leads.vcard import vcard

    text = vcard(family="王" * 60, org="北京" * 40)
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    card = vobject.readOne(text)
    assert card.n.value.family == "王" * 60
