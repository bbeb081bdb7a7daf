"""The presenter view's "Newest source is N months old" (the presenter's own screen only: the
audience's slides and the kiosk never say it)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QWidget

from etown_desktop.ui.theme import colors
from etown_desktop.ui.trust.trust_status import stale_months_of
from etown_desktop.ui.trust.trust_texts import staleness_text


class StalenessNote(QLabel):
    def __init__(self, repo, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.today = today
        self.setObjectName("presenterStaleness")
        self.restyle_ui()
        self.retranslate()

    def restyle_ui(self) -> None:
        """The scheme's warning colour (also after a switch: ui/appearance)."""
        self.setStyleSheet(f"font-size: 16px; color: {colors().warn};")

    def retranslate(self) -> None:
        text = staleness_text(stale_months_of(self.repo, self.today))
        self.setText(text)
        self.setVisible(bool(text))
