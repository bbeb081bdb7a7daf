"""Run by test_offline.py under the network guard: the GUI start or every command-line export.

    python offline_child.py gui OUT_DIR      # the real start-up path, all tabs built, then quit
    python offline_child.py cli OUT_DIR      # every command of the command line, one process
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def run_gui() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from etown_desktop.app.bootstrap import run_gui as start

    def hook(window) -> None:
        def ready() -> None:
            window.select_tab("sources")  # then every tab has been shown and painted
            QTimer.singleShot(300, QApplication.quit)

        window.allTabsReady.connect(ready)
        QTimer.singleShot(40_000, lambda: QApplication.exit(4))

    return start("en", on_window=hook)


def cli_commands(out: Path) -> list[list[str]]:
    # One screenshot builds every tab (the GUI run shows them all too); one each language.
    items = out / "brief-items.json"
    items.write_text('["F001", "chart:overview.output_trend", "company:boe", "profile:ngit"]',
                     encoding="utf-8")
    return [
        ["db", "check"],
        ["list", "charts"], ["list", "tables"], ["list", "sectors"], ["list", "profiles"],
        ["search", "Yizhuang"], ["search", "奔驰", "--json"],
        ["screenshot", "--list"],
        ["screenshot", "--tab", "sources", "-o", str(out / "sources.png")],
        ["--lang", "zh", "screenshot", "--tab", "overview", "-o", str(out / "overview-zh.png")],
        *[["export", "chart", "overview.output_trend", "-o", str(out / f"chart.{ext}")]
          for ext in ("png", "svg", "pdf")],
        ["export", "chart", "overview.output_trend", "-o", str(out / "chart-zh.pdf"), "--lang", "zh"],
        ["export", "table", "figures", "-o", str(out / "table.csv"), "--excel"],
        ["export", "table", "figures", "-o", str(out / "table.xlsx"), "--lang", "zh"],
        ["export", "factsheet", "-o", str(out / "factsheet.pdf")],
        ["export", "factsheet", "-o", str(out / "factsheet-zh.pdf"), "--lang", "zh"],
        ["export", "pack", "-o", str(out / "pack.zip")],
        ["export", "pack", "-o", str(out / "pack-bio-zh.zip"), "--sector", "biomedicine", "--lang", "zh"],
        ["export", "brief", "--items", str(items), "-o", str(out / "brief.pdf"), "--lang", "both"],
        ["export", "brief", "--items", str(items), "-o", str(out / "brief.zip"), "--zip"],
        ["export", "brief", "--items", str(items), "-o", str(out / "brief.docx"), "--lang", "both"],
        ["export", "story", "zone", "-o", str(out / "deck-zh.pptx"), "--lang", "zh"],
        ["export", "table", "reforms", "-o", str(out / "reforms.docx")],
    ]


def run_cli(out: Path) -> int:
    from etown_desktop.app.cli import main

    failed = []
    for argv in [["--version"], *cli_commands(out)]:
        start = time.perf_counter()
        try:
            code = main(argv)
        except SystemExit as exc:  # --version exits from the parser
            code = exc.code or 0
        print(f"COMMAND {code} {time.perf_counter() - start:.2f}s {' '.join(argv)}", flush=True)
        if code:
            failed.append(argv)
    return 1 if failed else 0


if __name__ == "__main__":
    mode, folder = sys.argv[1], Path(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    sys.exit(run_gui() if mode == "gui" else run_cli(folder))
