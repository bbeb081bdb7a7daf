"""The source panel's "Copy citation" button has room for its text and its menu arrow, in every
scheme and language, at the panel's width in a 1366x768 window (290 px): before, the tool button's
size ignored the arrow under the high-contrast stylesheet, so the arrow sat on its border."""

from __future__ import annotations

import pytest
from settle import settle
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton, QWidget

from etown_desktop.ui import i18n, theme

PANEL_WIDTH = 290  # the source panel beside the tabs of a 1366-px window


def _lowest_mark(button: QWidget, arrow: int) -> int | None:
    """The lowest row of anything drawn in the button's right end (where the arrow goes),
    inside its 3-px frame; the button's own background colour does not count."""
    image = button.grab().toImage()
    ratio = image.devicePixelRatio()
    w, h = round(button.width() * ratio), round(button.height() * ratio)
    ground = image.pixelColor(w // 2, round(4 * ratio))  # inside the frame, above the text
    low = None
    for x in range(w - round((arrow + 8) * ratio), w - round(3 * ratio)):
        for y in range(round(3 * ratio), h - round(3 * ratio)):
            c = image.pixelColor(x, y)
            if abs(c.red() - ground.red()) + abs(c.green() - ground.green()) + abs(c.blue() - ground.blue()) > 90:
                low = y if low is None else max(low, y)
    return None if low is None else round(low / ratio)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("scheme", ["light", "dark", "high_contrast"])
def test_copy_citation_fits_with_its_arrow(qtbot, qapp, repo, hub, scheme, lang):
    from etown_desktop.ui.provenance_panel import ProvenancePanel

    theme.apply_theme(qapp, name=scheme)
    i18n.install_translator(lang, qapp)
    try:
        panel = ProvenancePanel(repo, hub)
        qtbot.addWidget(panel)
        panel.resize(PANEL_WIDTH, 700)
        panel.show()
        panel.show_figure("F001")
        qtbot.waitExposed(panel)
        settle(panel)
        quote = panel.source_quote
        button = quote.cite_button
        assert button.isVisible() and button.menu() is not None
        option = QStyleOptionButton()
        option.initFrom(button)
        arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
        assert arrow > 0
        assert button.width() >= button.sizeHint().width()
        text_need = button.fontMetrics().horizontalAdvance(button.text())
        assert button.width() >= text_need + arrow + 8
        # the whole button inside the panel, not cut by its right edge
        top_left = button.mapTo(panel, QPoint(0, 0))
        assert QRect(QPoint(0, 0), panel.size()).contains(QRect(top_left, button.size()))
        # the arrow is drawn inside the button beside the text, not on its bottom border
        low = _lowest_mark(button, arrow)
        assert low is not None, "no menu arrow drawn"
        assert low <= button.height() // 2 + arrow // 2 + 3, (
            f"the arrow reaches y={low} of a {button.height()}-px button (its bottom border)")
    finally:
        i18n.install_translator("en", qapp)
        theme.apply_theme(qapp, name="light")
