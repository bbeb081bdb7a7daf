""""Open source": the whole article, paragraph numbers in the margin, the cited one highlighted."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from etown_desktop.ui import theme
from etown_desktop.ui.accessibility.touch_scroll import enable_touch_scrolling
from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.source_reader.quote_html import paragraph_html

if TYPE_CHECKING:
    from etown_desktop.core.records import Figure


class ArticleDialog(QDialog):
    def __init__(self, fig: Figure, paragraphs: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure, self.paragraphs = fig, paragraphs
        self.setObjectName("articleDialog")
        self.resize(900, 640)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.meta = QLabel(self)
        self.meta.setObjectName("muted")
        self.meta.setWordWrap(True)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("article")
        self.browser.setHtml(self.article_html(fig, paragraphs))
        # The paragraph before the cited one at the top: the cited one is read in context.
        self.browser.scrollToAnchor(f"p{max(fig.paragraph - 1, 1)}")
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.title, self.meta, self.browser, buttons):
            layout.addWidget(w)
        self.retranslate_ui()
        enable_touch_scrolling(self)  # a finger scrolls its lists and texts (QScroller, touch only)

    def retranslate_ui(self) -> None:
        """Title and source line in the interface language (also after a language switch); the
        article is quoted as the source wrote it."""
        from etown_desktop.core.formatting import format_publisher, format_source_date

        lang = current_language()
        src = self.figure.source
        self.setWindowTitle(self.tr("Source article — %1").replace("%1", src.ref))
        self.title.setText(f"<b style='font-size:large'>{html.escape(src.title(lang))}</b>")
        self.browser.setAccessibleName(f"{src.ref}, {src.title(lang)}")  # what a screen reader says
        self.meta.setText(html.escape(f"{src.ref} · {format_publisher(src, lang)} · "
                                      f"{format_source_date(src, lang)}"))
        self.browser.setAccessibleName(f"{src.ref}, {src.title(lang)}")  # what a screen reader says
        cited = self.browser.verticalScrollBar().value()
        self.browser.setHtml(self.article_html(self.figure, self.paragraphs))
        self.browser.verticalScrollBar().setValue(cited)

    def restyle_ui(self) -> None:
        """A new colour scheme (ui/appearance): the article redrawn in its colours."""
        self.retranslate_ui()

    def article_html(self, fig: Figure, paragraphs: list[str]) -> str:
        c = theme.colors()
        cited = self.tr("cited")
        rows = []
        for n, text in enumerate(paragraphs, start=1):
            is_cited = n == fig.paragraph
            body = paragraph_html(text, fig.value) if is_cited else html.escape(text)
            style = (f"background:{c.alternate}; border-left:4px solid {c.accent};"
                     if is_cited else "")
            mark = f" <b style='color:{c.accent}'>{html.escape(cited)}</b>" if is_cited else ""
            rows.append(
                f"<tr><td style='color:{c.muted}; padding:6px 10px 6px 0; vertical-align:top'>"
                f"<a name='p{n}'></a>¶{n}</td>"
                f"<td style='padding:6px; {style}'>{body}{mark}</td></tr>")
        return f"<table cellspacing='0' width='100%'>{''.join(rows)}</table>"
