"""``etown-desktop export tab NAME -o FILE.pdf [--lang zh] [--paper a4|letter]`` and ``list tabs``.

The tab is built offscreen exactly as the window builds it, then laid out on pages
(:mod:`etown_desktop.ui.tab_pdf`): the whole tab, vector text, header and footer on every page.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path


def tab_names() -> list[str]:
    from etown_desktop.ui.tabs import TAB_REGISTRY

    return [name for name, _, _ in TAB_REGISTRY]


def add_parser(what: argparse._SubParsersAction) -> None:
    tab = what.add_parser("tab", help="a whole tab as a paginated PDF (names: list tabs)")
    tab.add_argument("name", help="tab name, e.g. overview (see: etown-desktop list tabs)")
    tab.add_argument("-o", "--output", type=Path, required=True, help="FILE.pdf")
    tab.add_argument("--paper", choices=["a4", "letter"], default="a4", help="paper size (default a4)")
    from etown_desktop.app.cli_language import add_lang_option

    add_lang_option(tab, "language of the document and of the messages (default: en)")


def _app(lang: str):
    """A headless QApplication (tabs are widgets) with the translation for ``lang``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from etown_desktop.ui import i18n
    from etown_desktop.ui.qt_workarounds import guard_refcount_bug

    guard_refcount_bug()
    app = QApplication.instance() or QApplication(["etown-desktop"])
    i18n.install_translator(lang, app)
    return app


def _tab_class(name: str):
    import importlib

    from etown_desktop.core.errors import NotFound
    from etown_desktop.ui.tabs import TAB_REGISTRY

    for tab, module, cls in TAB_REGISTRY:
        if tab == name:
            return getattr(importlib.import_module(module), cls)
    raise NotFound(f"No tab {name!r}. Tabs: {', '.join(tab_names())}")


def tab_titles(lang: str) -> list[tuple[str, str]]:
    """(name, title in ``lang``) of every tab."""
    _app(lang)
    try:
        return [(name, _tab_class(name).title()) for name in tab_names()]
    finally:
        from etown_desktop.ui import i18n

        i18n.install_translator("en")


def run_tab(args: argparse.Namespace, lang: str) -> int:
    from etown_desktop.core.repository import Repository
    from etown_desktop.ui import i18n
    from etown_desktop.ui.provenance_hub import ProvenanceHub
    from etown_desktop.ui.tab_pdf.tab_export import export_tab_pdf

    cls = _tab_class(args.name)
    app = _app(lang)  # noqa: F841 - must stay alive while the tab exists
    repo = Repository()
    try:
        tab = cls(repo, ProvenanceHub())
        try:
            out = export_tab_pdf(tab, repo, args.output, cls.title(), lang, args.paper)
        finally:
            tab.deleteLater()
    finally:
        repo.close()
        i18n.install_translator("en")
    from etown_desktop.app.cli_language import message_lang
    from etown_desktop.app.export_cli import wrote

    print(wrote(out, message_lang(args)))
    return 0
