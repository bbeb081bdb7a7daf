"""Generate the app icon's PNG sizes, the Windows .ico and the macOS .icns from the SVG source.

    python tools/make_icons.py            # writes resources/icons/*.png, .ico, .icns

Needs only what a development install already has: PySide6 (its QtSvg module rasterises the SVG,
so no system tool such as rsvg-convert or cairo is required) and Pillow (writes .ico and .icns;
it is in the ``[test]`` and ``[bundle]`` extras). Run it after editing
``resources/icons/etown-desktop.svg`` and commit the outputs: the app, the bundle, the installer
and the Linux desktop entry use them.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "etown-desktop.svg"
NAME = "etown-desktop"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG rasterised at ``size`` x ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG for QtSvg")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=SVG)
    parser.add_argument("--out", type=Path, default=ICONS)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts, image I/O)
    args.out.mkdir(parents=True, exist_ok=True)
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))
    images = {size: Image.open(io.BytesIO(render_png(args.svg, size))).convert("RGBA") for size in sizes}
    for size in PNG_SIZES:
        path = args.out / f"{NAME}-{size}.png"
        images[size].save(path, optimize=True)
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    # Each size rendered from the vector source (not downscaled from 256), so small sizes stay crisp.
    ico = args.out / f"{NAME}.ico"
    images[256].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != 256])
    print(f"wrote {ico.relative_to(ROOT) if ico.is_relative_to(ROOT) else ico}")
    icns = args.out / f"{NAME}.icns"
    images[1024].save(icns, format="ICNS", append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    print(f"wrote {icns.relative_to(ROOT) if icns.is_relative_to(ROOT) else icns}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
