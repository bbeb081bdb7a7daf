"""``etown-desktop export brief --items FILE.json -o F.pdf [--lang en|zh|both] [--zip]``."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

log = logging.getLogger(__name__)


def add_export_parser(what: argparse._SubParsersAction) -> None:
    p = what.add_parser("brief", help="a meeting brief PDF from a list of item ids or a saved brief")
    p.add_argument("--items", type=Path, required=True,
                   help='FILE.json: a list of item ids (["F001", "chart:overview.output_trend", '
                        '"company:boe", "profile:ngit"]) or a brief saved from the app')
    p.add_argument("-o", "--output", type=Path, required=True, help="FILE.pdf (or FILE.zip with --zip)")
    p.add_argument("--lang", dest="brief_lang", choices=["en", "zh", "both"], default=None,
                   help="language of the brief; both = English and Chinese side by side "
                        "(default: the saved brief's, else en)")
    p.add_argument("--zip", action="store_true",
                   help="write a ZIP: the PDF plus its charts (PNG, SVG) and figures (CSV, XLSX)")


def run_export(args: argparse.Namespace) -> int:
    """Called from ``export_cli.run`` (which turns EtownError into one clear line)."""
    from etown_desktop.core.brief.storage import load_brief
    from etown_desktop.core.repository import Repository

    brief = load_brief(args.items)
    lang = args.brief_lang or brief.lang or "en"  # a saved brief keeps its language
    repo = Repository()
    try:
        from etown_desktop.app.export_cli import _qt_app

        app = _qt_app()  # noqa: F841 - must stay alive while painting
        from etown_desktop.core.brief.resolve import resolve_brief

        missing = [it.ref for it in resolve_brief(repo, brief) if it.status == "removed"]
        if missing:
            from etown_desktop.core.errors import BriefInvalid

            raise BriefInvalid(f"{args.items}: unknown item(s) {', '.join(missing)}; nothing was written.")
        out: Path = args.output
        if args.zip:
            from etown_desktop.ui.brief.brief_zip import export_brief_zip

            export_brief_zip(repo, brief, out, lang)
        else:
            from etown_desktop.ui.brief.brief_pdf import export_brief_pdf

            export_brief_pdf(repo, brief, out, lang)
    finally:
        repo.close()
    print(f"Wrote {out} ({out.stat().st_size / 1024:,.0f} KB)")
    return 0
