"""A one-line label that shows the longest of several wordings that fits its width.

The status bar says everything on a wide window and less, never cut mid-word, on a narrow one;
the full text stays in the tooltip.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class FittingLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts: list[str] = []
        self.setMinimumWidth(1)  # long text must not set the window's minimum width

    def set_texts(self, texts: list[str]) -> None:
        """Wordings from the longest (preferred) to the shortest."""
        self._texts = [t for t in texts if t]
        self.setToolTip(self._texts[0] if self._texts else "")
        self.updateGeometry()
        self._fit()

    def texts(self) -> list[str]:
        return list(self._texts)

    def _fit(self) -> None:
        if not self._texts:
            self.setText("")
            return
        room = self.contentsRect().width()
        fm = self.fontMetrics()
        for text in self._texts:
            if fm.horizontalAdvance(text) <= room:
                self.setText(text)
                return
        from PySide6.QtCore import Qt  # here, not at the top: ui/lean_start

        self.setText(fm.elidedText(self._texts[-1], Qt.TextElideMode.ElideRight, max(room, 0)))

    def sizeHint(self):  # noqa: N802 - ask for the full text; accept less
        hint = super().sizeHint()
        if self._texts:
            hint.setWidth(self.fontMetrics().horizontalAdvance(self._texts[0]) + 8)
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()
