"""The investor pack: one ZIP with the fact sheet, every chart (PNG + SVG), every table (CSV + XLSX),
a sources file and ``manifest.json`` (app version, database edition, SHA-256 of every file).

Optionally narrowed to one sector (:mod:`etown_desktop.core.sectors`): its clusters, companies and
their figures, the charts that show them, plus the zone-wide reforms and targets.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import tempfile
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from etown_desktop import __version__
from etown_desktop.core.charts import BUILDERS, build_chart
from etown_desktop.core.coverage import coverage, coverage_text
from etown_desktop.core.export.atomic import check_extension, write_with
from etown_desktop.core.export.tabular import csv_bytes, sources_by_ref, stream_table, write_xlsx_stream
from etown_desktop.core.export.texts import APP_NAME, text
from etown_desktop.core.formatting import format_publisher, format_source_date
from etown_desktop.core.progress import Progress, no_progress
from etown_desktop.core.repository import Repository
from etown_desktop.core.sectors import get_sector, select, table_rows
from etown_desktop.core.tables import table_ids
from etown_desktop.ui.export.chart_export import chart_image, chart_svg, png_bytes
from etown_desktop.ui.export.chart_renderer import Edition
from etown_desktop.ui.export.factsheet import factsheet_pdf_bytes

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
PACK_PNG_WIDTH = 2400
# Charts that apply to every sector (zone-wide reforms and targets).
ZONE_WIDE_CHARTS = ("reforms.work_permit", "targets.plan2025")


@dataclass
class PackContents:
    """A pack's files. With a ZIP (``zf``), each file is written into it as soon as it is made and
    only its size and hash are kept (for the manifest): memory stays at one file's size, whatever
    the database's. Without one, the files are kept in ``files`` (small ZIPs, e.g. a brief's) for
    :func:`write_zip`."""

    zf: zipfile.ZipFile | None = None
    stamp: tuple[int, int, int, int, int, int] = (1980, 1, 1, 0, 0, 0)
    entries: dict[str, tuple[int, str]] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    progress: Progress = no_progress  # told "[n] name" once a file is in (may stop the export)

    def add(self, name: str, data: bytes) -> None:
        self.entries[name] = (len(data), hashlib.sha256(data).hexdigest())
        if self.zf is None:
            self.files[name] = data
        else:
            _write_entry(self.zf, name, data, self.stamp)
        self.progress(f"[{len(self.entries)}] {name}")


def _write_entry(zf: zipfile.ZipFile, name: str, data: bytes, stamp: tuple[int, ...]) -> None:
    # PNG/PDF/XLSX are already compressed; storing them saves time, not space.
    compress = zipfile.ZIP_STORED if name.endswith((".png", ".pdf", ".xlsx")) else zipfile.ZIP_DEFLATED
    zf.writestr(zipfile.ZipInfo(name, date_time=stamp), data, compress_type=compress)


def sources_text(repo: Repository, lang: str) -> str:
    meta = repo.metadata
    lines = [f"{text(lang, 'readme')} — {text(lang, 'sources')}",
             coverage_text(repo, lang), text(lang, "edition_note", edition=meta.edition), ""]
    for s in repo.sources():
        note = (s.note_zh if lang == "zh" else s.note_en) or ""
        # Title, publisher and date identify the article; the archive file name is only a detail.
        lines += [f"{s.ref}  {s.title(lang)}",
                  f"    {format_publisher(s, lang)} · {format_source_date(s, lang)}"
                  + (f" · {s.section(lang)}" if s.section(lang) else "")] + (
                  [f"    {note}"] if note else []) + [
                  f"    ({text(lang, 'archived_copy')}: {s.seed_file})", ""]
    return "\r\n".join(lines)


def build_pack(repo: Repository, pack: PackContents, lang: str = "en", sector_id: str | None = None) -> None:
    """Make every file of the pack, in order, into ``pack``."""
    meta = repo.metadata
    edition = Edition(meta.edition, meta.data_date)
    sel = select(repo, get_sector(repo, sector_id)) if sector_id else None

    if sel is not None:  # a sector pack leads with the sector's own sheet (issue 7, rough edge 13)
        from etown_desktop.ui.profiles.sector_sheet import sector_sheet_pdf_bytes

        pack.add(f"sector_sheet_{sector_id}_{lang}.pdf", sector_sheet_pdf_bytes(repo, sector_id, lang))
    else:
        pack.add(f"factsheet_{lang}.pdf", factsheet_pdf_bytes(repo, lang))
    for chart_id in BUILDERS:
        spec = build_chart(repo, chart_id)
        if sel is not None and chart_id not in ZONE_WIDE_CHARTS and not (
                set(spec.figure_ids) & sel.figure_ids):
            continue
        pack.add(f"charts/{chart_id}.png", png_bytes(chart_image(spec, lang, edition, PACK_PNG_WIDTH)))
        pack.add(f"charts/{chart_id}.svg", chart_svg(spec, lang, edition).encode("utf-8"))
    for table_id in table_ids():
        rows = table_rows(repo, table_id, sel) if sel is not None else None
        if rows == []:
            continue
        # Rows straight from the builder (no DataFrame), held once for the CSV and the XLSX.
        stream = stream_table(repo, table_id, lang, rows)
        cells = list(stream.rows)
        stream = replace(stream, rows=cells)
        total = stream.total_rows if stream.total_rows is not None else len(cells)
        pack.add(f"tables/{table_id}.csv", csv_bytes(stream, excel=True))
        pack.add(f"tables/{table_id}.xlsx", _xlsx_via_file(stream, meta, repo, total_rows=total))
        del stream, cells  # one table in memory at a time
    pack.add("sources.txt", sources_text(repo, lang).encode("utf-8-sig"))
    pack.add(MANIFEST, manifest_bytes(pack.entries, repo, lang, sector_id))


def _xlsx_via_file(stream, meta, repo: Repository, total_rows: int) -> bytes:
    """The workbook written through a temporary file in xlsxwriter's constant_memory mode (an
    in-memory workbook of a large table holds every cell as an object)."""
    with tempfile.TemporaryDirectory(prefix="etown-pack-") as tmp:
        path = Path(tmp) / "table.xlsx"
        write_xlsx_stream(stream, path, meta, lambda ids: sources_by_ref(repo, ids), total_rows=total_rows)
        return path.read_bytes()


def manifest_bytes(files: dict[str, tuple[int, str]], repo: Repository, lang: str,
                   sector_id: str | None) -> bytes:
    meta = repo.metadata
    cov = coverage(repo)
    manifest = {
        "app": APP_NAME["en"], "app_version": __version__,
        "database_edition": meta.edition,
        # The facts date from their sources; data_reviewed is when our team checked them.
        "sources_dated": {"earliest": cov.earliest, "latest": cov.latest, "undated": cov.undated},
        "data_reviewed": meta.data_date,
        "language": lang, "sector": sector_id,
        "files": [{"path": name, "bytes": size, "sha256": digest}
                  for name, (size, digest) in sorted(files.items())],
    }
    return (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_zip(pack: PackContents, target: Path | io.BytesIO, data_date: str = "1980-01-01") -> None:
    """Write an in-memory pack's files to a ZIP (file times = the data date)."""
    stamp = _zip_time(data_date)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for name, data in pack.files.items():
            _write_entry(zf, name, data, stamp)


def stream_pack(repo: Repository, target: Path | io.BytesIO, lang: str = "en",
                sector_id: str | None = None, progress: Progress = no_progress) -> None:
    """Make the investor pack straight into a ZIP at ``target``, file by file."""
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        pack = PackContents(zf, _zip_time(repo.metadata.data_date), progress=progress)
        build_pack(repo, pack, lang, sector_id)


def _zip_time(data_date: str) -> tuple[int, int, int, int, int, int]:
    """File times = the data date: the same database gives a byte-identical pack."""
    try:
        y, m, d = (int(p) for p in data_date.split("-"))
        return (max(y, 1980), m, d, 0, 0, 0)
    except ValueError:
        return (1980, 1, 1, 0, 0, 0)


def export_pack(repo: Repository, path: Path | str, lang: str = "en", sector_id: str | None = None,
                progress: Progress = no_progress) -> Path:
    """Write the investor pack ZIP to ``path`` atomically (``progress`` is told each file)."""
    path = check_extension(path, [".zip"])
    return write_with(path, lambda tmp: stream_pack(repo, tmp, lang, sector_id, progress))
