"""Build the bundled Chinese font: resources/fonts/NotoSansSC-Subset.otf (+ OFL.txt and the
coverage file the Qt-free import validation reads).

The app draws every text with this font as the last fallback of every font it sets (widgets, Qt's
own dialogs, charts, slides, kiosk, PDF and SVG exports), so Chinese renders on any machine, also
one without a CJK font, and whatever a data edition brings. It holds:

- every character a Chinese user may type or import: the whole CJK Unified Ideographs block
  U+4E00–U+9FFF (20,976 characters in the source font: all of GB 2312's and GBK's hanzi, and the
  traditional forms of Hong Kong and Taiwan names), the 8,105 characters of 通用规范汉字表
  (tools/font_data/tongyong_guifan_hanzi.txt; 273 of them lie in Ext-A to Ext-F), all of GB 2312
  (its symbols, kana, Greek, Cyrillic, box drawing; derived by decoding every 2-byte sequence),
  CJK punctuation U+3000–U+303F, full-width forms U+FF00–U+FFEF;
- Latin (with Latin Extended-A/B), general punctuation, currency, arrows and common symbols;
- every character used by the data files, the translations and the program's own strings.

Ext-A as a whole is left out: its 6,582 rare characters would add 1.5 MB for names almost never
written; the import warns (row, column, character) when a text holds a character outside the font.

Re-run after the data or the Chinese strings change (tests check the coverage); needs fontTools
and the Debian package fonts-noto-cjk (only to build; the app ships the result):

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
TONGYONG = ROOT / "tools" / "font_data" / "tongyong_guifan_hanzi.txt"
TONGYONG_COUNT = 8105
FAMILY = "Noto Sans SC Subset"

BASE_RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x024F),  # Latin-1, Latin Extended-A and -B
    (0x02B0, 0x02FF),  # spacing modifier letters (pinyin tone marks ˇ ˉ)
    (0x0300, 0x036F),  # combining diacritics
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x04FF),  # Cyrillic
    (0x2000, 0x206F),  # general punctuation: dashes, quotes, bullets, ellipsis, per mille
    (0x20A0, 0x20CF),  # currency symbols
    (0x2100, 0x218F),  # letterlike symbols, number forms (Roman numerals)
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators
    (0x2460, 0x24FF),  # enclosed alphanumerics ① ⑴ ⒈
    (0x2500, 0x257F),  # box drawing
    (0x25A0, 0x25FF),  # geometric shapes ■ □ ○ ●
    (0x2600, 0x2642),  # ★ ☆ ♀ ♂
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3040, 0x30FF),  # kana (in GB 2312)
    (0x3100, 0x312F),  # bopomofo (in GB 2312)
    (0x3200, 0x32FF),  # enclosed CJK letters and months ㈠
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # half-width and full-width forms
]
SCANNED = ["data/*.csv", "resources/translations/*.ts", "src/etown_desktop/**/*.py"]


def wanted_text(root: Path = ROOT) -> str:
    """Every character of the scanned files (data, translations, source strings)."""
    chunks = []
    for pattern in SCANNED:
        for path in sorted(root.glob(pattern)):
            chunks.append(path.read_text(encoding="utf-8"))
    return "".join(chunks)


def gb2312_codepoints() -> set[int]:
    """Every character of GB 2312: each valid 2-byte sequence (rows 0xA1–0xF7, cells 0xA1–0xFE)."""
    cps = set()
    for b1 in range(0xA1, 0xF8):
        for b2 in range(0xA1, 0xFF):
            try:
                cps.add(ord(bytes((b1, b2)).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return cps


def tongyong_codepoints(path: Path = TONGYONG) -> set[int]:
    """The 8,105 characters of 通用规范汉字表 (lines starting with # are comments)."""
    chars = [ch for line in path.read_text(encoding="utf-8").splitlines()
             if not line.startswith("#") for ch in line.strip()]
    cps = {ord(ch) for ch in chars}
    if len(chars) != TONGYONG_COUNT or len(cps) != TONGYONG_COUNT:
        raise SystemExit(f"{path}: expected {TONGYONG_COUNT} distinct characters, found {len(cps)}")
    odd = [ch for ch in chars if not _is_ideograph(ord(ch))]
    if odd:
        raise SystemExit(f"{path}: not CJK ideographs: {''.join(odd[:20])}")
    return cps


def _is_ideograph(cp: int) -> bool:
    return 0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or 0x20000 <= cp <= 0x323AF


def wanted_codepoints(root: Path = ROOT) -> set[int]:
    cps = {ord(ch) for ch in wanted_text(root) if ord(ch) >= 0x20}
    for lo, hi in BASE_RANGES:
        cps.update(range(lo, hi + 1))
    return cps | gb2312_codepoints() | tongyong_codepoints()


def coverage_ranges(cmap_codepoints: set[int]) -> list[tuple[int, int]]:
    """The code points as sorted, merged (first, last) ranges."""
    ranges: list[tuple[int, int]] = []
    for cp in sorted(cmap_codepoints):
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    return ranges


def write_coverage(font_path: Path, out: Path) -> int:
    """Write the font's character coverage as hex ranges, one a line (read by
    ``etown_desktop.core.glyphs``, which must not load Qt or a font library)."""
    from fontTools.ttLib import TTFont

    cps = set(TTFont(str(font_path)).getBestCmap())
    ranges = coverage_ranges(cps)
    lines = [f"# Characters {font_path.name} can draw, as hex ranges; written by "
             "tools/make_font_subset.py.", f"# {len(cps)} code points in {len(ranges)} ranges."]
    lines += [f"{lo:04X}" if lo == hi else f"{lo:04X}-{hi:04X}" for lo, hi in ranges]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(cps)


def sc_font_number(source: Path) -> int:
    from fontTools.ttLib import TTCollection

    for i, font in enumerate(TTCollection(str(source)).fonts):
        if font["name"].getDebugName(1) == "Noto Sans CJK SC":
            return i
    raise SystemExit(f"No 'Noto Sans CJK SC' face in {source}")


def make_subset(source: Path, out: Path, codepoints: set[int]) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    # recalcTimestamp=False: the source font's date stays, so the same input gives the same file.
    font = TTFont(str(source), fontNumber=sc_font_number(source), lazy=False, recalcTimestamp=False)
    cmap = font.getBestCmap()
    # The ranges above are wider than the font: only characters outside them that the data,
    # translations or code use are worth reporting.
    in_ranges = {cp for lo, hi in BASE_RANGES for cp in range(lo, hi + 1)}
    missing = sorted(cp for cp in codepoints
                     if cp not in cmap and cp > 0x7F and cp < 0xF0000 and cp not in in_ranges)
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
    covered = write_coverage(args.out, args.out.with_suffix(".coverage"))
    print(f"Wrote {args.out} ({args.out.stat().st_size // 1024} KB, {covered} characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
