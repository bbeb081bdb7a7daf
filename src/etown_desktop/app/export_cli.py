"""``etown-desktop export …`` and ``etown-desktop list …``: every export, headless, for batch work.

    etown-desktop export chart ID -o FILE.{png,svg,pdf} [--width N | --dpi N] [--lang zh]
    etown-desktop export table ID -o FILE.{csv,xlsx} [--excel] [--lang zh]
    etown-desktop export factsheet -o FILE.pdf [--lang zh]
    etown-desktop export pack -o FILE.zip [--sector ID] [--lang zh]
    etown-desktop export tab NAME -o FILE.pdf [--lang zh] [--paper a4|letter]
    etown-desktop list charts|tables|sectors|tabs|stories

The GUI calls the same functions. Failures print one clear line and exit non-zero (no traceback).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)

LIST_WHAT = ("charts", "tables", "sectors", "profiles", "tabs", "stories")


def _add_lang(p: argparse.ArgumentParser, help_text: str = "language of the exported file and of the "
              "messages (default: en)") -> None:
    from etown_desktop.app.cli_language import add_lang_option

    add_lang_option(p, help_text)


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Register ``export`` and ``list``."""
    exp = sub.add_parser("export", help="export a chart, a table, the fact sheet or the investor pack")
    what = exp.add_subparsers(dest="export_what", metavar="WHAT", required=True)

    chart = what.add_parser("chart", help="one chart to PNG, SVG or PDF (ids: list charts)")
    chart.add_argument("id")
    chart.add_argument("-o", "--output", type=Path, required=True, help="FILE.png, .svg or .pdf")
    size = chart.add_mutually_exclusive_group()
    size.add_argument("--width", type=int, help="PNG width in pixels (default 2400)")
    size.add_argument("--dpi", type=float, help="PNG resolution (96 dpi = 1200 px wide)")
    _add_lang(chart)

    table = what.add_parser("table", help="one table to CSV or XLSX (ids: list tables)")
    table.add_argument("id")
    table.add_argument("-o", "--output", type=Path, required=True, help="FILE.csv or .xlsx")
    table.add_argument("--excel", action="store_true",
                       help="CSV for Excel: UTF-8 with byte-order mark and CRLF line ends "
                            "(default: plain UTF-8 CSV without BOM)")
    _add_lang(table)

    fact = what.add_parser("factsheet", help="the one-page A4 fact sheet PDF")
    fact.add_argument("-o", "--output", type=Path, required=True, help="FILE.pdf")
    _add_lang(fact)

    pack = what.add_parser("pack", help="the investor pack ZIP (fact sheet, charts, tables, sources)")
    pack.add_argument("-o", "--output", type=Path, required=True, help="FILE.zip")
    pack.add_argument("--sector", help="narrow the pack to one sector (ids: list sectors)")
    _add_lang(pack)

    from etown_desktop.app import brief_cli, office_cli, tab_export_cli

    brief_cli.add_export_parser(what)
    tab_export_cli.add_parser(what)
    office_cli.add_parsers(what)  # export story; brief/table to .docx

    lst = sub.add_parser("list", help="list chart, table, sector, profile, tab or story ids")
    lst.add_argument("what", choices=LIST_WHAT)
    _add_lang(lst, "language of the titles, names and counts listed (default: en)")


