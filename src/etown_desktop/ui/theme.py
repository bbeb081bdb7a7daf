"""Look and feel: a light, dark or high-contrast palette (ui/appearance chooses), projector-size fonts."""

from __future__ import annotations

import logging

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

# The colour sets live in core/appearance (Qt-free, so the contrast test needs no Qt); this module
# applies them. Every text/background pair has a WCAG contrast of at least 4.5:1, every mark (bar,
# focus ring, field border) 3:1 — tests/ui/test_contrast_pairs.py computes them.
from etown_desktop.core.appearance.schemes import (  # re-exported
    CHART_PALETTE,
    CHART_PALETTE_DARK,
    CHART_PALETTE_HIGH_CONTRAST,
    DARK,
    HIGH_CONTRAST,
    LIGHT,
    SCHEMES,
    Colors,
    Scheme,
)

log = logging.getLogger(__name__)

BASE_POINT_SIZE = 12  # readable from the back of a meeting room
STYLE = "Fusion"
# Set on a QApplication that was created with style_arguments(): it already uses STYLE.
STYLE_SET_PROPERTY = "etownStyleSet"

_active: Colors = LIGHT
_scheme: Scheme = SCHEMES["light"]


def system_prefers_dark() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    from etown_desktop.ui.lean_start import system_scheme_is_dark

    dark = system_scheme_is_dark()  # without building the Qt namespace's enums (ui/lean_start)
    if dark is not None:
        return dark
    from PySide6.QtCore import Qt

    try:
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    except AttributeError:  # Qt < 6.5
        return False


def colors() -> Colors:
    """The colours in use (charts and panels read these to match the window)."""
    return _active


def is_dark() -> bool:
    """A dark background (the dark and the high-contrast schemes)."""
    return _active is not LIGHT


def scheme() -> Scheme:
    """The scheme in use: its colours, chart series and slide colours."""
    return _scheme


def chart_palette() -> tuple[str, ...]:
    """Series colours of the charts on screen (exports use :data:`CHART_PALETTE`)."""
    return _scheme.chart_palette


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
    if c is HIGH_CONTRAST:  # Fusion draws frames and button edges from these: strong, visible edges
        for edge in (role.Light, role.Midlight, role.Dark, role.Shadow):
            pal.setColor(edge, QColor(c.border))
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
QAbstractItemView:focus, QTextBrowser:focus {{ border: 2px solid {c.accent}; }}
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
QTextBrowser#provenance {{ border: 2px solid transparent; background: {c.base}; }}
QTextBrowser#provenance:focus {{ border: 2px solid {c.accent}; }}
""" + indicator_rules(scale)


INDICATOR_PX = 14  # Fusion's check-box and radio-button indicator at 96 dpi


def indicator_rules(scale: float) -> str:
    """Check-box and radio-button indicators as large as the text beside them (View → Text size):
    the style draws its own indicator into the larger box. None at 100 % (Qt's own size)."""
    if scale == 1.0:
        return ""
    side = round(INDICATOR_PX * scale)
    return (f"QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator "
            f"{{ width: {side}px; height: {side}px; }}\n")


def high_contrast_stylesheet(c: Colors) -> str:
    """Added in the high-contrast scheme: every control gets a strong edge and a yellow focus ring."""
    return f"""
QPushButton, QToolButton, QComboBox {{ border: 2px solid {c.border}; border-radius: 4px; padding: 4px 10px;
    background: {c.base}; color: {c.text}; }}
QPushButton:hover, QToolButton:hover, QComboBox:hover {{ background: {c.alternate}; }}
QPushButton:focus, QToolButton:focus, QComboBox:focus {{ border: 3px solid {c.accent}; }}
QPushButton:pressed, QToolButton:checked {{ background: {c.accent}; color: {c.accent_text}; }}
QCheckBox:focus, QRadioButton:focus {{ outline: 2px solid {c.accent}; }}
QScrollBar {{ background: {c.window}; }}
QScrollBar::handle {{ background: {c.border}; border-radius: 3px; }}
QToolTip {{ background: {c.base}; color: {c.text}; border: 2px solid {c.accent}; }}
"""


def apply_fonts(app: QApplication) -> None:
    """The application font and the stylesheet's sizes at the text size in use (ui/text_size)."""
    from etown_desktop.ui.text_size.state import factor, pt

    font = QFont(app.font())  # keeps the font chain (ui/fonts) when it is set already
    font.setPointSizeF(pt(BASE_POINT_SIZE))
    app.setFont(font)
    css = stylesheet(_active, factor())
    if _active is HIGH_CONTRAST:
        css += high_contrast_stylesheet(_active)
    app.setStyleSheet(css)


def style_arguments() -> list[str]:
    """Command-line arguments that make a new QApplication use our style from the start.

    Cheaper at startup than ``app.setStyle()``, whose QStyle return value makes PySide6 build
    the Python types of QStyle's many enums (≈ 5 ms before the first paint)."""
    return ["-style", STYLE]


def apply_theme(app: QApplication, dark: bool | None = None, name: str | None = None) -> Colors:
    """Fusion style, our palette and stylesheet. ``name`` picks a scheme ("light", "dark",
    "high_contrast"); without it ``dark`` does, and ``dark=None`` follows the system's colour scheme."""
    global _active, _scheme
    if name is None:
        if dark is None:
            dark = system_prefers_dark()
        name = "dark" if dark else "light"
    _scheme = SCHEMES[name]
    _active = _scheme.colors
    # Setting the style restyles every widget of every window (~1.7 s for a main window with
    # every tab built): once per application (one made elsewhere, e.g. by tests, included).
    if app.property(STYLE_SET_PROPERTY) is not True:
        app.setStyle(STYLE)
        app.setProperty(STYLE_SET_PROPERTY, True)
    app.setPalette(_palette(_active))
    apply_fonts(app)  # the font and the stylesheet at the text size in use (+ high-contrast rules)
    log.debug("Theme applied (%s)", name)
    return _active
