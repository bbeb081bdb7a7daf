"""Issue 12, lists that summarise many items stay bounded: the sector sheet stays one page with
every section present (each says "… and N more" when it lists its headline items only), and a
brief holding whole profiles stays a few pages, at 100x the shipped data."""

from __future__ import annotations

import re
import subprocess

import pytest

from etown_desktop.core.brief.model import Brief, BriefItem
from etown_desktop.core.brief.resolve import resolve_item
from etown_desktop.core.profiles import build_profile, profile_ids
from etown_desktop.core.profiles.headline import HEADLINE_ITEMS
from etown_desktop.core.profiles.texts import SECTION_KEYS
from etown_desktop.core.profiles.texts import text as ptext
from etown_desktop.core.repository import Repository

pytestmark = pytest.mark.requires_tools("pdftotext")


@pytest.fixture(scope="module")
def big(synthetic_db):
    r = Repository(synthetic_db(100))
    yield r
    r.close()


def _pdf(path) -> tuple[str, int]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", text), pages


def _paint_sheet(repo, pid, lang) -> int:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPainter, QPdfWriter

    from etown_desktop.ui.brief.brief_pdf import _setup_a4
    from etown_desktop.ui.profiles.sector_sheet import paint_sector_sheet

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setResolution(96)
    _setup_a4(writer)
    painter = QPainter()
    assert painter.begin(writer)
    try:
        return paint_sector_sheet(repo, build_profile(repo, pid), painter, lang)
    finally:
        painter.end()
        buf.close()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_sector_sheet_at_100x_is_one_page_with_every_section(qapp, big, tmp_path, lang):
    from etown_desktop.ui.profiles.sector_sheet import export_sector_sheet

    profile = build_profile(big, "ngit")
    assert len(profile.figures) > HEADLINE_ITEMS and len(profile.companies) > HEADLINE_ITEMS
    text, pages = _pdf(export_sector_sheet(big, "ngit", tmp_path / "s.pdf", lang))
    assert pages == 1
    for key in SECTION_KEYS:  # no section pushed off the page by thousands of figures
        assert ptext(lang, key) in text
    for pf in profile.figures:
        if pf.figure.company_id is None:  # the sector's own figures head the list
            assert pf.figure.label(lang)[:10] in text
    n = len(profile.companies)
    more = ptext(lang, "more").format(n=f"{n - 6:,}", total=f"{n:,}")
    assert more in text


@pytest.mark.parametrize("pid", profile_ids())
def test_no_sector_sheet_leaves_out_a_line_at_1x_or_100x(qapp, repo, big, pid):
    for r in (repo, big):
        for lang in ("en", "zh"):
            assert _paint_sheet(r, pid, lang) == 0


def test_a_brief_of_whole_profiles_at_100x_stays_a_few_pages(qapp, repo, big, tmp_path):
    from etown_desktop.ui.brief.brief_pdf import export_brief_pdf

    refs = ["profile:ngit", "profile:zone", "profile:biomedicine#companies"]
    brief = Brief(items=tuple(BriefItem(r) for r in refs))
    small_pages = _pdf(export_brief_pdf(repo, brief, tmp_path / "b1.pdf", "both"))[1]
    text, pages = _pdf(export_brief_pdf(big, brief, tmp_path / "b100.pdf", "both"))
    assert pages <= small_pages + 3  # was 67 pages at 100x, 642 at 1,000x
    companies = build_profile(big, "biomedicine").companies
    assert ptext("en", "more").format(n=f"{len(companies) - HEADLINE_ITEMS:,}", total=f"{len(companies):,}") in text
    item = resolve_item(big, BriefItem("profile:ngit"))
    assert len(item.figures) <= 2 * HEADLINE_ITEMS and len(item.sources) <= 2 * HEADLINE_ITEMS + 5
