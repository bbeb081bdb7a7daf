from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QScrollArea

from etown_desktop.ui.widgets.flow_layout import flow_container


@pytest.mark.parametrize("width, columns", [(1400, 4), (900, 3), (620, 2), (300, 1), (120, 1)])
def test_cards_reflow_to_the_width_they_get_and_never_clip(qtbot, width, columns):
    box, layout = flow_container(spacing=10)
    qtbot.addWidget(box)
    cards = []
    for i in range(7):
        card = QLabel(f"card {i}")
        card.setMinimumWidth(280)
        card.setMinimumHeight(60)
        layout.addWidget(card)
        cards.append(card)
    box.resize(width, layout.heightForWidth(width))
    box.show()
    qtbot.waitExposed(box)
    assert layout.columns_for(width) == columns
    tops = sorted({c.geometry().top() for c in cards})
    assert len(tops) == -(-7 // columns)  # rows = ceil(7 / columns)
    for c in cards:
        g = c.geometry()
        assert g.left() >= 0 and (g.right() < width or columns == 1)
        assert g.width() >= min(280, width)
        assert g.height() >= 60


def test_height_for_width_grows_as_the_layout_narrows(qtbot):
    area = QScrollArea()
    qtbot.addWidget(area)
    box, layout = flow_container()
    for i in range(6):
        card = QLabel(f"card {i}")
        card.setMinimumSize(250, 80)
        layout.addWidget(card)
    assert layout.heightForWidth(300) > layout.heightForWidth(800) > layout.heightForWidth(1700)
    assert layout.minimumSize().width() == 250
