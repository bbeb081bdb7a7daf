"""The font chain: every font the app sets ends with the bundled Chinese font.

``QFont.setFamilies([...primary..., system CJK family if any, bundled])``: Qt takes each character
from the first family in the list that has it, so the system's own CJK font is preferred where one
is installed and the bundled font (Noto Sans CJK SC, the whole CJK Unified Ideographs block, the
通用规范汉字表 and GB 2312; see tools/make_font_subset.py) draws whatever else Chinese — on a machine
with no CJK font at all too. The application font carries the chain, so widgets, style sheets,
charts, slides, the kiosk and Qt's own dialogs (file dialog, overwrite prompt) inherit it; the
exports put the bundled font first (the same glyphs and measured layout on every machine, and
QPdfWriter embeds only the glyphs used).

Finding the system's CJK family enumerates the installed fonts, which costs start-up time: an
English window starts with ``[primary, bundled]`` and adds the system family after the first paint
(:func:`ensure_cjk_font`).
"""

from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from etown_desktop.core.errors import EtownError
from etown_desktop.core.resources import resource_path

log = logging.getLogger(__name__)

BUNDLED_FONT = ("fonts", "NotoSansSC-Subset.otf")
# Installed Simplified Chinese families in order of preference (full fonts, sans first).
PREFERRED_CJK = ("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "Microsoft YaHei",
                 "Microsoft YaHei UI", "PingFang SC", "Hiragino Sans GB", "WenQuanYi Micro Hei",
                 "WenQuanYi Zen Hei", "Droid Sans Fallback", "SimHei", "SimSun")

_system_checked = False


@lru_cache(maxsize=1)
def bundled_family() -> str | None:
    """Register the bundled font (once per process); its family, or None if it is missing
    or cannot be loaded."""
    try:
        path = resource_path(*BUNDLED_FONT)
    except EtownError as exc:
        log.warning("Bundled font missing: %s", exc)
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("Could not load the bundled font %s", path)
        return None
    log.info("Registered bundled font %s from %s", families[0], path.name)
    return families[0]


def installed_cjk_families() -> list[str]:
    """Installed families that cover Simplified Chinese (the bundled one left out)."""
    bundled = bundled_family()
    return [f for f in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
            if f != bundled and not QFontDatabase.isPrivateFamily(f)]


@lru_cache(maxsize=1)
def system_cjk_family() -> str | None:
    """The installed Simplified Chinese family to prefer, or None (enumerates the fonts once)."""
    global _system_checked
    _system_checked = True
    families = installed_cjk_families()
    for name in PREFERRED_CJK:
        if name in families:
            return name
    return families[0] if families else None


def fallback_families(look_up_system: bool = True) -> list[str]:
    """What every font gets after its own families: the system CJK family (when looked up and
    found), then the bundled font."""
    chain = []
    if look_up_system or _system_checked:
        system = system_cjk_family()
        if system:
            chain.append(system)
    bundled = bundled_family()
    if bundled:
        chain.append(bundled)
    return chain


def with_fallback(font: QFont, look_up_system: bool = True) -> QFont:
    """``font`` with the fallback chain after its own families (a copy; the input is unchanged).

    Its first family is replaced by the real family it resolves to: a family list skips an
    alias such as fontconfig's "Sans Serif", which would make the CJK font draw Latin too."""
    fallback = fallback_families(look_up_system)
    known = set(fallback) | {bundled_family(), system_cjk_family() if _system_checked else None}
    own = [f for f in (font.families() or [font.family()]) if f and f not in known]
    if own:
        probe = QFont(font)
        probe.setFamilies(own)
        real = QFontInfo(probe).family()
        own = [real] + [f for f in own[1:] if f != real] if real not in known else own[1:]
    out = QFont(font)
    out.setFamilies(own + fallback)
    return out


def chinese_first(font: QFont) -> QFont:
    """``font`` with the chain's Chinese families before its own (a copy): text drawn with it takes
    the line metrics of the Chinese font whether it holds a Chinese character or not. A card value
    of digits only ("96.7%") otherwise stood on the Latin font's shorter line, its baseline ~5 px
    above "近6000亿元" in the card beside it."""
    chinese = fallback_families()  # the system's Chinese family (if any), then the bundled font
    families = font.families() or [font.family()]
    out = QFont(font)
    # … and the bundled font last again: whatever no family before it has, it draws
    out.setFamilies(chinese + [f for f in families if f not in chinese] + chinese[-1:])
    return out


def font_chain_of(font: QFont) -> list[str]:
    return list(font.families() or [font.family()])


def apply_app_font(look_up_system: bool = True) -> QFont:
    """Give the application font (and so every widget and Qt's dialogs) the fallback chain."""
    app = QGuiApplication.instance()
    font = with_fallback(QGuiApplication.font(), look_up_system)
    if app is not None:
        app.setFont(font)  # QApplication.setFont also drops per-class fonts (QMessageBox …)
    log.debug("Application font chain: %s", font.families())
    return font


def export_font_families() -> list[str]:
    """The exports' chain: the bundled font first (identical glyphs and layout everywhere), then
    the system CJK family and the system's default family for anything the bundle lacks."""
    chain = [f for f in (bundled_family(), system_cjk_family(), QFont().defaultFamily()) if f]
    return list(dict.fromkeys(chain))


def ensure_cjk_font() -> str | None:
    """Put the system's CJK family (if any) into the application font's chain before the bundled
    font; returns the family that draws Chinese first, or None when neither exists."""
    apply_app_font(look_up_system=True)
    family = system_cjk_family() or bundled_family()
    if family is None:
        log.warning("No installed font covers Simplified Chinese and no bundled font could be loaded.")
    return family
