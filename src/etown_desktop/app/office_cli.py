"""PowerPoint and Word from the command line (messages in English or Chinese):

    etown-desktop export story ID -o deck.pptx [--lang en|zh] [--template FILE.pptx]
    etown-desktop export brief --items FILE.json -o brief.docx [--lang en|zh|both]
    etown-desktop export table ID -o FILE.docx [--lang zh]

``export_cli`` hands an ``export`` over when :func:`handles` says so (a story, or a brief/table
to .docx). Failures print one line, no traceback; nothing is half-written.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from etown_desktop.app.cli_language import add_lang_option

log = logging.getLogger(__name__)

T = {
    "en": {
        "wrote": "Wrote {path} ({size} KB)",
        "failed": "Export failed: {error}",
        "no_story": "No story {id!r}. Known stories: {known}. Nothing was written.",
        "no_stories": "This database edition holds no stories; nothing was written.",
        "folder": "The folder {folder} cannot be written to. Choose another folder; nothing was written.",
        "no_folder": "The folder {folder} does not exist. Choose another folder; nothing was written.",
        "no_title": "Warning: the template {template} has no layout with a title placeholder; "
                    "the built-in layout was used.",
        "missing": "The template {path} does not exist.",
        "not_pptx": "The template {path} is not a PowerPoint (.pptx) file; nothing was written.",
        "protected": "The template {path} is password-protected (or an old .ppt file): save it as an "
                     "unprotected .pptx and try again; nothing was written.",
        "damaged": "The template {path} is damaged and cannot be opened; nothing was written.",
        "folder_template": "The template {path} is a folder, not a .pptx file.",
        "unreadable": "The template {path} cannot be read; nothing was written.",
        "unknown_items": "{path}: unknown item(s) {items}; nothing was written.",
        "interrupted": "Interrupted; nothing was written.",
        "disk_full": "The disk is full: {name} was not written to {folder}. Free some space and try again.",
    },
    "zh": {
        "wrote": "已写入 {path}（{size} KB）",
        "failed": "导出失败：{error}",
        "no_story": "没有名为 {id!r} 的演示。现有演示：{known}。未写入任何文件。",
        "no_stories": "此数据库版本中没有演示，未写入任何文件。",
        "folder": "无法写入文件夹 {folder}，请选择其他文件夹；未写入任何文件。",
        "no_folder": "文件夹 {folder} 不存在，请选择其他文件夹；未写入任何文件。",
        "no_title": "警告：模板 {template} 中没有带标题占位符的版式，已改用内置版式。",
        "missing": "模板 {path} 不存在。",
        "not_pptx": "模板 {path} 不是 PowerPoint（.pptx）文件；未写入任何文件。",
        "protected": "模板 {path} 受密码保护（或为旧版 .ppt 文件）：请另存为未加密的 .pptx 后重试；未写入任何文件。",
        "damaged": "模板 {path} 已损坏，无法打开；未写入任何文件。",
        "folder_template": "模板 {path} 是文件夹，不是 .pptx 文件。",
        "unreadable": "无法读取模板 {path}；未写入任何文件。",
        "unknown_items": "{path}：未知条目 {items}；未写入任何文件。",
        "interrupted": "已中断，未写入任何文件。",
        "disk_full": "磁盘已满：{name} 未写入 {folder}。请释放空间后重试。",
    },
}


def message(lang: str, key: str, **kwargs: object) -> str:
    return T["zh" if lang == "zh" else "en"][key].format(**kwargs)


def add_parsers(what: argparse._SubParsersAction) -> None:
    """Register ``export story`` (the .docx outputs reuse the brief and table parsers)."""
    p = what.add_parser("story", help="a story (slide deck) as a PowerPoint file with native charts "
                                      "(ids: list stories)")
    p.add_argument("id", help="story id, e.g. zone")
    p.add_argument("-o", "--output", type=Path, required=True, help="FILE.pptx")
    add_lang_option(p, "language of the slides and of the messages (default: en)")
    p.add_argument("--template", type=Path, default=None,
                   help="the bureau's own .pptx: its slide master, layouts, theme fonts and colours")


def handles(args: argparse.Namespace) -> bool:
    what = getattr(args, "export_what", None)
    if what == "story":
        return True
    out = getattr(args, "output", None)
    return what in ("brief", "table") and out is not None and Path(out).suffix.lower() == ".docx"


def _lang(args: argparse.Namespace) -> str:
    """The language of the messages: the content's, else the interface's, else the system's."""
    if getattr(args, "lang", None) in ("en", "zh"):
        return args.lang
    from etown_desktop.core.system_language import system_language

    return system_language()


