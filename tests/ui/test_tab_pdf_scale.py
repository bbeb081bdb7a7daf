"""Save tab as PDF on a large database, and the text a tab shows that the PDF must carry.

At 100× (7,400 figures, 800 companies, 500 sources) a tab's PDF stays a few pages: its tables print
their first rows (read from the models a page at a time, not every row) and say how many were left
out; the footer lists a bounded number of sources and never runs off its space. The Sector profiles
tab prints the profile (not the combo boxes' captions), comparisons included, and rich-text panes
(the Fortune 500 detail pane) are in the PDF.
"""

from __future__ import annotations

import re
import subprocess

import pytest

from etown_desktop.core.repository import Repository
from etown_desktop.ui.tab_pdf.blocks import MAX_TABLE_ROWS
from etown_desktop.ui.tab_pdf.document import FOOTER_LINES
from etown_desktop.ui.tab_pdf.tab_export import export_tab_pdf

pytestmark = [pytest.mark.usefixtures("qapp"),
              pytest.mark.requires_tools("pdftotext")]

SOURCE_LINE = re.compile(r"^\s*S\d[\d.]*\s+“", re.MULTILINE)


@pytest.fixture(scope="module")
def big(synthetic_db):
    r = Repository(synthetic_db(100))
    yield r
    r.close()


def _run(*argv: str) -> str:
    return subprocess.run(list(argv), capture_output=True, text=True, check=True).stdout


def _pages(path) -> int:
    return int(re.search(r"Pages:\s+(\d+)", _run("pdfinfo", str(path))).group(1))


def _page_text(path, n: int) -> str:
    return _run("pdftotext", "-f", str(n), "-l", str(n), "-layout", str(path), "-")


def _tab(qtbot, repo, hub, name):
    import importlib

    from etown_desktop.ui.tabs import TAB_REGISTRY

    _, module, cls = next(t for t in TAB_REGISTRY if t[0] == name)
    tab = getattr(importlib.import_module(module), cls)(repo, hub)
    qtbot.addWidget(tab)
    return tab


def _export(tab, repo, path, lang="en"):
    return export_tab_pdf(tab, repo, path, type(tab).title(), lang)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_figures_tab_pdf_at_100x_is_a_few_pages_and_says_what_it_left_out(qtbot, big, hub, tmp_path,
                                                                        monkeypatch, lang):
    from etown_desktop.ui.models.figure_table_model import FigureTableModel

    tab = _tab(qtbot, big, hub, "sources")
    loaded: list[str] = []
    original = FigureTableModel.load
    monkeypatch.setattr(FigureTableModel, "load", lambda self, keys: (loaded.extend(keys),
                                                                      original(self, keys))[1])
    out = _export(tab, big, tmp_path / f"figures-{lang}.pdf", lang)
    assert len(loaded) <= 2 * 128, "the rows are read a page at a time, not all 7,400"
    assert _pages(out) <= 8
    text = _run("pdftotext", str(out), "-")
    shown = [tab.proxy.index(r, 0).data() for r in range(MAX_TABLE_ROWS)]
    assert all(fid in text for fid in shown), "the first rows, in the order on screen"
    assert tab.proxy.index(MAX_TABLE_ROWS, 0).data() not in text
    if lang == "en":
        assert f"Showing the first {MAX_TABLE_ROWS} of 7,400 rows — export the table (CSV/Excel) for all rows" \
            in re.sub(r"\s+", " ", text)
    else:
        assert f"仅显示前 {MAX_TABLE_ROWS} 行，共 7,400 行——如需全部行，请导出表格（CSV/Excel）" in text


def test_a_filtered_table_prints_its_shown_rows_and_counts_them(qtbot, big, hub, tmp_path):
    tab = _tab(qtbot, big, hub, "sources")
    tab.search_box.setText("output")
    shown = tab.proxy.rowCount()
    assert MAX_TABLE_ROWS < shown < 7400
    out = _export(tab, big, tmp_path / "filtered.pdf")
    text = re.sub(r"\s+", " ", _run("pdftotext", str(out), "-"))
    assert f"Showing the first {MAX_TABLE_ROWS} of {shown:,} rows" in text
    first = tab.proxy.index(0, 0).data()
    assert first in text


def test_fortune500_pdf_at_100x_is_bounded(qtbot, big, hub, tmp_path):
    tab = _tab(qtbot, big, hub, "fortune500")
    out = _export(tab, big, tmp_path / "f500.pdf")
    assert _pages(out) <= 6
    total = tab.proxy.rowCount()
    assert f"of {total:,} rows" in re.sub(r"\s+", " ", _run("pdftotext", str(out), "-"))


def test_footer_lists_at_most_its_bound_and_never_overflows(qtbot, big, hub, tmp_path):
    tab = _tab(qtbot, big, hub, "sources")
    out = _export(tab, big, tmp_path / "figures.pdf")
    more = 0
    for n in range(1, _pages(out) + 1):
        page = _page_text(out, n)
        footer = page.split("Sources on this page:", 1)[1]
        listed = SOURCE_LINE.findall(footer)
        assert 0 < len(listed) <= FOOTER_LINES, footer
        assert len([line for line in footer.splitlines() if line.strip()]) <= FOOTER_LINES + 1
        if "more sources on this page" in footer:
            more += 1
            body_refs = set(re.findall(r"\bS\d(?:\.\d+)?\b", page.split("Sources on this page:", 1)[0]))
            left = int(re.search(r"and ([\d,]+) more sources", footer).group(1).replace(",", ""))
            assert left == len(body_refs) - len(listed), "… and N more counts the page's other sources"
    assert more, "a page of 7,400 figures cites more sources than its footer lists"
    # every word of every page lies inside the page's margins (nothing drawn off the page)
    bbox = _run("pdftotext", "-bbox", str(out), "-")
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', bbox).group(1))
    lowest = max(float(y) for y in re.findall(r'yMax="([\d.]+)"', bbox))
    assert lowest < height - 20


