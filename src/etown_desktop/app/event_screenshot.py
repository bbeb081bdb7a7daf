"""Offscreen pictures of the event modes (README, checks at every screen size):

    etown-desktop present --screenshot FILE.png [--slide N] [--size WxH] [--lang zh] [--presenter-view]
    etown-desktop kiosk --screenshot FILE.png [--slide N] [--size WxH] [--lang zh] [--pin-pad]

The offscreen platform is given one screen of --size (for the presenter view a laptop of
1366x768 beside a projector of --size; the laptop screen is captured)."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

SETTLE_SECONDS = 0.4
LAPTOP = (1366, 768)
# The smallest screen a slide is laid out for (a 1280x720 projector at 200 % is 640x360 logical)
# and the largest picture (an 8K screen).
MIN_SIZE = (640, 360)
MAX_SIZE = (7680, 4320)


def add_arguments(p: argparse.ArgumentParser, extra: str) -> None:
    p.add_argument("--screenshot", type=Path, metavar="FILE.png", help="render offscreen to a PNG and exit")
    p.add_argument("--slide", type=int, default=1, help="slide number for --screenshot (default 1)")
    p.add_argument("--size", default="1920x1080", help="screen size for --screenshot, WIDTHxHEIGHT")
    p.add_argument(extra, action="store_true", help=f"with --screenshot: show the {extra[2:].replace('-', ' ')}")


def _size(text: str) -> tuple[int, int]:
    w, sep, h = text.lower().partition("x")
    if not sep:
        raise ValueError(text)
    return int(w), int(h)


def size_problem(text: str, lang: str = "en") -> str | None:
    """Why ``--size`` cannot be used (one sentence), or None."""
    from etown_desktop.app.cli_messages import say

    try:
        width, height = _size(text)
    except ValueError:
        return say("size_form", lang, value=text)
    if not (MIN_SIZE[0] <= width <= MAX_SIZE[0] and MIN_SIZE[1] <= height <= MAX_SIZE[1]):
        return say("size_range", lang, value=text, min_w=MIN_SIZE[0], min_h=MIN_SIZE[1],
                   max_w=MAX_SIZE[0], max_h=MAX_SIZE[1])
    return None


def _settle(app) -> None:
    deadline = time.monotonic() + SETTLE_SECONDS
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def run_screenshot(args: argparse.Namespace) -> int:
    from etown_desktop.app.cli_language import message_lang
    from etown_desktop.app.cli_messages import say

    lang = message_lang(args)
    if args.screenshot.suffix.lower() != ".png":
        print(say("png_only", lang, name=args.screenshot.name), file=sys.stderr)
        return 2
    problem = size_problem(args.size, lang)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    width, height = _size(args.size)
    from etown_desktop.app.screenshot_cli import refuse_missing_folder

    refuse_missing_folder(args.screenshot)
    problem = slide_problem(args, lang)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    presenter = args.command == "present" and getattr(args, "presenter_view", False)
    screen = {"name": "screen", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    screens = [screen]
    if presenter:
        screen["name"], screen["x"] = "projector", LAPTOP[0]
        screens = [{"name": "laptop", "x": 0, "y": 0, "width": LAPTOP[0], "height": LAPTOP[1],
                    "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}, screen]
    import json  # here, not at the top: a show's start imports this module (issue 22)
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp, "screens.json")
        config.write_text(json.dumps({"screens": screens}))
        # A screen of the asked size (two for the presenter view), so full screen means that size.
        before = os.environ.get("QT_QPA_PLATFORM")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        try:
            return _render(args, presenter)
        finally:  # the file goes with the folder: later Qt starts (tests, children) must not see it
            if before is None:
                os.environ.pop("QT_QPA_PLATFORM", None)
            else:
                os.environ["QT_QPA_PLATFORM"] = before


def slide_problem(args: argparse.Namespace, lang: str = "en") -> str | None:
    """Why ``--slide`` cannot be shown (the valid range), or None."""
    from etown_desktop.app.cli_messages import say
    from etown_desktop.core.repository import Repository
    from etown_desktop.core.stories.store import find_story, load_stories

    repo = Repository()
    try:
        story = find_story(load_stories(repo.path), args.story)
    finally:
        repo.close()
    if 1 <= args.slide <= len(story.slides):
        return None
    return say("slide_range", lang, slide=args.slide, story=story.id, count=len(story.slides))


def _render(args: argparse.Namespace, presenter: bool) -> int:
    from etown_desktop.app.bootstrap import create_application, prepare_ui
    from etown_desktop.app.cli_language import message_lang
    from etown_desktop.app.cli_messages import say
    from etown_desktop.core.repository import Repository
    from etown_desktop.core.stories.store import find_story, load_stories

    mlang = message_lang(args)
    repo = Repository()
    story = find_story(load_stories(repo.path), args.story)
    index = args.slide - 1  # checked by slide_problem
    app = create_application()
    lang = prepare_ui(app, getattr(args, "lang", None) or "en")
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
    from etown_desktop.app.screenshot_cli import save_png

    save_png(image, args.screenshot)  # like every export: a missing folder is refused, not created
    print(say("wrote_px", mlang, path=args.screenshot, w=image.width(), h=image.height()))
    return 0
