"""Linux desktop integration files and the icon files the installers use: valid and complete."""

from __future__ import annotations

import configparser
import subprocess
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "etown-desktop.desktop"
METAINFO = next(LINUX.glob("*.metainfo.xml"))
ICONS = ROOT / "resources" / "icons"


@pytest.mark.requires_tools("desktop-file-validate")
def test_desktop_file_is_valid():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.requires_tools("appstreamcli")
def test_appstream_metainfo_is_valid():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_matches_the_app():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    # The app calls QGuiApplication.setDesktopFileName("etown-desktop"): window and entry match.
    assert DESKTOP.stem == "etown-desktop" == section["StartupWMClass"]
    assert section["Exec"].split()[0] == "etown-desktop"
    assert (ICONS / f"{section['Icon']}-256.png").is_file()
    assert f"<launchable type=\"desktop-id\">{DESKTOP.name}</launchable>" in METAINFO.read_text("utf-8")


def test_icon_files_hold_every_size():
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ICONS / f"etown-desktop-{size}.png") as img:
            assert img.size == (size, size) and img.mode == "RGBA"
            assert img.getpixel((0, 0))[3] == 0, "corners are transparent (rounded tile)"
            assert img.getpixel((size // 2, size - 1 - size // 8))[3] == 255
    with Image.open(ICONS / "etown-desktop.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "etown-desktop.icns") as icns:
        assert icns.size == (1024, 1024)