def test_every_tab_at_100x_stays_a_few_pages(qtbot, big, hub, tmp_path):
    """No tab's PDF grows with the database beyond its bounded tables (the footer's room is fixed)."""
    from etown_desktop.ui.tabs import TAB_REGISTRY

    for name, _, _ in TAB_REGISTRY:
        tab = _tab(qtbot, big, hub, name)
        assert _pages(_export(tab, big, tmp_path / f"{name}.pdf")) <= 12, name


def test_profiles_pdf_prints_the_profile_not_the_combo_captions(qtbot, repo, hub, tmp_path):
    from etown_desktop.core.profiles import build_profile

    tab = _tab(qtbot, repo, hub, "profiles")
    profile = build_profile(repo, tab.profile_id)
    text = re.sub(r"\s+", " ", _run("pdftotext", str(_export(tab, repo, tmp_path / "p.pdf")), "-"))
    assert f"Profile: {profile.name('en')}" in text
    assert "Compare with:" not in text  # no comparison chosen: nothing to say
    summary = " ".join(pf.sentence("en") for pf in profile.figures)
    assert summary and re.sub(r"\s+", " ", summary) in text
    for company in profile.companies:
        assert company.name("en") in text and company.description_en[:40] in text


def test_profiles_pdf_prints_a_comparison_s_rich_text_cells(qtbot, repo, hub, tmp_path):
    from etown_desktop.core.profiles import build_profile, profile_ids

    tab = _tab(qtbot, repo, hub, "profiles")
    left, right = profile_ids()[:2]
    tab.show_profile(left, right)
    out = _export(tab, repo, tmp_path / "c.pdf")
    text = re.sub(r"\s+", " ", _run("pdftotext", str(out), "-"))
    assert "&amp;" not in text and "Sources on this page:" in text  # cells unescaped, their sources cited
    names = [build_profile(repo, pid).name("en") for pid in (left, right)]
    first = _page_text(out, 1)
    assert re.search(re.escape(names[0][:25]) + r".*\s{2,}" + re.escape(names[1][:25]), first), \
        "each section is a two-column table headed by the two profiles"
    for pid in (left, right):
        p = build_profile(repo, pid)
        assert f"{p.name('en')}" in text
        for company in p.companies:
            assert company.name("en") in text
        for pf in p.figures:
            assert pf.figure.label("en")[:30] in text


def test_fortune500_pdf_prints_the_detail_pane(qtbot, repo, hub, tmp_path):
    from PySide6.QtGui import QTextDocument

    tab = _tab(qtbot, repo, hub, "fortune500")
    doc = QTextDocument()
    doc.setHtml(tab.detail.text())
    shown = [line.strip() for line in doc.toPlainText().splitlines() if line.strip()]
    assert len(shown) >= 3
    text = re.sub(r"\s+", " ", _run("pdftotext", str(_export(tab, repo, tmp_path / "f.pdf")), "-"))
    for line in shown:
        assert re.sub(r"\s+", " ", line.replace("\u00a0", " "))[:60] in text, line


def test_rich_text_becomes_paragraphs_with_bullets_bold_and_muted():
    from etown_desktop.ui.tab_pdf.rich_text import rich_paragraphs

    html = ("<p style='font-size:16pt; font-weight:700'>BAIC Group</p><p>Partner of R&amp;D.</p>"
            "<ul><li><b>90%</b> — share<br>second line</li></ul><p style='color:#5b6675'>Source: S2</p>")
    paragraphs = rich_paragraphs(html, 15)
    assert [p.text for p in paragraphs] == ["BAIC Group", "Partner of R&D.", "• 90% — share\nsecond line",
                                            "Source: S2"]
    assert [(p.bold, p.muted) for p in paragraphs] == [(True, False), (False, False), (False, False),
                                                      (False, True)]


def test_profiles_tab_at_100x_shows_a_bounded_profile_and_its_pdf_says_how_many_more(qtbot, big, hub, tmp_path):
    from PySide6.QtWidgets import QLabel

    from etown_desktop.core.profiles import build_profile
    from etown_desktop.ui.profiles.profile_widgets import MAX_ITEMS

    tab = _tab(qtbot, big, hub, "profiles")
    profile = build_profile(big, tab.profile_id)
    assert len(profile.figures) > MAX_ITEMS and len(profile.companies) > MAX_ITEMS
    assert len(tab.view.figure_widgets) <= 2 * MAX_ITEMS  # figures and targets: never a card per figure
    assert len(tab.findChildren(QLabel)) < 300
    more = [w.text() for w in tab.findChildren(QLabel) if w.objectName() == "profileMore"]
    assert f"… and {len(profile.figures) - MAX_ITEMS:,} more ({len(profile.figures):,} in all" in " ".join(more)
    text = re.sub(r"\s+", " ", _run("pdftotext", str(_export(tab, big, tmp_path / "p.pdf")), "-"))
    assert f"… and {len(profile.companies) - MAX_ITEMS:,} more ({len(profile.companies):,} in all" in text
    tab.show_profile(tab.profile_id, "zone")  # a comparison is bounded the same way
    assert len(tab.view.cells) <= 7 * MAX_ITEMS
