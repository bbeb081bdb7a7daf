"""The investor pack ZIP: manifest checksums, every chart and table, sector narrowing."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import pandas as pd
import pytest
from required_tools import require_module



from etown_desktop import __version__  # noqa: E402
from etown_desktop.core.charts import BUILDERS  # noqa: E402
from etown_desktop.core.errors import NotFound  # noqa: E402
from etown_desktop.core.tables import table_ids  # noqa: E402


@pytest.fixture(scope="module")
def full_pack(qapp, repo, tmp_path_factory):
    from etown_desktop.ui.export.pack import export_pack

    return export_pack(repo, tmp_path_factory.mktemp("pack") / "pack.zip")


def _manifest(zf: zipfile.ZipFile) -> dict:
    return json.loads(zf.read("manifest.json"))


def test_manifest_checksums_verify(full_pack, repo):
    with zipfile.ZipFile(full_pack) as zf:
        assert zf.testzip() is None
        manifest = _manifest(zf)
        names = set(zf.namelist()) - {"manifest.json"}
        assert {f["path"] for f in manifest["files"]} == names
        for f in manifest["files"]:
            data = zf.read(f["path"])
            assert hashlib.sha256(data).hexdigest() == f["sha256"], f["path"]
            assert len(data) == f["bytes"]
    assert manifest["app_version"] == __version__
    assert manifest["database_edition"] == repo.metadata.edition
    # The facts' dates come from the sources; the review date is labelled as such.
    from etown_desktop.core.coverage import source_date_range

    earliest, latest, undated = source_date_range(repo)
    assert manifest["sources_dated"] == {"earliest": earliest, "latest": latest, "undated": undated}
    assert manifest["data_reviewed"] == repo.metadata.data_date and "data_as_of" not in manifest


def test_tampered_file_is_detected(full_pack, tmp_path):
    # The check above can fail: change one byte of a file and its checksum no longer matches.
    with zipfile.ZipFile(full_pack) as zf:
        manifest = _manifest(zf)
        entry = next(f for f in manifest["files"] if f["path"] == "sources.txt")
        data = bytearray(zf.read("sources.txt"))
    data[-1] ^= 1
    assert hashlib.sha256(bytes(data)).hexdigest() != entry["sha256"]


def test_every_chart_and_table_present_and_readable(full_pack, repo):
    Image = require_module("PIL.Image")
    with zipfile.ZipFile(full_pack) as zf:
        names = set(zf.namelist())
        assert "factsheet_en.pdf" in names and "sources.txt" in names
        assert zf.read("factsheet_en.pdf").startswith(b"%PDF")
        for cid in BUILDERS:
            assert {f"charts/{cid}.png", f"charts/{cid}.svg"} <= names
            assert Image.open(io.BytesIO(zf.read(f"charts/{cid}.png"))).size[0] == 2400
            assert b"<svg" in zf.read(f"charts/{cid}.svg")[:400]
        for tid in table_ids():
            assert {f"tables/{tid}.csv", f"tables/{tid}.xlsx"} <= names
        figs = pd.read_csv(io.BytesIO(zf.read("tables/figures.csv")), encoding="utf-8-sig")
        assert list(figs["ID"]) == [f.id for f in repo.figures()]
        xl = pd.read_excel(io.BytesIO(zf.read("tables/companies.xlsx")))
        assert list(xl["ID"]) == [c.id for c in repo.companies()]
        src = zf.read("sources.txt").decode("utf-8-sig")
        for s in repo.sources():
            assert s.ref in src and s.title_en in src
        from etown_desktop.core.coverage import coverage_text

        assert coverage_text(repo, "en") in src


def test_sector_pack_is_narrowed(qapp, repo, tmp_path):
    from etown_desktop.ui.export.pack import export_pack

    out = export_pack(repo, tmp_path / "bio.zip", lang="zh", sector_id="biomedicine")
    with zipfile.ZipFile(out) as zf:
        manifest = _manifest(zf)
        assert manifest["sector"] == "biomedicine" and manifest["language"] == "zh"
        names = set(zf.namelist())
        # The sector's own sheet leads the pack instead of the general fact sheet (issue 7, edge 13).
        assert "sector_sheet_biomedicine_zh.pdf" in names and "factsheet_zh.pdf" not in names
        assert zf.namelist()[0] == "sector_sheet_biomedicine_zh.pdf"
        companies = pd.read_csv(io.BytesIO(zf.read("tables/companies.csv")), encoding="utf-8-sig")
        bio = {c.id for c in repo.companies() if c.cluster_id in ("biomed", "bp_medical")}
        assert set(companies["编号"]) == bio and bio
        reforms = pd.read_csv(io.BytesIO(zf.read("tables/reforms.csv")), encoding="utf-8-sig")
        assert len(reforms) == len(repo.reforms())  # zone-wide, kept whole
        targets = pd.read_csv(io.BytesIO(zf.read("tables/targets.csv")), encoding="utf-8-sig")
        assert len(targets) == len(repo.targets())
        assert "charts/overview.output_trend.png" not in names
        assert "charts/clusters.bluepaper_2020.png" in names  # shows the medical target


def test_unknown_sector(qapp, repo, tmp_path):
    from etown_desktop.ui.export.pack import export_pack

    with pytest.raises(NotFound, match="Known sectors"):
        export_pack(repo, tmp_path / "x.zip", sector_id="mining")
    assert not (tmp_path / "x.zip").exists()
