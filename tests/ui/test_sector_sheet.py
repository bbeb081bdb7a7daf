"""Sector packs lead with the sector's own one-page sheet, built from the profile core; a sector
the sources say little about says so on the sheet (issue 7, rough edge 13)."""

from __future__ import annotations

import subprocess

import pytest

from etown_desktop.core.profiles import build_profile

pytestmark = pytest.mark.requires_tools("pdftotext")


def pdf_text(path) -> tuple[str, int]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    pages = int(next(ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages")))
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout, pages


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("sector", ["biomedicine", "ngit", "auto", "industrial_internet"])
def test_each_sector_sheet_is_its_own_one_page(qapp, repo, tmp_path, sector, lang):
    from etown_desktop.ui.profiles.sector_sheet import export_sector_sheet

    text, pages = pdf_text(export_sector_sheet(repo, sector, tmp_path / "s.pdf", lang))
    assert pages == 1
    profile = build_profile(repo, sector)
    assert profile.name(lang) in text
    for co in profile.companies:
        assert co.name(lang) in text
    flat = text.replace("\n", " ")
    for pf in profile.figures:
        assert pf.figure.label(lang)[:12] in flat
    assert build_profile(repo, "zone").figures[0].figure.label(lang) not in flat  # no general output
    hold_little = "hold little" if lang == "en" else "资料中关于该行业的内容很少"
    assert (hold_little in flat) == profile.thin


def test_sector_sheets_differ_between_sectors(qapp, repo):
    from etown_desktop.ui.profiles.sector_sheet import sector_sheet_pdf_bytes

    assert sector_sheet_pdf_bytes(repo, "biomedicine") != sector_sheet_pdf_bytes(repo, "auto")