def _check_folder(path: Path, lang: str) -> str | None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        return message(lang, "no_folder", folder=folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        return message(lang, "folder", folder=folder)
    return None


def run(args: argparse.Namespace) -> int:
    from etown_desktop.core.errors import EtownError
    from etown_desktop.core.office.errors import TemplateInvalid

    lang = _lang(args)
    out: Path = args.output
    problem = _check_folder(out, lang)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    try:
        if args.export_what == "story":
            _story(args, lang)
        elif args.export_what == "brief":
            code = _brief(args, lang)
            if code:
                return code
        else:
            _table(args)
    except _Said as exc:
        print(exc, file=sys.stderr)
        return 1
    except TemplateInvalid as exc:
        print(message(lang, exc.rule, path=exc.path), file=sys.stderr)
        return 1
    except EtownError as exc:
        print(_os_message(exc, out, lang) or message(lang, "failed", error=exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(message(lang, "interrupted"), file=sys.stderr)
        return 130
    print(message(lang, "wrote", path=out, size=f"{out.stat().st_size / 1024:,.0f}"))
    return 0


def _os_message(exc: Exception, path: Path, lang: str) -> str | None:
    """The OS error behind a failed write, worded in ``lang`` (the core words it in English)."""
    import errno

    cause = exc.__cause__
    if not isinstance(cause, OSError):
        return None
    folder = path.parent if str(path.parent) else Path(".")
    if cause.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT):
        return message(lang, "folder", folder=folder)
    if cause.errno in (errno.ENOSPC, errno.EDQUOT):
        return message(lang, "disk_full", name=path.name, folder=folder)
    return None


def _story(args: argparse.Namespace, lang: str) -> None:
    from etown_desktop.core.export.atomic import check_extension
    from etown_desktop.core.office.story_pptx import export_story_pptx
    from etown_desktop.core.repository import Repository
    from etown_desktop.core.stories.store import load_stories

    check_extension(args.output, [".pptx"])
    repo = Repository()
    try:
        stories = load_stories(repo.path)
        if not stories:
            raise _Said(message(lang, "no_stories"))
        story = next((s for s in stories if s.id == args.id), None)
        if story is None:
            raise _Said(message(lang, "no_story", id=args.id, known=", ".join(s.id for s in stories)))
        warnings = export_story_pptx(repo, story, args.output, getattr(args, "lang", None) or "en", args.template)
    finally:
        repo.close()
    if "no_title" in warnings:
        print(message(lang, "no_title", template=args.template), file=sys.stderr)


def _brief(args: argparse.Namespace, lang: str) -> int:
    from etown_desktop.core.brief.resolve import resolve_brief
    from etown_desktop.core.brief.storage import load_brief
    from etown_desktop.core.export.atomic import check_extension
    from etown_desktop.core.office.brief_docx import export_brief_docx
    from etown_desktop.core.repository import Repository

    check_extension(args.output, [".docx"])
    brief = load_brief(args.items)
    repo = Repository()
    try:
        missing = [it.ref for it in resolve_brief(repo, brief) if it.status == "removed"]
        if missing:
            print(message(lang, "unknown_items", path=args.items, items=", ".join(missing)), file=sys.stderr)
            return 1
        from etown_desktop.app.export_cli import _qt_app

        app = _qt_app()  # noqa: F841 - the chart pictures are painted with Qt
        from etown_desktop.ui.office.chart_png import chart_png_provider

        export_brief_docx(repo, brief, args.output, getattr(args, "lang", None) or brief.lang or "en",
                          chart_png_provider(repo))
    finally:
        repo.close()
    return 0


def _table(args: argparse.Namespace) -> None:
    from etown_desktop.core.office.table_docx import export_table_docx
    from etown_desktop.core.repository import Repository

    repo = Repository()
    try:
        export_table_docx(repo, args.id, args.output, getattr(args, "lang", None) or "en")
    finally:
        repo.close()


class _Said(Exception):
    """Internal: a message already worded in the user's language."""
