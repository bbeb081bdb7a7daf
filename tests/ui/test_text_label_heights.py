"""A wrapped label's height at a width is worked out once until its text, font, margins or style change
(ui/widgets/text_label.TextLabel), and is always what Qt's own QLabel answers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from etown_desktop.ui.widgets.text_label import TextLabel, text_label

EN = ("Beijing E-Town's integrated-circuit cluster brought together more than 140 firms along the "
      "chain, from design and manufacturing to equipment and materials.")
ZH = "北京经开区集成电路产业集聚了设计、制造、装备、材料等140余家企业，形成了较为完整的产业链。"
WIDTHS = (90, 160, 240, 420, 900)


def pair(qtbot, text: str, selectable: bool) -> tuple[TextLabel, QLabel]:
    """A TextLabel and a plain QLabel set up alike."""
    out = []
    for cls in (TextLabel, QLabel):
        label = cls(text)
        qtbot.addWidget(label)
        label.setWordWrap(True)
        if selectable:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        out.append(label)
    return out[0], out[1]


def same_heights(a: QLabel, b: QLabel) -> None:
    for w in WIDTHS:
        assert a.heightForWidth(w) == b.heightForWidth(w), w


@pytest.mark.parametrize("text", [EN, ZH])
@pytest.mark.parametrize("selectable", [True, False])
def test_heights_are_qts_own_through_every_change(qtbot, text, selectable):
    label, plain = pair(qtbot, text, selectable)
    same_heights(label, plain)
    same_heights(label, plain)  # asked again: from the cache, still the same
    for change in (
            lambda lab: lab.setText(text + " " + text),  # longer text: more lines
            lambda lab: lab.setFont(QFont(lab.font().family(), 22)),  # larger font (FontChange)
            lambda lab: lab.setContentsMargins(30, 4, 30, 4),  # narrower room (ContentsRectChange)
            lambda lab: lab.setIndent(40),
            lambda lab: lab.setMargin(12),
            lambda lab: lab.setStyleSheet("padding: 20px; font-size: 9pt;"),  # StyleChange + font
            lambda lab: lab.setWordWrap(False),  # one line: the height of one line at any width
            lambda lab: lab.setWordWrap(True),
            lambda lab: lab.setTextFormat(Qt.TextFormat.RichText),
            lambda lab: lab.setText("<b>" + text + "</b>"),
    ):
        change(label)
        change(plain)
        same_heights(label, plain)


def test_a_height_is_worked_out_once_per_width_and_text(qtbot, monkeypatch):
    asked = []
    real = QLabel.heightForWidth
    monkeypatch.setattr(QLabel, "heightForWidth", lambda self, w: asked.append(w) or real(self, w))
    label = text_label(EN, None)
    qtbot.addWidget(label)
    first = [label.heightForWidth(w) for w in WIDTHS]
    again = [label.heightForWidth(w) for w in WIDTHS for _ in range(5)]
    assert asked == list(WIDTHS)  # 30 asks, 5 computations
    assert again == [h for h in first for _ in range(5)]
    assert first[0] > first[-1]  # narrower: taller
    label.setText(ZH)
    label.heightForWidth(160)
    assert asked[-1] == 160 and len(asked) == len(WIDTHS) + 1  # a new text is worked out anew


def test_text_label_is_a_selectable_wrapped_label(qtbot):
    label = text_label(ZH, None, muted=True)
    qtbot.addWidget(label)
    assert isinstance(label, QLabel) and label.wordWrap()
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert label.hasHeightForWidth()
