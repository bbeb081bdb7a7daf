"""Offscreen pictures of the event modes (README, checks at every screen size):

    etown-desktop present --screenshot FILE.png [--slide N] [--size WxH] [--lang zh] [--presenter-view]
    etown-desktop kiosk --screenshot FILE.png [--slide N] [--size WxH] [--lang zh] [--pin-pad]

The offscreen platform is given one screen of --size (for the presenter view a laptop of
1366x768 beside a projector of --size; the laptop screen is captured)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

SETTLE_SECONDS = 0.4
LAPTOP = (1366, 768)


def add_arguments(p: argparse.ArgumentParser, extra: str) -> None:
    p.add_argument("--screenshot", type=Path, metavar="FILE.png", help="render offscreen to a PNG and exit")
    p.add_argument("--slide", type=int, default=1, help="slide number for --screenshot (default 1)")
    p.add_argument("--size", default="1920x1080", help="screen size for --screenshot, WIDTHxHEIGHT")
    p.add_argument(extra, action="store_true", help=f"with --screenshot: show the {extra[2:].replace('-', ' ')}")


def _size(text: str) -> tuple[int, int]:
    w, _, h = text.lower().partition("x")
    return int(w), int(h)


def _settle(app) -> None:
    deadline = time.monotonic() + SETTLE_SECONDS
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def run_screenshot(args: argparse.Namespace) -> int:
    if args.screenshot.suffix.lower() != ".png":
        print(f"The output file must end in .png, not {args.screenshot.name!r}.", file=sys.stderr)
        return 2
    try:
        width, height = _size(args.size)
    except ValueError:
        print(f"--size must look like 1920x1080, not {args.size!r}.", file=sys.stderr)
        return 2
    presenter = args.command == "present" and getattr(args, "presenter_view", False)
    screen = {"name": "screen", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    screens = [screen]
    if presenter:
        screen["name"], screen["x"] = "projector", LAPTOP[0]
        screens = [{"name": "laptop", "x": 0, "y": 0, "width": LAPTOP[0], "height": LAPTOP[1],
                    "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}, screen]
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp, "screens.json")
        config.write_text(json.dumps({"screens": screens}))
        # A screen of the asked size (two for the presenter view), so full screen means that size.
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        return _render(args, presenter)


def _render(args: argparse.Namespace, presenter: bool) -> int:
    from etown_desktop.app.bootstrap import create_application, prepare_ui
    from etown_desktop.core.repository import Repository
    from etown_desktop.core.stories.store import find_story, load_stories

    app = create_application()
    lang = prepare_ui(app, args.event_lang or "en")
    repo = Repository()
    story = find_story(load_stories(repo.path), args.story)
    index = max(0, min(len(story.slides), args.slide) - 1)
    if args.command == "present":
        from etown_desktop.ui.presentation.presentation import Presentation

        show = Presentation(repo, story, lang)
        show.start()
        show.controller.go_to(index)
        _settle(app)
        image = (show.presenter or show.audience).grab()
        show.stop()
    else:
        from etown_desktop.core.kiosk.pin import hash_pin
        from etown_desktop.ui.kiosk.kiosk_session import KioskSession

        session = KioskSession(repo, story, hash_pin("0000"), lang)  # offscreen picture only
        session.start()
        session.interactive()
        session.controller.go_to(index)
        if args.pin_pad:
            session.window.open_pin_pad()
            for digit in "2468":
                session.window.pin_pad.press(digit)
        _settle(app)
        image = session.window.grab()
        session.stop()
    args.screenshot.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(args.screenshot), "PNG"):
        print(f"Could not write {args.screenshot}.", file=sys.stderr)
        return 1
    print(f"Wrote {args.screenshot} ({image.width()}x{image.height()})")
    return 0
