"""The app's wrapped, selectable text label: one point size, optional bold/italic, muted or coloured."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from etown_desktop.ui.text_size.fonts import sized_font
from etown_desktop.ui.theme import colors

# What makes a label's height at a width change, besides its text (part of the cache's key).
_SIZE_CHANGES = frozenset({QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange,
                           QEvent.Type.ContentsRectChange, QEvent.Type.StyleChange})
_MOST_WIDTHS = 32  # a label is asked at a few widths (its page's, its card's); a resized window adds more


class TextLabel(QLabel):
    """A QLabel that remembers its height at each width until its text, font, margins or style change.

    Qt works a wrapped label's height out anew on every ask, and layouts ask often: a page shown
    for the first time asked its labels 2,751 times for 603 different (label, width) answers. A
    selectable label answers by laying its text document out at the width and again at its old
    one, so these asks were ~43 % of the work of showing every tab once (issue 22)."""

    def __init__(self, *args, **kwargs) -> None:  # as QLabel's: (parent), (text, parent), flags
        super().__init__(*args, **kwargs)
        self._heights: dict[tuple[int, str], int] = {}

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        key = (width, self.text())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= _MOST_WIDTHS:
                self._heights.clear()
            height = self._heights[key] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in _SIZE_CHANGES:
            self._heights.clear()
        super().changeEvent(event)

    # setters that change the height without a change event (the text is part of the key)
    def setWordWrap(self, on: bool) -> None:  # noqa: N802
        self._heights.clear()
        super().setWordWrap(on)

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:  # noqa: N802
        self._heights.clear()
        super().setTextFormat(text_format)

    def setIndent(self, indent: int) -> None:  # noqa: N802
        self._heights.clear()
        super().setIndent(indent)

    def setMargin(self, margin: int) -> None:  # noqa: N802
        self._heights.clear()
        super().setMargin(margin)


def text_label(text: str, parent: QWidget | None, pt: int = 12, bold: bool = False, italic: bool = False,
               muted: bool = False, color: str | None = None) -> QLabel:
    label = TextLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    sized_font(label, pt, bold=bold, italic=italic)  # pt at 100 %; follows View → Text size
    if muted or color:
        label.setStyleSheet(f"color: {color or colors().muted};")
    return label
