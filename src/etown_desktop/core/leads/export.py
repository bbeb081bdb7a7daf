"""Lead exports: CSV (UTF-8 with BOM, for Excel), XLSX and vCard 3.0; atomic, consent-filtered.

Only leads whose latest consent covers the use are written (:mod:`.consent_filter`); the result
lists who was left out and why. Text that a spreadsheet would run as a formula (= + - @ …) is
neutralised as in the table exports."""

from __future__ import annotations

import csv
import io
import logging
from dataclasses import dataclass
from pathlib import Path

from etown_desktop.core.export.atomic import atomic_open, check_extension, write_with
from etown_desktop.core.export.tabular import is_formula_like, neutralise
from etown_desktop.core.leads import consent_filter, export_formats
from etown_desktop.core.leads.consent_filter import Skipped
from etown_desktop.core.leads.model import Lead
from etown_desktop.core.leads.sectors import sector_names
from etown_desktop.core.leads.vcard import vcard

log = logging.getLogger(__name__)

EXTENSIONS = (".csv", ".xlsx", ".vcf")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    written: int
    skipped: tuple[Skipped, ...]


def _csv(path: Path, header: tuple[str, ...], rows: list[list[str]]) -> None:
    buf = io.StringIO(newline="")
    buf.write("\ufeff")  # Excel reads UTF-8 (Chinese names) only with a byte-order mark
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([[neutralise(c) for c in r] for r in rows])
    with atomic_open(path) as fh:
        fh.write(buf.getvalue().encode("utf-8"))


def _xlsx(path: Path, header: tuple[str, ...], rows: list[list[str]]) -> None:
    import xlsxwriter

    def write(tmp: Path) -> None:
        wb = xlsxwriter.Workbook(str(tmp), {"strings_to_formulas": False, "strings_to_numbers": False,
                                            "strings_to_urls": False})
        ws = wb.add_worksheet("Leads")
        bold, quoted = wb.add_format({"bold": True}), wb.add_format({"quote_prefix": True})
        ws.write_row(0, 0, header, bold)
        ws.freeze_panes(1, 0)
        for r, cells in enumerate(rows, start=1):
            for c, value in enumerate(cells):
                ws.write_string(r, c, value, quoted if is_formula_like(value) else None)
        for c, name in enumerate(header):
            ws.set_column(c, c, min(50, max(10, len(name) + 2)))
        wb.close()

    write_with(path, write)


def _vcf(path: Path, leads: list[Lead], event_names: dict[int, str]) -> None:
    cards = [vcard(family=lead.personal.family, given=lead.personal.given, org=lead.personal.company,
                   title=lead.personal.title, tel=lead.personal.phone, email=lead.personal.email,
                   fn=lead.personal.display_name(),
                   note=f"Met at {event_names.get(lead.event_id, 'an event')}") for lead in leads]
    with atomic_open(path) as fh:
        fh.write("".join(cards).encode("utf-8"))


def export_leads(leads: list[Lead], path: Path | str, target: str = "plain",
                 event_names: dict[int, str] | None = None) -> ExportResult:
    """Write the (unlocked) leads that consented to this use; ``target`` is salesforce, hubspot or
    plain (ignored for .vcf). An empty selection writes nothing and says so."""
    path = check_extension(path, EXTENSIONS)
    event_names = event_names or {}
    vcf = path.suffix.lower() == ".vcf"
    fmt = export_formats.FORMATS[target]
    purposes = export_formats.VCARD_PURPOSES if vcf else fmt.purposes
    included, skipped = consent_filter.select(leads, purposes)
    if included:
        if vcf:
            _vcf(path, included, event_names)
        else:
            names = sector_names()  # the active edition resolved once, not per lead
            rows = [export_formats.row(fmt, lead, event_names.get(lead.event_id, ""), names) for lead in included]
            (_xlsx if path.suffix.lower() == ".xlsx" else _csv)(path, fmt.columns, rows)
    log.info("lead export %s: %d written, %d left out", path, len(included), len(skipped))
    return ExportResult(path, len(included), tuple(skipped))
