"""Render the README's "Preparing for a meeting" pictures with the app itself (offscreen):

    python tools/make_meeting_shots.py [--out docs]

docs/meeting-profile.png (the biomedicine profile), docs/meeting-compare.png (high-end autos
beside the zone overall), docs/meeting-brief-panel.png (the Brief panel with a few items) and
docs/meeting-brief-page1.png (page 1 of an exported bilingual brief, via pdftoppm).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SIZE = (1366, 768)


def settle(app, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def shrink(path: Path) -> None:
    """Fewer colours (imagemagick) keeps each picture well under 250 KB."""
    subprocess.run(["convert", str(path), "-colors", "128", str(path)], check=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs"))
    args = parser.parse_args(argv)
    from PySide6.QtCore import QSettings

    from etown_desktop.app.bootstrap import create_application, prepare_ui
    from etown_desktop.core.brief.model import Cover
    from etown_desktop.core.repository import Repository
    from etown_desktop.ui.main_window import MainWindow
    from etown_desktop.ui.settings import AppSettings

    app = create_application()
    prepare_ui(app, "en")
    repo = Repository()
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = AppSettings(QSettings(os.path.join(tmp, "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(repo, settings=settings, auto_build=False)
        window.resize(*SIZE)
        window.show()
        window.build_all_tabs()
        window.select_tab("profiles")
        profiles = window.tab_widget("profiles")
        profiles.show_profile("biomedicine")
        settle(app)
        window.grab().save(str(out / "meeting-profile.png"))
        profiles.show_profile("auto", "zone")
        settle(app)
        window.grab().save(str(out / "meeting-compare.png"))
        brief = window.brief_controller
        for ref in ("F001", "chart:overview.output_trend", "company:beijing_benz", "reform:work_permit",
                    "profile:auto#figures", "target:T06"):
            brief.add(ref)
        brief.set_cover(Cover("Example Automotive GmbH", "2026-12-01", "Li Wei", "li.wei@example.org"))
        brief.set_lang("both")
        window.brief_dock.show()
        window.brief_dock.raise_()
        profiles.show_profile("auto")
        settle(app)
        window.grab().save(str(out / "meeting-brief-panel.png"))
        pdf = Path(tmp) / "brief.pdf"
        brief.export_pdf(pdf)
        subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(out / "meeting-brief-page1")], check=True)
        window.close()
    repo.close()
    for name in ("meeting-profile", "meeting-compare", "meeting-brief-panel", "meeting-brief-page1"):
        path = out / f"{name}.png"
        shrink(path)
        print(f"Wrote {path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
