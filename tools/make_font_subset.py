"""Build the bundled Chinese subset font: resources/fonts/NotoSansSC-Subset.otf (+ OFL.txt).

The exports (charts, fact sheet) draw all text with this font so Chinese renders with embedded
glyphs on any machine, also one without a CJK font. The subset holds every character used by the
data files, the translations and the program's own strings, plus ASCII, Latin-1 and common
punctuation. Re-run after the data or the Chinese strings change (a test checks the coverage):

    python tools/make_font_subset.py [--source /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc]

The source font is Noto Sans CJK (Debian package fonts-noto-cjk), SIL Open Font License 1.1.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
DEFAULT_LICENCE = Path("/usr/share/doc/fonts-noto-cjk/copyright")
OUT_DIR = ROOT / "resources" / "fonts"
OUT_FONT = OUT_DIR / "NotoSansSC-Subset.otf"
FAMILY = "Noto Sans SC Subset"

BASE_RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1
    (0x2010, 0x2027),  # dashes, quotes, bullets, ellipsis
    (0x2030, 0x203A),  # per mille, primes, angle quotes
    (0x2190, 0x2193),  # arrows
    (0x2212, 0x2212), (0x2248, 0x2248), (0x2260, 0x2265), (0x00D7, 0x00D7),
    (0x25CB, 0x25CF),  # ○ ●
    (0x3000, 0x3011),  # CJK punctuation 、。〈〉《》「」『』【】
    (0xFF01, 0xFF5E),  # full-width forms
    (0x2160, 0x216B),  # Roman numerals
]
SCANNED = ["data/*.csv", "resources/translations/*.ts", "src/etown_desktop/**/*.py"]


def wanted_text(root: Path = ROOT) -> str:
    """Every character of the scanned files (data, translations, source strings)."""
    chunks = []
    for pattern in SCANNED:
        for path in sorted(root.glob(pattern)):
            chunks.append(path.read_text(encoding="utf-8"))
    return "".join(chunks)


def wanted_codepoints(root: Path = ROOT) -> set[int]:
    cps = {ord(ch) for ch in wanted_text(root) if ord(ch) >= 0x20}
    for lo, hi in BASE_RANGES:
        cps.update(range(lo, hi + 1))
    return cps


def sc_font_number(source: Path) -> int:
    from fontTools.ttLib import TTCollection

    for i, font in enumerate(TTCollection(str(source)).fonts):
        if font["name"].getDebugName(1) == "Noto Sans CJK SC":
            return i
    raise SystemExit(f"No 'Noto Sans CJK SC' face in {source}")


def make_subset(source: Path, out: Path, codepoints: set[int]) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(str(source), fontNumber=sc_font_number(source), lazy=False)
    cmap = font.getBestCmap()
    missing = sorted(cp for cp in codepoints if cp not in cmap and cp > 0x7F and cp < 0xF0000)
    if missing:
        print("Not in the source font (skipped): " + "".join(chr(c) for c in missing), file=sys.stderr)
    options = subset.Options()
    # No GSUB features: Qt shapes digits into alternate glyphs (locl/pnum variants) that have no
    # cmap entry, so a PDF written by QPdfWriter loses them in its ToUnicode map (pdftotext, search
    # and copy would drop every digit). Kerning (GPOS) is kept.
    options.layout_features = ["kern"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    options.name_languages = [0x409]
    options.hinting = False
    options.desubroutinize = False
    options.notdef_outline = True
    sub = subset.Subsetter(options)
    sub.populate(unicodes=[cp for cp in codepoints if cp in cmap])
    sub.subset(font)
    _rename(font)
    out.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(out))


def _rename(font) -> None:
    """A distinct family name, so the subset never shadows an installed full Noto font."""
    ps = FAMILY.replace(" ", "") + "-Regular"
    for rec in list(font["name"].names):
        if rec.nameID in (1, 16):
            rec.string = FAMILY
        elif rec.nameID == 4:
            rec.string = f"{FAMILY} Regular"
        elif rec.nameID == 3:
            rec.string = f"{ps};subset"
        elif rec.nameID == 6:
            rec.string = ps
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [ps]


def write_licence(font: Path, licence_src: Path, out: Path) -> None:
    from fontTools.ttLib import TTFont

    copyright_line = TTFont(str(font))["name"].getDebugName(0) or ""
    text = licence_src.read_text(encoding="utf-8")
    m = re.search(r"License: SIL-1\.1\n((?: .*\n?)+)", text)
    body = ""
    if m:
        body = "\n".join("" if ln.strip() == "." else ln[1:] for ln in m.group(1).splitlines())
    header = (f"{FAMILY}: a subset of Noto Sans CJK SC made by tools/make_font_subset.py.\n"
              f"{copyright_line}\n\nThis Font Software is licensed under the SIL Open Font License, "
              "Version 1.1.\n\n")
    out.write_text(header + body.strip() + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--licence", type=Path, default=DEFAULT_LICENCE)
    parser.add_argument("-o", "--out", type=Path, default=OUT_FONT)
    args = parser.parse_args(argv)
    if not args.source.exists():
        raise SystemExit(f"{args.source} not found: install fonts-noto-cjk or pass --source")
    cps = wanted_codepoints()
    make_subset(args.source, args.out, cps)
    write_licence(args.out, args.licence, args.out.parent / "OFL.txt")
    print(f"Wrote {args.out} ({args.out.stat().st_size // 1024} KB, {len(cps)} code points)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
