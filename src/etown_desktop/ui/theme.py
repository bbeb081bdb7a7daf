"""Look and feel: a light palette by default, dark when the system asks for it, projector-size fonts."""

from __future__ import annotations

import logging
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

BASE_POINT_SIZE = 12  # readable from the back of a meeting room
STYLE = "Fusion"
# Set on a QApplication that was created with style_arguments(): it already uses STYLE.
STYLE_SET_PROPERTY = "etownStyleSet"


class Colors(NamedTuple):  # immutable; a NamedTuple is cheaper to define at startup than a dataclass
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    border: str
    accent: str
    accent_text: str
    header: str


LIGHT = Colors(window="#f4f6f9", base="#ffffff", alternate="#f0f4fa", text="#1b2430",
               muted="#5b6675", border="#d5dbe3", accent="#0b5cad", accent_text="#ffffff",
               header="#e8eef6")
# Every text/background pair has a WCAG contrast of at least 4.5:1, every mark (bar, focus ring,
# field border) 3:1 — tests/ui/test_contrast.py computes them.
DARK = Colors(window="#1e2228", base="#262b33", alternate="#2d333c", text="#e8ecf1",
              muted="#a3adba", border="#3d4450", accent="#62a9ee", accent_text="#0d1117",
              header="#313843")

# Series colours of every chart, on screen (light/dark) and in exports (always the light set).
CHART_PALETTE = ("#0b5cad", "#d47500", "#2e9d5b", "#8e44ad", "#c0392b", "#16a2b8")
CHART_PALETTE_DARK = ("#4d9be6", "#f0a040", "#4cc27f", "#b07cd8", "#e5675a", "#3cc4d8")

_active: Colors = LIGHT


def system_prefers_dark() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    try:
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    except AttributeError:  # Qt < 6.5
        return False


def colors() -> Colors:
    """The colours in use (charts and panels read these to match the window)."""
    return _active


def is_dark() -> bool:
    return _active is DARK


def _palette(c: Colors) -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    pal.setColor(role.Window, QColor(c.window))
    pal.setColor(role.WindowText, QColor(c.text))
    pal.setColor(role.Base, QColor(c.base))
    pal.setColor(role.AlternateBase, QColor(c.alternate))
    pal.setColor(role.Text, QColor(c.text))
    pal.setColor(role.Button, QColor(c.base))
    pal.setColor(role.ButtonText, QColor(c.text))
    pal.setColor(role.ToolTipBase, QColor(c.base))
    pal.setColor(role.ToolTipText, QColor(c.text))
    pal.setColor(role.PlaceholderText, QColor(c.muted))
    pal.setColor(role.Highlight, QColor(c.accent))
    pal.setColor(role.HighlightedText, QColor(c.accent_text))
    pal.setColor(role.Link, QColor(c.accent))
    pal.setColor(role.Mid, QColor(c.border))
    for group in (QPalette.ColorGroup.Disabled,):
        pal.setColor(group, role.Text, QColor(c.muted))
        pal.setColor(group, role.WindowText, QColor(c.muted))
        pal.setColor(group, role.ButtonText, QColor(c.muted))
    return pal


def _pt(points: float, scale: float) -> str:
    """A stylesheet point size at text size ``scale`` (View → Text size; 1.0 = 100 %)."""
    return f"{max(1.0, round(points * scale * 2) / 2):g}"


def stylesheet(c: Colors, scale: float = 1.0) -> str:
    return f"""
QMainWindow, QDialog {{ background: {c.window}; }}
QMenu::item {{ padding: 4px 24px 4px 28px; }}
QMenu::item:selected {{ background: {c.accent}; color: {c.accent_text}; }}
QMenu::item:disabled {{ color: {c.muted}; }}
QTabWidget::pane {{ border: 1px solid {c.border}; border-radius: 6px; background: {c.base}; top: -1px; }}
QTabBar::tab {{ padding: 8px 11px; font-size: {_pt(BASE_POINT_SIZE - 1, scale)}pt; margin-right: 0px; color: {c.muted}; background: transparent;
    border: none; border-bottom: 3px solid transparent; font-weight: 700; }}
QTabBar::tab:selected {{ color: {c.accent}; border-bottom: 3px solid {c.accent}; }}
QTabBar::tab:hover:!selected {{ color: {c.text}; border-bottom: 3px solid {c.border}; }}
QHeaderView::section {{ background: {c.header}; color: {c.text}; padding: 6px 8px; border: none;
    border-right: 1px solid {c.border}; border-bottom: 1px solid {c.border}; font-weight: 700; }}
QTableView {{ gridline-color: {c.border}; border: 1px solid {c.border}; border-radius: 4px;
    selection-background-color: {c.accent}; selection-color: {c.accent_text}; }}
QLineEdit {{ padding: 6px 10px; border: 1px solid {c.muted}; border-radius: 6px; background: {c.base}; }}
QLineEdit:focus {{ border: 2px solid {c.accent}; padding: 5px 9px; }}
QDockWidget::title {{ padding: 8px; background: {c.header}; font-weight: 700; }}
QStatusBar {{ color: {c.muted}; }}
QLabel#sectionTitle {{ font-size: {_pt(BASE_POINT_SIZE + 4, scale)}pt; font-weight: 700; color: {c.text}; }}
QLabel#muted {{ color: {c.muted}; }}
QLabel#placeholder {{ color: {c.muted}; font-size: {_pt(BASE_POINT_SIZE + 2, scale)}pt; }}
QFrame#sourceCard {{ background: {c.base}; border: 1px solid {c.border}; border-top: 4px solid {c.accent};
    border-radius: 6px; }}
QFrame#sourceCard QLabel {{ border: none; background: transparent; }}
QLabel#cardKicker {{ color: {c.accent}; font-weight: 700; }}
QLabel#cardTitle {{ font-weight: 700; font-size: {_pt(BASE_POINT_SIZE + 1, scale)}pt; }}
QLabel#cardMeta {{ color: {c.text}; }}
QLabel#cardMissing {{ color: {c.muted}; font-style: italic; }}
QTextBrowser#provenance {{ border: none; background: {c.base}; }}
"""


def apply_fonts(app: QApplication) -> None:
    """The application font and the stylesheet's sizes at the text size in use (ui/text_size)."""
    from etown_desktop.ui.text_size.state import factor, pt

    font = QFont(app.font())  # keeps the font chain (ui/fonts) when it is set already
    font.setPointSizeF(pt(BASE_POINT_SIZE))
    app.setFont(font)
    app.setStyleSheet(stylesheet(_active, factor()))


def style_arguments() -> list[str]:
    """Command-line arguments that make a new QApplication use our style from the start.

    Cheaper at startup than ``app.setStyle()``, whose QStyle return value makes PySide6 build
    the Python types of QStyle's many enums (≈ 5 ms before the first paint)."""
    return ["-style", STYLE]


def apply_theme(app: QApplication, dark: bool | None = None) -> Colors:
    """Fusion style, our palette and stylesheet; ``dark=None`` follows the system's colour scheme."""
    global _active
    if dark is None:
        dark = system_prefers_dark()
    _active = DARK if dark else LIGHT
    if app.property(STYLE_SET_PROPERTY) is not True:
        app.setStyle(STYLE)
    app.setPalette(_palette(_active))
    apply_fonts(app)
    log.debug("Theme applied (%s)", "dark" if dark else "light")
    return _active
