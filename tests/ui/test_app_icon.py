"""The app icon: every window gets it, and the committed PNGs are what the SVG source renders."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

from PIL import Image, ImageChops

from etown_desktop.app.bootstrap import create_application
from etown_desktop.ui.app_icon import ICON_SIZES, app_icon

ROOT = Path(__file__).resolve().parents[2]


def _make_icons():
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "tools" / "make_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_application_and_windows_have_the_icon(qapp):
    icon = app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} == set(ICON_SIZES)
    create_application()
    assert not qapp.windowIcon().isNull()
    assert qapp.windowIcon().availableSizes() == icon.availableSizes()


def test_committed_pngs_are_rendered_from_the_svg(qapp):
    tool = _make_icons()
    for size in (16, 32, 256):
        fresh = Image.open(io.BytesIO(tool.render_png(tool.SVG, size))).convert("RGBA")
        committed = Image.open(tool.ICONS / f"etown-desktop-{size}.png").convert("RGBA")
        diff = ImageChops.difference(fresh, committed).getextrema()
        assert max(hi for _, hi in diff) <= 8, f"{size}px differs: run python tools/make_icons.py"
