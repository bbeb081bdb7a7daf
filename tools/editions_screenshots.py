"""Render the data-edition screens to PNG (offscreen), for the README and for review.

    ETOWN_DESKTOP_RESOURCES=$PWD/resources ETOWN_DESKTOP_DB=$PWD/data/etown.db \\
        .venv/bin/python tools/editions_screenshots.py --out /tmp/shots [--lang zh] [--size 1366x768]

Everything happens in a throw-away data folder. The import screens use the TEST DATA workbook of
tests/editions_testdata.py (a synthetic source, clearly marked); the source reader shows F001.
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def settle(seconds: float = 0.6) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def grab(widget, path: Path) -> None:
    widget.show()
    settle()
    widget.grab().save(str(path), "PNG")
    print(f"wrote {path}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="etown-shots-"))
    atexit.register(shutil.rmtree, home, True)  # the test editions never outlive the run
    os.environ["ETOWN_DESKTOP_DATA_HOME"] = str(home / "userdata")

    from editions_testdata import edit_template
    from PySide6.QtCore import QSettings

    from etown_desktop.app.bootstrap import create_application, prepare_ui
    from etown_desktop.core.editions.dbread import read_database
    from etown_desktop.core.editions.importer import apply_import, prepare_import
    from etown_desktop.core.editions.store import EditionStore
    from etown_desktop.core.editions.workbook_template import write_template
    from etown_desktop.core.repository import Repository
    from etown_desktop.core.resources import database_path
    from etown_desktop.ui.editions import data_menu
    from etown_desktop.ui.editions.editions_dialog import EditionsDialog
    from etown_desktop.ui.editions.import_dialog import ImportReportDialog
    from etown_desktop.ui.main_window import MainWindow
    from etown_desktop.ui.settings import AppSettings

    app = create_application()
    prepare_ui(app, args.lang)
    suffix = f"-{args.lang}-{width}x{height}"
    template = write_template(read_database(database_path()), home / "template.xlsx")
    edit_template(template, home / "update-with-error.xlsx", error=True)
    edit_template(template, home / "update.xlsx")
    edit_template(template, home / "additions.xlsx", change_and_remove=False)
    store = EditionStore()
    dialog_size = (min(980, width - 60), min(640, height - 80))
    for name, book in (("import-report-error", "update-with-error.xlsx"),
                       ("import-preview", "update.xlsx")):
        plan = prepare_import(home / book, store, database_path())
        dialog = ImportReportDialog(plan)
        dialog.resize(*dialog_size)
        grab(dialog, args.out / f"{name}{suffix}.png")
        dialog.close()
    # The source reader is shown with an edition that only adds the TEST DATA source, so the
    # shipped figures on screen keep their real values.
    apply_import(prepare_import(home / "additions.xlsx", store, database_path()), store)
    repo = Repository()
    settings = AppSettings(QSettings(str(home / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(repo, settings=settings, auto_build=False)
    window.resize(width, height)
    data_menu.install(window)
    window.select_tab("sources")
    window.show()
    window.build_all_tabs()
    window.select_tab("sources")
    window.hub.show_figure("F003")
    grab(window, args.out / f"source-reader{suffix}.png")
    quote = window.provenance_panel.source_quote
    quote.open_article()
    quote.article_dialog.resize(*dialog_size)
    grab(quote.article_dialog, args.out / f"article{suffix}.png")
    quote.article_dialog.close()
    editions = EditionsDialog(store)
    editions.resize(dialog_size[0], 360)
    grab(editions, args.out / f"editions{suffix}.png")
    window.data_controller.menu.popup(window.mapToGlobal(window.rect().topLeft()))
    settle(0.3)
    window.close()
    repo.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
