"""``etown-desktop export brief --items FILE.json -o F.pdf [--lang en|zh|both] [--zip]``."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

log = logging.getLogger(__name__)

# BriefInvalid reasons the command line words in both languages.
BRIEF_TEXT: dict[str, tuple[str, str]] = {
    "not_text": ("{name} is not a brief: it is not a text (JSON) file. Give a JSON list of item ids "
                 "or a brief saved from the app.",
                 "{name} 不是简报文件：它不是文本（JSON）文件。请提供条目编号的 JSON 列表或应用保存的简报。"),
    "empty": ("{name} lists no items: there is nothing to export, and nothing was written.",
              "{name} 中没有任何条目：没有可导出的内容，未写入任何文件。"),
    "unknown_items": ("{name}: unknown item(s) {items}; nothing was written.",
                      "{name}：未知条目 {items}；未写入任何文件。"),
}


def add_export_parser(what: argparse._SubParsersAction) -> None:
    from etown_desktop.app.cli_language import add_lang_option

    p = what.add_parser("brief", help="a meeting brief PDF from a list of item ids or a saved brief")
    p.add_argument("--items", type=Path, required=True,
                   help='FILE.json: a list of item ids (["F001", "chart:overview.output_trend", '
                        '"company:boe", "profile:ngit"]) or a brief saved from the app')
    p.add_argument("-o", "--output", type=Path, required=True, help="FILE.pdf (or FILE.zip with --zip)")
    add_lang_option(p, "language of the brief; both = English and Chinese side by side "
                       "(default: the saved brief's, else en)", ("en", "zh", "both"))
    p.add_argument("--zip", action="store_true",
                   help="write a ZIP: the PDF plus its charts (PNG, SVG) and figures (CSV, XLSX)")


def brief_message(exc, lang: str) -> str:
    """The sentence for a BriefInvalid in ``lang`` (its own English text when it has no reason)."""
    texts = BRIEF_TEXT.get(getattr(exc, "reason", ""))
    if texts is None:
        return str(exc)
    return (texts[1] if lang == "zh" else texts[0]).format(**exc.params)


def run_export(args: argparse.Namespace) -> int:
    """Called from ``export_cli.run`` (which turns EtownError into one clear line)."""
    from etown_desktop.app.cli_language import chosen_lang, message_lang
    from etown_desktop.app.progress_line import ProgressLine
    from etown_desktop.core.brief.storage import load_brief
    from etown_desktop.core.errors import BriefInvalid
    from etown_desktop.core.repository import Repository

    mlang = message_lang(args)
    try:
        brief = load_brief(args.items)
        if not brief.items:
            raise BriefInvalid(f"{args.items.name} lists no items: there is nothing to export, and nothing "
                               "was written.", "empty", name=args.items.name)
    except BriefInvalid as exc:
        raise BriefInvalid(brief_message(exc, mlang)) from None
    lang = chosen_lang(args) or brief.lang or "en"  # a saved brief keeps its language
    repo = Repository()
    try:
        from etown_desktop.app.export_cli import _qt_app

        app = _qt_app()  # noqa: F841 - must stay alive while painting
        from etown_desktop.core.brief.resolve import resolve_brief

        missing = [it.ref for it in resolve_brief(repo, brief) if it.status == "removed"]
        if missing:
            exc = BriefInvalid(f"{args.items}: unknown item(s) {', '.join(missing)}; nothing was written.",
                               "unknown_items", name=str(args.items), items=", ".join(missing))
            raise BriefInvalid(brief_message(exc, mlang))
        out: Path = args.output
        if args.zip:
            from etown_desktop.ui.brief.brief_zip import export_brief_zip

            with ProgressLine(out.name, mlang) as progress:
                export_brief_zip(repo, brief, out, lang, progress)
        else:
            from etown_desktop.ui.brief.brief_pdf import export_brief_pdf

            export_brief_pdf(repo, brief, out, lang)
    finally:
        repo.close()
    from etown_desktop.app.export_cli import wrote

    print(wrote(out, mlang))
    return 0
