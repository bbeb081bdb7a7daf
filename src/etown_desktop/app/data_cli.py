"""``etown-desktop data …``: the user's data editions, headless.

    etown-desktop data status | history | revert EDITION | reset
    etown-desktop data export -o FILE.etown
    etown-desktop data template -o FILE.xlsx
    etown-desktop data import FILE.etown|FILE.xlsx [--check] [--yes]

Messages follow --lang (default: the system language). Failures print one line, no traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from etown_desktop.app import trust_cli

log = logging.getLogger(__name__)

T = {
    "en": {
        "active": "Active edition", "origin": "From", "factory": "bundled with the app",
        "imported": "Imported", "date": "Data date", "checksum": "Checksum (sha256)",
        "counts": "Figures / sources", "file": "File", "skipped": "Skipped",
        "newer": "The app's bundled edition ({date}) is newer than the active one: "
                 "run `etown-desktop data reset` to switch to it.",
        "no_history": "No imported editions yet; the bundled edition is active.",
        "history_head": "  edition                 imported (UTC)       figures sources  from",
        "reverted": "Edition {edition} is active again.", "reset": "The bundled edition is active "
        "again; imported editions are kept (see `data history`).",
        "exported": "Wrote {path} (edition {edition}).", "template": "Wrote the workbook {path} "
        "(edition {edition}, {figures} figures). Edit it, then: etown-desktop data import {path}",
        "report_ok": "Check: no errors ({warnings} warning(s)).",
        "report_bad": "Check: {errors} error(s), {warnings} warning(s). Nothing was imported.",
        "preview": "Changes compared with the active edition {edition}:",
        "noop": "This is the active edition already ({edition}); nothing to do.",
        "check_only": "Checked only (--check); nothing was imported.",
        "confirm": "Apply this update? [y/N] ",
        "need_yes": "Not applied: run again with --yes to apply it.",
        "cancelled": "Cancelled; nothing was imported.",
        "applied": "Edition {edition} is now active (from {origin}). `data revert` goes back.",
        "switched": "Edition {edition} was stored already; it is active again.",
        "failed": "Data command failed: {error}",
    },
    "zh": {
        "active": "当前版本", "origin": "来源", "factory": "应用自带",
        "imported": "导入时间", "date": "数据日期", "checksum": "校验值（sha256）",
        "counts": "数据 / 来源", "file": "文件", "skipped": "已跳过",
        "newer": "应用自带的版本（{date}）比当前版本更新：运行 `etown-desktop data reset` 可切换。",
        "no_history": "尚未导入任何版本；当前使用应用自带的版本。",
        "history_head": "  版本                    导入时间（UTC）      数据    来源     文件",
        "reverted": "已恢复版本 {edition}。", "reset": "已恢复应用自带的版本；导入的版本仍保留（见 `data history`）。",
        "exported": "已写入 {path}（版本 {edition}）。",
        "template": "已写入工作簿 {path}（版本 {edition}，{figures} 条数据）。编辑后运行：etown-desktop data import {path}",
        "report_ok": "检查：无错误（{warnings} 条警告）。",
        "report_bad": "检查：{errors} 个错误，{warnings} 条警告。未导入任何内容。",
        "preview": "与当前版本 {edition} 相比的变化：",
        "noop": "该版本已是当前版本（{edition}），无需操作。",
        "check_only": "仅检查（--check），未导入任何内容。",
        "confirm": "应用此更新？[y/N] ",
        "need_yes": "未应用：加上 --yes 重新运行即可应用。",
        "cancelled": "已取消，未导入任何内容。",
        "applied": "版本 {edition} 已启用（来自 {origin}）。可用 `data revert` 恢复。",
        "switched": "版本 {edition} 已存在，现已重新启用。",
        "failed": "数据命令失败：{error}",
    },
}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    from etown_desktop.app.cli_language import add_lang_option

    data = sub.add_parser("data", help="data editions: status, history, import, export, revert")
    act = data.add_subparsers(dest="data_command", metavar="ACTION", required=True)
    status = act.add_parser("status", help="the active edition, where it came from, checksum and counts")
    history = act.add_parser("history", help="every imported edition")
    rev = act.add_parser("revert", help="make an earlier edition active again")
    rev.add_argument("edition", help="edition id (see data history; a unique prefix is enough), "
                     "or 'factory' for the bundled edition")
    reset = act.add_parser("reset", help="back to the edition bundled with the app (imports are kept)")
    exp = act.add_parser("export", help="write the active edition as an edition pack")
    exp.add_argument("-o", "--output", type=Path, required=True, help="FILE.etown")
    trust_cli.add_export_option(exp)
    tpl = act.add_parser("template", help="write an Excel workbook of the active edition to edit")
    tpl.add_argument("-o", "--output", type=Path, required=True, help="FILE.xlsx")
    imp = act.add_parser("import", help="check and import an edition pack or workbook")
    imp.add_argument("file", type=Path, help="FILE.etown or FILE.xlsx")
    imp.add_argument("--check", action="store_true", help="validate only, change nothing")
    imp.add_argument("--yes", action="store_true", help="apply without asking")
    trust_cli.add_import_option(imp)
    for action in (status, history, rev, reset, exp, tpl, imp):
        add_lang_option(action, "language of the messages and reports (default: the system's)")
    trust_cli.add_parsers(act)  # keys, trust, policy, staleness (app/trust_cli.py)


def _lang(args: argparse.Namespace) -> str:
    if getattr(args, "lang", None):
        return args.lang
    from etown_desktop.core.system_language import system_language

    return "zh" if system_language() == "zh" else "en"


def run(args: argparse.Namespace) -> int:
    from etown_desktop.core.errors import EtownError, ExportFailed, ImportRejected
    from etown_desktop.core.trust.errors import TrustError

    lang = _lang(args)
    t = T[lang]
    try:
        return _COMMANDS[args.data_command](args, t, lang)
    except (ImportRejected, TrustError) as exc:
        print(exc.message(lang), file=sys.stderr)
        return 1
    except ExportFailed as exc:  # worded for a terminal (-o), not for the app's file dialog
        from etown_desktop.core.export.failure_text import failure_text

        print(t["failed"].format(error=failure_text(exc, lang)), file=sys.stderr)
        return 1
    except EtownError as exc:
        print(t["failed"].format(error=exc), file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. `etown-desktop data history | head -1`
        return 0
    except KeyboardInterrupt:
        print(t["cancelled"], file=sys.stderr)
        return 130


def _factory() -> Path:
    from etown_desktop.core.resources import database_path

    return database_path()


def _store():
    from etown_desktop.core.editions.store import EditionStore

    return EditionStore()


def _status(args, t, lang) -> int:
    from etown_desktop.core.editions.status import edition_status

    st = edition_status(_factory(), _store())
    origin = t["factory"] if st.origin == "factory" else st.origin
    lines = [f"{t['active']}: {st.edition}", f"{t['origin']}: {origin}"]
    if st.imported:
        lines.append(f"{t['imported']}: {_when(st.imported)}")
    lines += [f"{t['date']}: {st.data_date}", f"{t['checksum']}: {st.sha256}",
              f"{t['counts']}: {st.figures} / {st.sources}", f"{t['file']}: {st.path}"]
    lines += trust_cli.status_lines(st, lang)
    lines += [f"{t['skipped']}: {m}" for m in st.messages]
    if st.factory_newer:
        lines.append(t["newer"].format(date=st.factory_date))
    print("\n".join(lines))
    return 0


def _when(iso: str) -> str:
    """'2026-11-25T14:30:53.123456+00:00' -> '2026-11-25 14:30:53' (UTC)."""
    return iso[:19].replace("T", " ")


def _history(args, t, lang) -> int:
    store = _store()
    infos = store.history()
    if not infos:
        print(t["no_history"])
        return 0
    active = store.active_id()
    print(t["history_head"])
    for i in infos:
        mark = "*" if i.edition == active else " "
        print(f"{mark} {i.edition:<23} {_when(i.imported):<20} {i.figures:>7} {i.sources:>7}  {i.origin}")
    if active == "factory":
        print(f"* {t['factory']}")
    return 0


def _revert(args, t, lang) -> int:
    from etown_desktop.core.editions.store import revert

    info = revert(_store(), args.edition)
    print(t["reset"] if info is None else t["reverted"].format(edition=info.edition))
    return 0


def _reset(args, t, lang) -> int:
    from etown_desktop.core.editions.store import reset

    reset(_store())
    print(t["reset"])
    return 0


def _export(args, t, lang) -> int:
    from etown_desktop.core.editions.dbread import edition_id, read_database
    from etown_desktop.core.editions.pack import write_pack
    from etown_desktop.core.export.atomic import check_extension

    check_extension(args.output, (".etown",))
    sel = _store().select(_factory())
    edition = edition_id(sel.path)
    write_pack(read_database(sel.path), edition, args.output, sign=trust_cli.export_signer(args, lang))
    print(t["exported"].format(path=args.output, edition=edition))
    return 0


def _template(args, t, lang) -> int:
    from etown_desktop.core.editions.dbread import edition_id, read_database
    from etown_desktop.core.editions.workbook_template import write_template
    from etown_desktop.core.export.atomic import check_extension

    check_extension(args.output, (".xlsx",))
    sel = _store().select(_factory())
    raw = read_database(sel.path)
    write_template(raw, args.output)
    print(t["template"].format(path=args.output, edition=edition_id(sel.path),
                               figures=len(raw.rows("figures"))))
    return 0


def _import(args, t, lang) -> int:
    from etown_desktop.core.editions.importer import apply_import, discard, prepare_import

    store = _store()
    options = trust_cli.import_options(args, lang)  # --allow-older, confirmed
    if options is None:
        return 1
    plan = prepare_import(args.file, store, _factory(), **options)
    try:
        report = plan.report
        print(trust_cli.signature_line(plan, lang))
        if report.problems:
            print(report.render(lang))
        counts = {"errors": len(report.errors), "warnings": len(report.warnings)}
        print(t["report_ok" if report.ok else "report_bad"].format(**counts))
        print()
        print(t["preview"].format(edition=plan.active_id))
        print(plan.preview.render(lang))
        if not report.ok:
            return 1
        if plan.already_active:
            print(t["noop"].format(edition=plan.active_id))
            return 0
        if args.check:
            print(t["check_only"])
            return 0
        if not args.yes:
            if not sys.stdin.isatty():
                print(t["need_yes"])
                return 1
            if input(t["confirm"]).strip().lower() not in ("y", "yes", "是"):
                print(t["cancelled"])
                return 1
        existed = store.info(plan.edition_id or "") is not None
        info = apply_import(plan, store)
        if info is not None:
            key = "switched" if existed else "applied"
            print(t[key].format(edition=info.edition, origin=info.origin))
        return 0
    finally:
        discard(plan)


_COMMANDS = {"status": _status, "history": _history, "revert": _revert, "reset": _reset,
             "export": _export, "template": _template, "import": _import, **trust_cli.COMMANDS}
