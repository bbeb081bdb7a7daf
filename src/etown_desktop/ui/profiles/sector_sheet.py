"""A sector's own one-page A4 sheet (PDF), built from the same profile core as the Profiles tab:
its figures (generated sentences with qualifiers and periods), cluster, zones, companies, the
reforms that apply to every investor and its 2025 targets. Where the sources hold little, the
sheet says so in plain words instead of padding with general figures. Sector packs lead with it.

It stays one page at any size of the database: each section lists its headline items
(:mod:`etown_desktop.core.profiles.headline`, at most ``SHEET_ITEMS[section]``) and then
"… and N more (T in all)"; the full lists are in the app ("Show all N") and the pack's tables.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPainter, QPdfWriter

from etown_desktop import __version__
from etown_desktop.core.coverage import coverage_text
from etown_desktop.core.errors import ExportFailed
from etown_desktop.core.export.atomic import check_extension, write_with
from etown_desktop.core.export.texts import APP_NAME
from etown_desktop.core.formatting import aside, format_source_date
from etown_desktop.core.profiles import build_profile
from etown_desktop.core.profiles.headline import headline
from etown_desktop.core.profiles.profile import Profile
from etown_desktop.core.profiles.texts import text as ptext
from etown_desktop.core.repository import Repository
from etown_desktop.ui.brief.brief_pdf import PAGE_H, PAGE_W, _setup_a4
from etown_desktop.ui.export.canvas import QtCanvas
from etown_desktop.ui.export.chart_renderer import INK, MUTED, PALETTE, wrap

log = logging.getLogger(__name__)

MARGIN = 36.0
ACCENT, WARN, RULE = PALETTE[0], "#a15c00", "#d5dbe3"
SHEET_TITLE = {"en": "Sector sheet", "zh": "行业简介"}
# Items per section on the one page (at 1x only the zone overall names more companies than this).
SHEET_ITEMS = {"figures": 8, "cluster": 4, "zones": 12, "companies": 6, "targets": 6, "reforms": 5,
               "sources": 5}


class _Flow:
    """Top-to-bottom text on one page; lines that would run past the footer are left out."""

    def __init__(self, c: QtCanvas, y: float) -> None:
        self.c, self.y, self.dropped = c, y, 0
        self.limit = PAGE_H - MARGIN - 40

    def text(self, s: str, size: float, color: str = INK, bold: bool = False, indent: float = 0.0,
             gap: float = 2.0) -> None:
        width = PAGE_W - 2 * MARGIN - indent
        for line in wrap(s, size, width, bold):
            if self.y + size * 1.3 > self.limit:
                self.dropped += 1
                return
            self.y += size * 1.3
            self.c.text(MARGIN + indent, self.y - size * 0.28, line, size, color, bold)
        self.y += gap

    def heading(self, s: str) -> None:
        self.y += 6
        self.text(s, 13, ACCENT, bold=True, gap=3)


def paint_sector_sheet(repo: Repository, profile: Profile, painter: QPainter, lang: str) -> int:
    """Paint the sheet; returns how many lines did not fit on the page (0: nothing left out)."""
    c = QtCanvas(painter)
    c.rect(0, 0, PAGE_W, 84, ACCENT)
    c.text(MARGIN, 44, profile.name(lang), 24, "#ffffff", bold=True)
    c.text(MARGIN, 68, f"{SHEET_TITLE[lang]} · {APP_NAME[lang]}", 11, "#ffffff")
    f = _Flow(c, 96)
    zh = lang == "zh"
    sep = "：" if zh else ": "
    if profile.thin:
        f.text(ptext(lang, "thin"), 11.5, WARN, bold=True, gap=4)
    def more(key: str, total: int, size: float = 9.5) -> None:
        if total > SHEET_ITEMS[key]:
            f.text(ptext(lang, "more").format(n=f"{total - SHEET_ITEMS[key]:,}", total=f"{total:,}"),
                   size, MUTED)

    def cite(ref: str) -> str:  # no space after a Chinese full stop
        return f"[{ref}]" if lang == "zh" else f"  [{ref}]"

    f.heading(ptext(lang, "figures"))
    for pf in headline(profile, "figures", SHEET_ITEMS["figures"]):
        scope = aside(ptext(lang, "beijing_wide"), lang) if pf.beijing_wide else ""
        f.text(f"• {pf.sentence(lang)}{scope}{cite(pf.figure.source.ref)}", 10.5)
    if not profile.figures:
        f.text(ptext(lang, "none"), 10, MUTED)
    more("figures", len(profile.figures))

    def shown(key: str) -> list:
        return headline(profile, key, SHEET_ITEMS[key])

    for key, rows, total in (
        ("cluster", [f"{cl.name(lang)}{sep}{cl.description_zh if zh else cl.description_en}"
                     for cl in shown("cluster")], len(profile.clusters)),
        ("zones", [f"{z.district.name_zh if zh else z.district.name_en}{sep}"
                   f"{z.industry.name_zh if zh else z.industry.name_en}" for z in shown("zones")],
         len(profile.zones)),
        ("companies", [f"{co.name(lang)} — {co.description_zh if zh else co.description_en}"
                       for co in shown("companies")], len(profile.companies)),
        ("targets", [pf.sentence(lang) + cite(pf.figure.source.ref) for pf in shown("targets")],
         len(profile.targets)),
        ("reforms", [r.name(lang) + (aside(ptext(lang, "first_in_beijing"), lang) if r.first_in_beijing else "")
                     for r in shown("reforms")], len(profile.reforms)),
    ):
        f.heading(ptext(lang, key))
        for row in rows or [ptext(lang, "none")]:
            f.text(f"• {row}", 10 if rows else 9.5, INK if rows else MUTED)
        more(key, total)
    f.heading(ptext(lang, "sources"))
    for s in shown("sources"):
        f.text(f"{s.ref}  {s.title(lang)} — {format_source_date(s, lang)}", 8.5, MUTED, gap=0)
    more("sources", len(profile.sources), 8.5)
    if f.dropped:
        log.warning("sector sheet %s (%s): %d lines did not fit", profile.id, lang, f.dropped)
    y = PAGE_H - MARGIN - 26
    c.line(MARGIN, y, PAGE_W - MARGIN, y, RULE)
    c.text(MARGIN, y + 13, coverage_text(repo, lang), 8.5, MUTED)
    c.text(MARGIN, y + 25, f"{APP_NAME[lang]} {__version__} · {repo.metadata.edition}", 8.5, MUTED)
    return f.dropped


def write_sector_sheet(repo: Repository, sector_id: str, target: Path | QIODevice, lang: str = "en") -> None:
    profile = build_profile(repo, sector_id)
    writer = QPdfWriter(target if isinstance(target, QIODevice) else str(target))
    writer.setResolution(96)
    _setup_a4(writer)
    writer.setTitle(f"{profile.name(lang)} — {SHEET_TITLE[lang]}")
    writer.setCreator(f"{APP_NAME['en']} {__version__}")
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportFailed("Could not start writing the sector sheet PDF.")
    try:
        paint_sector_sheet(repo, profile, painter, "zh" if lang == "zh" else "en")
    finally:
        painter.end()


def sector_sheet_pdf_bytes(repo: Repository, sector_id: str, lang: str = "en") -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    write_sector_sheet(repo, sector_id, buf, lang)
    buf.close()
    return bytes(data.data())


def export_sector_sheet(repo: Repository, sector_id: str, path: Path | str, lang: str = "en") -> Path:
    path = check_extension(path, [".pdf"])
    return write_with(path, lambda tmp: write_sector_sheet(repo, sector_id, tmp, lang))
