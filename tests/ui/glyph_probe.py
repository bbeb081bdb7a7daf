"""Glyph checks shared by the font tests: which characters a font draws, with or without the
system fonts' help."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from etown_desktop.ui.fonts import bundled_family


def bundled_only() -> QFont:
    """The bundled font with font merging off: a character it lacks is not borrowed elsewhere."""
    font = QFont(bundled_family())
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    return font


def not_drawn(text: str, font: QFont) -> set[str]:
    """Characters of ``text`` (white space and control characters aside) ``font`` has no glyph
    for; with font merging on, the font's whole family chain and Qt's fallbacks count."""
    fm = QFontMetrics(font)
    return {ch for ch in set(text)
            if not ch.isspace() and ord(ch) >= 0x20 and not fm.inFontUcs4(ord(ch))}
