"""``etown-desktop screenshot``: render one tab of the real main window to a PNG, offscreen."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)

SETTLE_SECONDS = 0.4  # charts lay out their axes asynchronously; let the event loop run


def _parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(p) for p in text.lower().split("x"))
    except ValueError:
        raise ValueError(f"--size must look like 1600x1000, not {text!r}") from None
    if not (320 <= w <= 8000 and 240 <= h <= 8000):
        raise ValueError(f"--size {text} is out of range (320x240 … 8000x8000)")
    return w, h


def save_png(image, path) -> None:
    """Write a QImage as PNG atomically, by the exports' rule: a missing folder is refused
    (ExportFailed), never created; a failed write leaves no file."""
    from etown_desktop.core.errors import ExportFailed
    from etown_desktop.core.export.atomic import check_extension, write_with

    check_extension(path, (".png",))

    def write(tmp) -> None:
        if not image.save(str(tmp), "PNG"):
            raise ExportFailed(f"Could not write {path}.")

    write_with(path, write)


def refuse_missing_folder(path) -> None:
    """ExportFailed before anything is drawn when ``path`` is not a PNG file name in an existing
    folder (the exports' rule: folders are never created)."""
    from etown_desktop.core.export.atomic import check_extension, os_failure

    check_extension(path, (".png",))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise os_failure(FileNotFoundError(2, "No such file or directory"), path)


def run_screenshot(args: argparse.Namespace) -> int:
    from etown_desktop.app.cli_language import message_lang
    from etown_desktop.core.errors import ExportFailed
    from etown_desktop.core.export.failure_text import failure_text

    try:
        return _run_screenshot(args)
    except ExportFailed as exc:
        print(failure_text(exc, message_lang(args)), file=sys.stderr)
        return 1


def _run_screenshot(args: argparse.Namespace) -> int:
    from etown_desktop.app.cli_language import message_lang
    from etown_desktop.app.cli_messages import say
    from etown_desktop.ui.tabs import TAB_REGISTRY

    lang = message_lang(args)
    names = [name for name, _, _ in TAB_REGISTRY]
    if args.list:
        sys.stdout.write("".join(f"{n}\n" for n in names))
        return 0
    if not args.tab or args.tab not in names:
        key = "unknown_tab" if args.tab else "no_tab"
        print(say(key, lang, tab=args.tab, tabs=", ".join(names)), file=sys.stderr)
        return 2
    if not args.output:
        print(say("no_output", lang), file=sys.stderr)
        return 2
    if args.output.suffix.lower() != ".png":
        print(say("png_only", lang, name=args.output.name), file=sys.stderr)
        return 2
    refuse_missing_folder(args.output)
    try:
        width, height = _parse_size(args.size)
    except ValueError as exc:
        if lang == "zh":
            print(say("size_range", lang, value=args.size, min_w=320, min_h=240, max_w=8000, max_h=8000),
                  file=sys.stderr)
        else:
            print(str(exc), file=sys.stderr)
        return 2
    scale = getattr(args, "scale", None) or 1.0
    if not 0.5 <= scale <= 4.0:
        print(say("scale_range", lang, scale=scale), file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if scale != 1.0:
        # Like Windows' display scaling: the screen has WxH pixels, the window W/F x H/F logical ones.
        os.environ["QT_SCALE_FACTOR"] = f"{scale:g}"
    logical = (round(width / scale), round(height / scale))
    return _render(args.tab, args.output, *logical, getattr(args, "lang", None),
                   check=getattr(args, "check", False))


def _render(tab: str, output, width: int, height: int, lang: str | None, check: bool = False) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from etown_desktop.app.bootstrap import create_application, prepare_ui
    from etown_desktop.core.errors import EtownError
    from etown_desktop.core.repository import Repository
    from etown_desktop.ui.main_window import MainWindow
    from etown_desktop.ui.settings import AppSettings

    app = create_application()
    prepare_ui(app, lang)
    try:
        repo = Repository()
    except EtownError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        # A throw-away settings file: the user's saved window layout must not shape the picture.
        settings = AppSettings(QSettings(os.path.join(tmp, "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(repo, settings=settings, auto_build=False)
        window.resize(width, height)
        window.select_tab(tab)
        window.show()
        window.build_all_tabs()
        window.select_tab(tab)
        sources = window.tab_widget("sources")
        if tab == "sources" and sources is not None and sources.proxy.rowCount():
            # The first row selected, as after one click: the source panel shows its provenance.
            sources.figure_table.setCurrentIndex(sources.proxy.index(0, 0))
        deadline = time.monotonic() + SETTLE_SECONDS
        while time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        problems = _audit(window, tab) if check else []
        image = window.grab()
        try:
            save_png(image, output)
        finally:
            window.close()
            repo.close()
    from etown_desktop.app.cli_messages import say

    print(say("wrote_px", lang or "en", path=output, w=image.width(), h=image.height()))
    for problem in problems:
        print(f"Layout problem: {problem}", file=sys.stderr)
    return 1 if problems else 0


def _audit(window, tab: str) -> list[str]:
    from etown_desktop.ui.screens.layout_audit import audit_page, audit_window_frame

    return audit_window_frame(window) + audit_page(window.tab_widget(tab))
