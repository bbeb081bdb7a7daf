"""Below the provenance panel: the cited paragraph as a quote with the figure's number
highlighted, a "checked by hand" note where there is one, "Open source" and "Copy citation"."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from etown_desktop.ui import theme
from etown_desktop.ui.accessibility.names import name_chrome
from etown_desktop.ui.i18n import current_language

if TYPE_CHECKING:
    from etown_desktop.core.records import Figure
    from etown_desktop.core.repository import Repository

log = logging.getLogger(__name__)


class SourceQuoteView(QWidget):
    def __init__(self, repo: Callable[[], Repository | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceQuote")
        self._repo = repo
        self.figure: Figure | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("muted")
        self.heading.setWordWrap(True)
        self.quote = QTextBrowser(self)
        self.quote.setObjectName("sourceQuoteText")
        name_chrome(self.quote, "SourceQuoteView", QT_TRANSLATE_NOOP("SourceQuoteView", "Cited paragraph"))
        self.quote.setOpenLinks(False)
        self.quote.setMaximumHeight(190)
        self.open_button = QPushButton(self.tr("Open source"), self)
        self.open_button.clicked.connect(self.open_article)
        # A push button with a menu: its size hint counts the menu arrow (a tool button's does
        # not under a stylesheet, so the arrow sat on the border of a clipped-looking button).
        self.cite_button = QPushButton(self.tr("Copy citation"), self)
        self.cite_button.setObjectName("copyCitation")
        menu = QMenu(self.cite_button)
        self.short_action = menu.addAction(self.tr("&Short citation"))
        self.full_action = menu.addAction(self.tr("&Full citation"))
        self.short_action.triggered.connect(lambda: self.copy_citation(full=False))
        self.full_action.triggered.connect(lambda: self.copy_citation(full=True))
        self.cite_button.setMenu(menu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.cite_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.quote)
        layout.addLayout(buttons)
        self.setVisible(False)
        if parent is not None:
            parent.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        from PySide6.QtCore import QEvent

        if obj is self.parent() and event.type() == QEvent.Type.Resize:
            # The quote takes about a quarter of the panel (it scrolls): the provenance above it
            # stays readable on a small screen at 150 %.
            self.quote.setMaximumHeight(max(70, min(190, obj.height() // 4)))
        return False

    def show_figure(self, figure_id: str) -> None:
        repo = self._repo()
        if repo is None:
            return
        fig = repo.figure(figure_id)
        self.figure = fig
        paragraphs = repo.source_paragraphs(fig.source.id)
        self.heading.setText(self.tr("Cited paragraph (¶%1) of %2").replace("%1", str(fig.paragraph))
                             .replace("%2", fig.source.ref))
        self.quote.setHtml(self.quote_html(fig, paragraphs, repo.hand_check(fig.id)))
        self.setVisible(True)
        self._scroll_to_number(fig, paragraphs)

    def _scroll_to_number(self, fig: Figure, paragraphs: list[str]) -> None:
        """In a short quote box, the highlighted number is what must be in view."""
        from etown_desktop.core.provenance import find_number

        if not 1 <= fig.paragraph <= len(paragraphs):
            return
        text = paragraphs[fig.paragraph - 1]
        span = find_number(text, fig.value)
        if span is None:
            return
        found = self.quote.document().find(text[span[0]:span[1]])
        if not found.isNull():
            found.clearSelection()  # scroll to it, keep the yellow mark (no selection over it)
            self.quote.setTextCursor(found)
            self.quote.ensureCursorVisible()

    def quote_html(self, fig: Figure, paragraphs: list[str], hand_note: str | None) -> str:
        from etown_desktop.ui.source_reader.quote_html import paragraph_html

        c = theme.colors()
        if 1 <= fig.paragraph <= len(paragraphs):
            body = paragraph_html(paragraphs[fig.paragraph - 1], fig.value)
        else:
            missing = self.tr("The article text of this source is not available.")
            body = f"<i>{html.escape(missing)}</i>"
        parts = [f"<div style='border-left:4px solid {c.accent}; padding-left:8px; "
                 f"font-style:italic'>“{body}”</div>"]
        if hand_note:
            label = html.escape(self.tr("Checked by hand"))
            parts.append(f"<p style='margin-top:8px'><b>{label}:</b> {html.escape(hand_note)}</p>")
        return "".join(parts)

    def citation(self, full: bool) -> str:
        from etown_desktop.core.citation import full_citation, short_citation

        repo = self._repo()
        if self.figure is None or repo is None:
            return ""
        lang = current_language()
        if full:
            return full_citation(self.figure, repo.metadata.edition, lang)
        return short_citation(self.figure, lang)

    def copy_citation(self, full: bool) -> None:
        text = self.citation(full)
        if text:
            QGuiApplication.clipboard().setText(text)

    def open_article(self) -> None:
        from etown_desktop.ui.source_reader.article_dialog import ArticleDialog

        repo = self._repo()
        if self.figure is None or repo is None:
            return
        dialog = ArticleDialog(self.figure, repo.source_paragraphs(self.figure.source.id), self.window())
        from PySide6.QtCore import Qt  # here, not at the top: ui/lean_start

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.article_dialog = dialog
        dialog.show()
