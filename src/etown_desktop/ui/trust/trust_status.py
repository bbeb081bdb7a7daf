"""The status bar's signer and staleness notes: "Signed by NAME · key 3F2A…" (or "Not signed")
for the edition the window shows, and "Newest source is N months old" past the limit. Not shown
on the audience's slides or the kiosk, which have no status bar."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow

from etown_desktop.core.editions import staleness
from etown_desktop.core.errors import EtownError
from etown_desktop.core.trust.signers import Signer, signer_of
from etown_desktop.ui.theme import colors
from etown_desktop.ui.trust.trust_texts import signer_text, signer_tooltip, staleness_text

log = logging.getLogger(__name__)


def stale_months_of(repo, today: dt.date | None = None) -> int | None:
    """How old the newest source of ``repo`` is, when past the limit; else None."""
    if repo is None:
        return None
    try:
        newest = repo.source_date_summary()[1]
    except EtownError:
        return None
    return staleness.stale_months(newest, today)


class TrustStatus(QObject):
    """Two labels in ``window``'s status bar, kept in the interface language."""

    def __init__(self, window: QMainWindow, edition: str, repo=None, data_root=None,
                 today: dt.date | None = None) -> None:
        super().__init__(window)
        self.edition = edition
        self.repo = repo
        self.data_root = data_root
        self.today = today
        self.signer_label = QLabel(window)
        self.signer_label.setObjectName("editionSigner")
        self.stale_label = QLabel(window)
        self.stale_label.setObjectName("editionStaleness")
        self.stale_label.setStyleSheet(f"color: {colors().warn};")
        for label in (self.signer_label, self.stale_label):
            label.setContentsMargins(12, 0, 0, 0)  # apart from the edition note before them
        bar = window.statusBar()
        bar.addWidget(self.signer_label)
        bar.addWidget(self.stale_label)
        self.refresh()

    def signer(self) -> Signer | None:
        return signer_of(self.edition, self.data_root)

    def refresh(self) -> None:
        signer = self.signer()
        self.signer_label.setText(signer_text(signer))
        self.signer_label.setToolTip(signer_tooltip(signer))
        text = staleness_text(stale_months_of(self.repo, self.today))
        self.stale_label.setText(text)
        self.stale_label.setVisible(bool(text))

    def restyle_ui(self) -> None:
        """The scheme's warning colour (also after a switch: ui/appearance)."""
        self.stale_label.setStyleSheet(f"color: {colors().warn};")

    def retranslate_ui(self) -> None:
        """Called by ui/language/retranslation.py after a language switch (formatted texts)."""
        self.refresh()


def install(window: QMainWindow, store_root=None) -> TrustStatus:
    """The notes for the edition ``window`` shows (its repository's edition)."""
    repo = getattr(window, "repo", None)
    edition = repo.metadata.edition if repo is not None else ""
    status = TrustStatus(window, edition, repo, store_root)
    window.trust_status = status
    return status