def run(args: argparse.Namespace) -> int:
    from etown_desktop.app.cli_language import content_lang, message_lang
    from etown_desktop.app.cli_messages import say
    from etown_desktop.core.errors import EtownError, ExportFailed
    from etown_desktop.core.export.failure_text import failure_text

    from etown_desktop.app import office_cli

    if args.command == "export" and office_cli.handles(args):  # PowerPoint and Word
        return office_cli.run(args)
    mlang = message_lang(args)
    try:
        if args.command == "list" and args.what == "profiles":
            from etown_desktop.app.search_cli import list_profiles

            return list_profiles(content_lang(args))
        if args.command == "list":
            return _list(args.what, content_lang(args))
        if args.command == "export" and args.export_what == "brief":
            from etown_desktop.app import brief_cli

            return brief_cli.run_export(args)
        if args.command == "export":
            return _export(args)
    except ExportFailed as exc:
        print(say("export_failed", mlang, error=failure_text(exc, mlang)), file=sys.stderr)
        return 1
    except EtownError as exc:
        print(say("export_failed", mlang, error=exc), file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. `etown-desktop list charts | head -1`
        return 0
    except KeyboardInterrupt:
        print(say("interrupted", mlang), file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the CLI promises a message, never a traceback
        from etown_desktop.app.progress_line import sigint_seen

        if sigint_seen():  # Ctrl+C raised inside a Qt call comes back as another error
            log.debug("interrupted", exc_info=True)
            print(say("interrupted", mlang), file=sys.stderr)
            return 130
        log.debug("unexpected export failure", exc_info=True)
        print(say("export_unexpected", mlang, error=f"{type(exc).__name__}: {exc}"), file=sys.stderr)
        return 1
    print(f"Unknown command {args.command!r}", file=sys.stderr)
    return 2


def wrote(path: Path, lang: str) -> str:
    """"Wrote FILE (N KB)" in ``lang``."""
    from etown_desktop.app.cli_messages import say

    return say("wrote_kb", lang, path=path, kb=f"{path.stat().st_size / 1024:,.0f}")


def _list(what: str, lang: str = "en") -> int:
    """Ids and titles, the titles in ``lang`` (``--lang zh list charts`` prints Chinese titles)."""
    if what == "charts":
        from etown_desktop.core.charts import build_chart, chart_ids
        from etown_desktop.core.repository import Repository

        repo = Repository()
        try:
            for cid in chart_ids():
                print(f"{cid}\t{build_chart(repo, cid).title(lang)}")
        finally:
            repo.close()
    elif what == "tables":
        from etown_desktop.core.tables import TABLES

        for t in TABLES.values():
            print(f"{t.id}\t{t.title(lang)}")
    elif what == "tabs":
        from etown_desktop.app.tab_export_cli import tab_titles

        for name, title in tab_titles(lang):
            print(f"{name}\t{title}")
    elif what == "stories":
        from etown_desktop.app.event_cli import list_stories

        return list_stories(lang)
    else:
        from etown_desktop.core.repository import Repository
        from etown_desktop.core.sectors import sectors

        repo = Repository()
        try:
            for s in sectors(repo).values():
                print(f"{s.id}\t{s.name(lang)}")
        finally:
            repo.close()
    return 0


def _qt_app():
    """A headless QGuiApplication (fonts and painting need one; no window is shown)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from etown_desktop.ui.qt_workarounds import guard_refcount_bug

    guard_refcount_bug()
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["etown-desktop"])


def _export(args: argparse.Namespace) -> int:
    from etown_desktop.app.cli_language import content_lang, message_lang
    from etown_desktop.app.progress_line import ProgressLine
    from etown_desktop.core.repository import Repository

    lang = content_lang(args)
    mlang = message_lang(args)
    if args.export_what == "tab":
        from etown_desktop.app.tab_export_cli import run_tab

        return run_tab(args, lang)
    out: Path = args.output
    repo = Repository()
    try:
        if args.export_what == "table":
            from etown_desktop.core.export.tabular import export_table

            export_table(repo, args.id, out, lang=lang, excel=args.excel)
            if out.suffix.lower() == ".csv":
                from etown_desktop.app.cli_messages import say

                print(say("csv_excel" if args.excel else "csv_plain", mlang))
        else:
            app = _qt_app()  # noqa: F841 - must stay alive while painting
            with ProgressLine(out.name, mlang) as progress:
                if args.export_what == "chart":
                    from etown_desktop.core.charts import build_chart
                    from etown_desktop.ui.export.chart_export import export_chart
                    from etown_desktop.ui.export.chart_renderer import Edition

                    meta = repo.metadata
                    export_chart(build_chart(repo, args.id), out, lang, Edition(meta.edition, meta.data_date),
                                 width=args.width, dpi=args.dpi, progress=progress)
                elif args.export_what == "factsheet":
                    from etown_desktop.ui.export.factsheet import export_factsheet

                    export_factsheet(repo, out, lang)
                else:
                    from etown_desktop.ui.export.pack import export_pack

                    export_pack(repo, out, lang, args.sector, progress=progress)
    finally:
        repo.close()
    print(wrote(out, mlang))
    return 0
